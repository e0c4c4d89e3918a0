// One linear pass over user Markdown, counting what makes micromark (under remark) slow, without
// parsing it. Where it cannot be exact it errs high: it never sees fewer nested lists, links or lines
// of Markdown than the parser will. ./markdown-limits.ts decides what those counts may be.

import { ScanState } from "./markdown-scan-state";

/** What the scanner counts; exported for tests and for measuring. */
export type MarkdownStats = {
  chars: number;
  /** Non-blank lines outside code blocks, blank lines, and lines inside fenced or indented code. */
  lines: number;
  blankLines: number;
  codeLines: number;
  /** Fenced and indented code blocks the scanner recognised (each is a block, however short). */
  codeBlocks: number;
  /** Lines that start a block (a paragraph, list item, quote, heading…); setext underlines. */
  blocks: number;
  setext: number;
  /** Deepest nesting of lists and quotes on one line (an upper bound). */
  maxNesting: number;
  /** Lists and quotes that start afresh (each one splices the parser's whole event list when it ends). */
  containerStarts: number;
  listMarkers: number;
  /** Σ over lines of the list items each is inside (an upper bound): every line walks every open item. */
  itemLines: number;
  quoteMarkers: number;
  headings: number;
  tableCells: number;
  maxTableColumns: number;
  links: number;
  definitions: number;
  footnotes: number;
  /**
   * Runs of `*`, `_`, `~`; `activeRuns` can open or close emphasis, `closers` can close it (each
   * scans back over its paragraph for an opener).
   */
  delimiterRuns: number;
  activeRuns: number;
  closers: number;
  maxDelimiterRun: number;
  backtickRuns: number;
  maxBacktickRun: number;
  brackets: number;
  /** Characters that each `]` scans back over to find its `[` (the parser's label search). */
  labelScan: number;
  angles: number;
  /** `!` and tabs in text: each `!` may start an image, each tab splits the text the parser walks. */
  bangsAndTabs: number;
  entities: number;
  escapes: number;
  /** Σ over paragraphs of emphasis closers × paragraph length: the resolver's scans and splices. */
  emphasisWork: number;
  /** Σ over paragraphs of active runs²: the openers each closer compares itself with. */
  emphasisPairs: number;
  /** Σ over paragraphs of backtick runs × paragraph length: each run looks ahead for its closer. */
  codeWork: number;
  /** Σ over paragraphs of lazy lines × paragraph length: each lazy line scans back its paragraph. */
  lazyWork: number;
  /** Σ over paragraphs of `<` that may open inline HTML × paragraph length: each looks ahead for its end. */
  htmlWork: number;
  /**
   * What may be an inline token other than text, splitting its paragraph's text: `[` (links, images,
   * footnotes), runs of `*`, `_`, `~` and backticks, `<`, `&`, escapes, and line endings inside a paragraph.
   */
  splits: number;
  /**
   * Σ over paragraphs (each list item's apart) of splits × pieces: the places where micromark may end
   * a piece of the text (each split, `!`, `]`, and each start of a word, which may be an e-mail address).
   * After each token micromark merges the pieces of text that follow it by splicing the paragraph's event
   * list, copying every event after them; whether or not the token pairs up (`a![)` is all text in the end).
   */
  splitWork: number;
};

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// What an e-mail address may be made of (GFM's autolink literals).
const isAtext = (c: number) => isAsciiAlnum(c) || c === 43 || c === 45 || c === 46 || c === 95;

// Whether the character `c`, after `p`, may start a GFM autolink literal, so that micromark ends the
// piece of text before it: an e-mail address (atext after anything but atext or `/`), `http` after
// anything but a letter, `www` after `_` (or after what already ends a piece).
function startsPiece(c: number, p: number): boolean {
  if (isAtext(c) && !isAtext(p) && p !== 47) return true;
  if ((c | 32) === 104) return !isAsciiAlpha(p);
  return (c | 32) === 119 && p === 95;
}
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

// micromark's classes for the character beside a delimiter run: 1 whitespace (or line edge),
// 2 punctuation, 0 anything else. Whole code points, so an emoji next to `*` reads as the symbol it is.
function classAt(s: string, index: number, start: number, end: number): 0 | 1 | 2 {
  if (index < start || index >= end) return 1;
  const code = s.charCodeAt(index);
  if (code < 128) {
    if (code === SPACE || code === TAB) return 1;
    return isAsciiAlnum(code) ? 0 : code > 32 && code < 127 ? 2 : 1;
  }
  const at = code >= 0xdc00 && code <= 0xdfff && index > start ? index - 1 : index;
  const ch = String.fromCodePoint(s.codePointAt(at) ?? code);
  if (WHITESPACE.test(ch)) return 1;
  return PUNCTUATION.test(ch) ? 2 : 0;
}

// Where the address starting at `from` ends: at a space, `)` or `>`.
function addressEndAt(s: string, from: number, end: number): number {
  let i = from;
  for (let c = s.charCodeAt(i); i < end && c !== SPACE && c !== TAB && c !== 41 && c !== 62; c = s.charCodeAt(++i));
  return i;
}

function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

// HTML blocks that run to an end marker, blank lines included (CommonMark kinds 1–5); others end at a blank line.
const HTML_BLOCK_ENDS: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Za-z]/, />/],
];

/** One linear pass over `source`, counting what makes the parser slow. */
export function scanMarkdown(source: string): MarkdownStats {
  const s = source;
  const n = s.length;
  const st = new ScanState(source);
  const { stats, items, pushes, opens, plainLabel, labelUses, defined } = st;

  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = s.charCodeAt(lineEnd);
      if (c === LF || c === CR) break;
      lineEnd++;
    }
    const next = lineEnd < n && s.charCodeAt(lineEnd) === CR && s.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;

    // Indentation, in columns (tabs stop every 4).
    let i = lineStart;
    let col = 0;
    while (i < lineEnd) {
      const c = s.charCodeAt(i);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
      i++;
    }
    const lead = col;
    const first = i < lineEnd ? s.charCodeAt(i) : -1;

    // --- Code: a top-level fence runs to its closing fence; nothing in it is parsed as Markdown ---------
    if (st.fenceChar !== 0) {
      let e = i;
      while (e < lineEnd && s.charCodeAt(e) === st.fenceChar) e++;
      let rest = e;
      while (rest < lineEnd && (s.charCodeAt(rest) === SPACE || s.charCodeAt(rest) === TAB)) rest++;
      if (lead <= 3 && e - i >= st.fenceLength && rest >= lineEnd) st.fenceChar = 0;
      stats.codeLines++;
      st.prevBlank = st.prevMaybeParagraph = st.prevCode = st.prevContainer = false;
      st.paraStart = next;
      lineStart = next;
      if (lineEnd >= n) break;
      continue;
    }
    // After a blank line, a line closes every list item it is not indented into.
    if (st.prevBlank && first !== -1) while (items.length > 0 && items[items.length - 1] > lead) items.pop();
    // Only where no list item, quote or HTML block can be open (nor a paragraph, for indented code)
    // does the scanner trust that a line starts code: elsewhere it counts the lines as Markdown.
    if (st.htmlEnd === null && lead <= 3 && (first === 96 || first === 126)) {
      let e = i;
      while (e < lineEnd && s.charCodeAt(e) === first) e++;
      let info = e;
      while (info < lineEnd && (first === 126 || s.charCodeAt(info) !== 96)) info++;
      // A fence interrupts a paragraph and closes the list items it is not indented into.
      if (e - i >= 3 && info >= lineEnd) while (items.length > 0 && items[items.length - 1] > lead) items.pop();
      if (e - i >= 3 && info >= lineEnd && items.length === 0) {
        if (!st.prevBlank) st.endParagraph(lineStart);
        st.fenceChar = first;
        st.fenceLength = e - i;
        stats.codeBlocks++;
        stats.codeLines++;
        st.prevBlank = st.prevMaybeParagraph = st.prevCode = st.prevContainer = false;
        st.paraStart = next;
        lineStart = next;
        if (lineEnd >= n) break;
        continue;
      }
    }
    if (st.htmlEnd === null && items.length === 0 && lead >= 4 && first !== -1 && (st.prevBlank || st.prevCode)) {
      if (!st.prevCode) stats.codeBlocks++;
      stats.codeLines++;
      st.prevBlank = st.prevMaybeParagraph = st.prevContainer = false;
      st.prevCode = true;
      st.paraStart = next;
      lineStart = next;
      if (lineEnd >= n) break;
      continue;
    }
    st.prevCode = false;

    // --- Container prefix: `>` and list markers ----------------------------------------------------
    let quotes = 0;
    let markers = 0;
    let firstCol = -1; // column of the first thing after the quotes: a list marker or the content
    let pushed = 0;
    // Whether the first list marker may interrupt a paragraph: a bullet, or the number 1.
    let firstInterrupts = false;
    for (;;) {
      while (i < lineEnd) {
        const c = s.charCodeAt(i);
        if (c === SPACE) col++;
        else if (c === TAB) col += 4 - (col % 4);
        else break;
        i++;
      }
      if (i >= lineEnd) break;
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        quotes++;
        i++;
        col++;
        continue;
      }
      let width = 0;
      if (c === 45 || c === 43 || c === 42) width = 1;
      else if (isDigit(c)) {
        let j = i;
        while (j < lineEnd && j - i < 9 && isDigit(s.charCodeAt(j))) j++;
        const d = s.charCodeAt(j);
        if (j < lineEnd && (d === 46 || d === 41)) width = j - i + 1;
      }
      if (width === 0) break;
      const after = i + width;
      const a = after < lineEnd ? s.charCodeAt(after) : -1;
      if (a !== -1 && a !== SPACE && a !== TAB) break;
      if (firstCol < 0) {
        firstCol = col;
        firstInterrupts = width === 1 || Number(s.slice(i, after - 1)) === 1;
      }
      markers++;
      pushes[pushed++] = col + width + 1;
      i = after;
      col += width;
    }
    if (firstCol < 0) firstCol = col;
    const contentStart = i;

    if (contentStart >= lineEnd && quotes === 0 && markers === 0) {
      stats.blankLines++;
      if (!st.prevBlank) st.endParagraph(lineStart);
      if (st.htmlEnd === "") st.htmlEnd = null;
      st.prevBlank = true;
      st.prevMaybeParagraph = false;
      st.paraStart = next;
      lineStart = next;
      if (lineEnd >= n) break;
      continue;
    }
    stats.lines++;
    stats.quoteMarkers += quotes;
    stats.listMarkers += markers;
    if ((quotes > 0 || markers > 0) && (st.prevBlank || !st.prevContainer)) stats.containerStarts++;
    st.prevContainer = quotes > 0 || markers > 0;

    // HTML blocks: inside one a ``` line is not a fence, so the scanner must not skip what follows.
    // Wherever a line may start one, the scanner stops trusting fences until it surely ended.
    if (st.htmlEnd !== null && st.htmlEnd !== "") {
      if (st.htmlEnd.test(s.slice(lineStart, lineEnd))) st.htmlEnd = null;
    } else if (st.htmlEnd === null && s.charCodeAt(contentStart) === 60 /* < */) {
      const line = s.slice(contentStart, lineEnd);
      const kind = HTML_BLOCK_ENDS.find(([start]) => start.test(line));
      if (kind) st.htmlEnd = kind[1].test(line.slice(2)) ? null : kind[1];
      else if (/^<\/?[A-Za-z]/.test(line)) st.htmlEnd = "";
    }

    // --- What kind of line the content is ------------------------------------------------------
    const c0 = contentStart < lineEnd ? s.charCodeAt(contentStart) : -1;
    let run = 0;
    while (contentStart + run < lineEnd && s.charCodeAt(contentStart + run) === c0) run++;
    const setext = contentStart + run >= lineEnd && (c0 === 61 /* = */ || c0 === 45); /* - */
    let delimiterRow = false;
    let columns = 0;
    if (c0 === 124 /* | */ || c0 === 45 || c0 === 58 /* : */) {
      // A table's delimiter row: only `|`, `:`, `-` and spaces, with a `-` and a `|`.
      let pipes = 0;
      let dashes = 0;
      let inCell = false;
      delimiterRow = true;
      for (let j = contentStart; j < lineEnd; j++) {
        const c = s.charCodeAt(j);
        if (c === 124) {
          pipes++;
          inCell = false;
        } else if (c === 45) {
          dashes++;
          if (!inCell) columns++;
          inCell = true;
        } else if (c !== 58 && c !== SPACE && c !== TAB) {
          delimiterRow = false;
          break;
        }
      }
      delimiterRow &&= pipes > 0 && dashes > 0;
    }
    let thematic = false;
    if (c0 === 42 || c0 === 45 || c0 === 95) {
      // `***`, `- - -`, `___`: a rule, not emphasis.
      let count = 0;
      thematic = true;
      for (let j = contentStart; j < lineEnd; j++) {
        const c = s.charCodeAt(j);
        if (c === c0) count++;
        else if (c !== SPACE && c !== TAB) {
          thematic = false;
          break;
        }
      }
      thematic &&= count >= 3;
    }
    const atx = c0 === 35 /* # */ && run <= 6 && (contentStart + run >= lineEnd || s.charCodeAt(contentStart + run) === SPACE || s.charCodeAt(contentStart + run) === TAB);
    let fence = (c0 === 96 || c0 === 126) && run >= 3;
    for (let j = contentStart + run; fence && c0 === 96 && j < lineEnd; j++) if (s.charCodeAt(j) === 96) fence = false;
    if (atx || setext) stats.headings++;
    if (setext) stats.setext++;

    // --- Nesting -----------------------------------------------------------------------------------
    // A line closes the list items it is not indented into, unless it may be a lazy continuation of
    // a paragraph: then they stay open, so the count only ever errs high. (An `===` line may be a lazy
    // line of the paragraph it seems to underline.) A marker, `>`, `#` or fence that leaves an item
    // behind starts a new block, whatever a list item's number, unless it sits 4 or more columns into
    // the item it would belong to: then it is text continuing the paragraph, and closes nothing.
    let indentedText = false;
    if (!st.prevBlank && st.prevMaybeParagraph) {
      let parent = items.length;
      while (parent > 0 && items[parent - 1] > lead) parent--;
      indentedText = lead - (parent > 0 ? items[parent - 1] : 0) >= 4;
    }
    const startsBlock = !indentedText && (st.prevBlank || !st.prevMaybeParagraph || quotes > 0 || markers > 0 || atx || fence || thematic);
    if (startsBlock) {
      stats.blocks++;
      while (items.length > 0 && items[items.length - 1] > firstCol) items.pop();
    }
    // A list item with content starts a new paragraph wherever it starts an item at all (as text, or
    // in code or HTML, it is no paragraph's): the text before it is another paragraph's.
    if (startsBlock && firstInterrupts && contentStart < lineEnd) st.endText();
    // The line ending before a line of the same text is a token too.
    if (st.textLines++ > 0) st.textSplits++;
    // However the items were counted, each level of nesting takes at least two more columns.
    const nesting = Math.max(items.length + quotes + markers, markers > 0 ? Math.floor(firstCol / 4) + markers : 0);
    if (nesting > stats.maxNesting) stats.maxNesting = nesting;
    // (Past the bound the post is refused anyway; the cap keeps the scan linear.)
    for (let k = 0; k < pushed && items.length < 64; k++) items.push(pushes[k]);
    stats.itemLines += items.length;
    // Lazy: continues a quote or list item without its `>` or indentation.
    if (!startsBlock && ((st.paraQuoted && quotes === 0) || (items.length > 0 && firstCol < items[items.length - 1]))) st.paraLazy++;
    if (quotes > 0) st.paraQuoted = true;

    // Tables: every later row of the paragraph is padded to the delimiter row's width.
    if (delimiterRow && columns > 0) {
      st.tableColumns = columns;
      if (columns > stats.maxTableColumns) stats.maxTableColumns = columns;
      stats.tableCells += 2 * columns; // header and delimiter
    } else if (st.tableColumns > 0) {
      stats.tableCells += st.tableColumns;
    }

    // Link reference and footnote definitions start their line with `[`, and cannot continue a paragraph.
    // Sure only where the prefix is sure too: no quote, no indented marker that may be mere text.
    const plainStart = quotes === 0 && lead <= 3 && (markers === 0 ? st.prevBlank || !st.prevMaybeParagraph || st.prevDefinition : st.prevBlank && items.length === pushed);
    st.definitionLine = c0 !== 91 /* [ */ ? 0 : plainStart ? 2 : 1;
    st.prevDefinition = false;

    // --- Inline content ----------------------------------------------------------------------------
    // The first web address in a link's destination or an autolink is that link, not another one.
    // (A later start inside an address already scanned ends where that one ended.)
    let addressEnd = -1;
    let scannedTo = -1;
    for (let j = thematic ? lineEnd : contentStart; j < lineEnd; j++) {
      const c = s.charCodeAt(j);
      if (startsPiece(c, j > contentStart ? s.charCodeAt(j - 1) : SPACE)) st.textBreaks++;
      switch (c) {
        case 92: // \
          if (j + 1 < lineEnd) {
            stats.escapes++;
            st.textSplits++;
            j++;
          }
          break;
        case 42: // *
        case 95: // _
        case 126: {
          // ~
          let e = j + 1;
          while (e < lineEnd && s.charCodeAt(e) === c) e++;
          stats.delimiterRuns++;
          st.textSplits++;
          if (e - j > stats.maxDelimiterRun && !(fence && j === contentStart)) stats.maxDelimiterRun = e - j;
          const before = classAt(s, j - 1, contentStart, lineEnd);
          const after = classAt(s, e, contentStart, lineEnd);
          const open = !after || (after === 2 && before !== 0);
          const close = !before || (before === 2 && after !== 0);
          // `_` inside a word neither opens nor closes.
          const canOpen = c === 95 ? open && (before !== 0 || !close) : open;
          const canClose = c === 95 ? close && (after !== 0 || !open) : close;
          if (canOpen || canClose) {
            stats.activeRuns++;
            st.paraActive++;
          }
          if (canClose) {
            stats.closers++;
            st.paraClosers++;
          }
          j = e - 1;
          break;
        }
        case 96: {
          // `
          let e = j + 1;
          while (e < lineEnd && s.charCodeAt(e) === 96) e++;
          stats.backtickRuns++;
          st.paraTicks++;
          st.textSplits++;
          if (e - j > stats.maxBacktickRun && !(fence && j === contentStart)) stats.maxBacktickRun = e - j;
          j = e - 1;
          break;
        }
        case 91: {
          // [
          stats.brackets++;
          st.textSplits++;
          if (s.charCodeAt(j + 1) === 94 /* ^ */) st.footnoteCalls++;
          // A label holds no brackets; the second label of `[text][label]` is counted at `][`.
          if (plainLabel.length > 0) plainLabel[plainLabel.length - 1] = false;
          opens.push(j);
          plainLabel.push(s.charCodeAt(j - 1) !== 93);
          break;
        }
        case 93: {
          // ]
          stats.brackets++;
          st.textBreaks++;
          const d = s.charCodeAt(j + 1);
          let from = st.paraStart;
          let plain = false;
          if (opens.length > 0) {
            from = opens.pop()!;
            plain = plainLabel.pop()!;
          }
          stats.labelScan += j - from;
          const footnote = s.charCodeAt(from + 1) === 94;
          if (d === 40 /* ( */ || d === 91) {
            stats.links++;
            if (d === 40) addressEnd = scannedTo = j + 2 > scannedTo ? addressEndAt(s, j + 2, lineEnd) : scannedTo;
          }
          else if (st.definitionLine > 0 && d === 58 /* : */) {
            // Where it may be a paragraph's text instead, it counts as both a definition and a use.
            st.prevDefinition = st.definitionLine === 2;
            if (footnote) st.footnoteDefs++;
            else {
              stats.definitions++;
              if (j - from <= 1000) defined.add(normalizeLabel(s.slice(from + 1, j)));
              if (st.definitionLine === 1 && plain && j - from <= 1000) {
                const label = normalizeLabel(s.slice(from + 1, j));
                labelUses.set(label, (labelUses.get(label) ?? 0) + 1);
              }
            }
          } else if (plain && !footnote && j - from <= 1000) {
            // A shortcut reference `[label]` is a link if some definition has that label.
            const label = normalizeLabel(s.slice(from + 1, j));
            labelUses.set(label, (labelUses.get(label) ?? 0) + 1);
          }
          st.definitionLine = 0;
          break;
        }
        case 60: {
          // <: raw HTML (dropped) or an autolink such as <https://…>
          stats.angles++;
          st.textSplits++;
          let e = j + 1;
          if (/[A-Za-z!?/]/.test(s.charAt(e))) st.paraTags++;
          if (e < lineEnd && /[A-Za-z]/.test(s.charAt(e))) {
            while (e < lineEnd && e - j <= 33 && /[A-Za-z0-9+.-]/.test(s.charAt(e))) e++;
            if (s.charCodeAt(e) === 58 /* : */ && e - j >= 3) {
              stats.links++;
              addressEnd = scannedTo = e > scannedTo ? addressEndAt(s, e, lineEnd) : scannedTo;
            }
          }
          break;
        }
        case 38: // &
          stats.entities++;
          st.textSplits++;
          break;
        case 33: // !
        case TAB:
          stats.bangsAndTabs++;
          if (c === 33) st.textBreaks++;
          break;
        case 64: // @: a bare e-mail address becomes a link
          if (j > contentStart && /[A-Za-z0-9._+-]/.test(s.charAt(j - 1)) && j + 1 < lineEnd && isAsciiAlnum(s.charCodeAt(j + 1))) stats.links++;
          break;
        case 58: // :// after http or https, in any case
          if (s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47 && j - contentStart >= 4) {
            const scheme = s.slice(j - (s.charCodeAt(j - 1) === 83 || s.charCodeAt(j - 1) === 115 ? 5 : 4), j).toLowerCase();
            if (scheme === "http" || scheme === "https") {
              if (j < addressEnd) addressEnd = -1;
              else stats.links++;
            }
          }
          break;
        case 46: // . after www, in any case
          if (j - contentStart >= 3 && (s.charCodeAt(j - 1) | 32) === 119 && (s.charCodeAt(j - 2) | 32) === 119 && (s.charCodeAt(j - 3) | 32) === 119) {
            if (j < addressEnd) addressEnd = -1;
            else stats.links++;
          }
          break;
      }
    }

    st.prevBlank = false;
    // (After a list marker that may not start an item, a `#` or fence may be paragraph text.)
    st.prevMaybeParagraph = indentedText || markers > 0 || !(atx || fence || thematic);
    lineStart = next;
    if (lineEnd >= n) break;
  }
  st.endParagraph(n);

  for (const [label, uses] of labelUses) if (defined.has(label)) stats.links += uses;
  stats.footnotes = Math.max(st.footnoteCalls, st.footnoteDefs);
  return stats;
}
