// The block scanner: for each line of a post, its code, container prefix (`>` and list markers) and kind,
// and what they do to the list items and the paragraph around it; the line's text then goes to the inline
// scanner (./markdown-scan-inline.ts).

import { scanInline } from "./markdown-scan-inline";
import type { ScanState } from "./markdown-scan-state";

// Declared here rather than imported: an imported constant is read through a getter where the module is
// CommonJS (under tsx, as the bench and the bounds test's counter load it), which made the scan 1.6 times slower.
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const isDigit = (c: number) => c >= 48 && c <= 57;

// HTML blocks that run to an end marker, blank lines included (CommonMark kinds 1–5); others end at a blank line.
const HTML_BLOCK_ENDS: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Za-z]/, />/],
];

/** A place in a line: its index in the source, and its column (tabs stop every 4). */
type Place = { i: number; col: number };

/** Moves `p` past the spaces and tabs before `end`: a line's indentation, or the space after a container marker. */
function skipIndent(s: string, p: Place, end: number): void {
  let { i, col } = p;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === SPACE) col++;
    else if (c === TAB) col += 4 - (col % 4);
    else break;
    i++;
  }
  p.i = i;
  p.col = col;
}

/**
 * The block scanner: walks the lines of `st.source`, counting their block structure into `st`, and hands
 * each line's inline content, if it has any, to scanInline.
 */
export function scanBlocks(st: ScanState): void {
  const s = st.source;
  const n = s.length;
  const { stats, items, pushes } = st;
  // One place for every line: a new one for each made the scan of an ordinary post some 5% slower.
  const p: Place = { i: 0, col: 0 };
  let next = 0;
  // The last line ends at `n`, and its `next` (n + 1) ends the loop.
  for (let lineStart = 0; lineStart <= n; lineStart = next) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = s.charCodeAt(lineEnd);
      if (c === LF || c === CR) break;
      lineEnd++;
    }
    next = lineEnd < n && s.charCodeAt(lineEnd) === CR && s.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;

    // Indentation, in columns (tabs stop every 4).
    p.i = lineStart;
    p.col = 0;
    skipIndent(s, p, lineEnd);
    const lead = p.col;
    const indentEnd = p.i;
    const first = indentEnd < lineEnd ? s.charCodeAt(indentEnd) : -1;

    // --- Code: a top-level fence runs to its closing fence; nothing in it is parsed as Markdown ---------
    if (st.fenceChar !== 0) {
      let e = indentEnd;
      while (e < lineEnd && s.charCodeAt(e) === st.fenceChar) e++;
      let rest = e;
      while (rest < lineEnd && (s.charCodeAt(rest) === SPACE || s.charCodeAt(rest) === TAB)) rest++;
      if (lead <= 3 && e - indentEnd >= st.fenceLength && rest >= lineEnd) st.fenceChar = 0;
      stats.codeLines++;
      st.prevBlank = st.prevMaybeParagraph = st.prevCode = st.prevContainer = false;
      st.paraStart = next;
      continue;
    }
    // After a blank line, a line closes every list item it is not indented into.
    if (st.prevBlank && first !== -1) while (items.length > 0 && items[items.length - 1] > lead) items.pop();
    // Only where no list item, quote or HTML block can be open (nor a paragraph, for indented code)
    // does the scanner trust that a line starts code: elsewhere it counts the lines as Markdown.
    if (st.htmlEnd === null && lead <= 3 && (first === 96 || first === 126)) {
      let e = indentEnd;
      while (e < lineEnd && s.charCodeAt(e) === first) e++;
      let info = e;
      while (info < lineEnd && (first === 126 || s.charCodeAt(info) !== 96)) info++;
      // A fence interrupts a paragraph and closes the list items it is not indented into.
      if (e - indentEnd >= 3 && info >= lineEnd) while (items.length > 0 && items[items.length - 1] > lead) items.pop();
      if (e - indentEnd >= 3 && info >= lineEnd && items.length === 0) {
        if (!st.prevBlank) st.endParagraph(lineStart);
        st.fenceChar = first;
        st.fenceLength = e - indentEnd;
        stats.codeBlocks++;
        stats.codeLines++;
        st.prevBlank = st.prevMaybeParagraph = st.prevCode = st.prevContainer = false;
        st.paraStart = next;
        continue;
      }
    }
    if (st.htmlEnd === null && items.length === 0 && lead >= 4 && first !== -1 && (st.prevBlank || st.prevCode)) {
      if (!st.prevCode) stats.codeBlocks++;
      stats.codeLines++;
      st.prevBlank = st.prevMaybeParagraph = st.prevContainer = false;
      st.prevCode = true;
      st.paraStart = next;
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
    // `p` is past the line's indentation, and after each marker past the spaces that follow it.
    for (;;) {
      const i = p.i;
      if (i >= lineEnd) break;
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        quotes++;
        p.i++;
        p.col++;
        skipIndent(s, p, lineEnd);
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
        firstCol = p.col;
        firstInterrupts = width === 1 || Number(s.slice(i, after - 1)) === 1;
      }
      markers++;
      pushes[pushed++] = p.col + width + 1;
      p.i = after;
      p.col += width;
      skipIndent(s, p, lineEnd);
    }
    if (firstCol < 0) firstCol = p.col;
    const contentStart = p.i;

    if (contentStart >= lineEnd && quotes === 0 && markers === 0) {
      stats.blankLines++;
      if (!st.prevBlank) st.endParagraph(lineStart);
      if (st.htmlEnd === "") st.htmlEnd = null;
      st.prevBlank = true;
      st.prevMaybeParagraph = false;
      st.paraStart = next;
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
    const atx =
      c0 === 35 /* # */ &&
      run <= 6 &&
      (contentStart + run >= lineEnd ||
        s.charCodeAt(contentStart + run) === SPACE ||
        s.charCodeAt(contentStart + run) === TAB);
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
    const startsBlock =
      !indentedText &&
      (st.prevBlank || !st.prevMaybeParagraph || quotes > 0 || markers > 0 || atx || fence || thematic);
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
    if (!startsBlock && ((st.paraQuoted && quotes === 0) || (items.length > 0 && firstCol < items[items.length - 1])))
      st.paraLazy++;
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
    const plainStart =
      quotes === 0 &&
      lead <= 3 &&
      (markers === 0
        ? st.prevBlank || !st.prevMaybeParagraph || st.prevDefinition
        : st.prevBlank && items.length === pushed);
    st.definitionLine = c0 !== 91 /* [ */ ? 0 : plainStart ? 2 : 1;
    st.prevDefinition = false;

    // A thematic break has no inline content.
    if (!thematic) scanInline(st, contentStart, lineEnd, fence);
    st.prevBlank = false;
    // (After a list marker that may not start an item, a `#` or fence may be paragraph text.)
    st.prevMaybeParagraph = indentedText || markers > 0 || !(atx || fence || thematic);
  }
}
