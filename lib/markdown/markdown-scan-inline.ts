// The inline scanner: the text of one line of a paragraph (or heading, or table row), as the block scanner
// (./markdown-scan-blocks.ts) found it: its emphasis, code spans, brackets, links, HTML, entities and escapes,
// and the places where micromark splits it into pieces.

import type { ScanState } from "./markdown-scan-state";

// Declared here rather than imported, as in ./markdown-scan-blocks.ts: imported, each read is a getter call.
const SPACE = 32;
const TAB = 9;

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
  return label
    .replace(/[\t\n\r ]+/g, " ")
    .trim()
    .toLowerCase()
    .toUpperCase();
}

/**
 * Scans the line's content from `contentStart` to `lineEnd` into `st`. `fence`: whether the content starts
 * with a code fence that the block scanner does not take for code; its run is left out of the longest runs.
 */
export function scanInline(st: ScanState, contentStart: number, lineEnd: number, fence: boolean): void {
  const s = st.source;
  const { stats, opens, plainLabel, labelUses, defined } = st;

  // The first web address in a link's destination or an autolink is that link, not another one.
  // (A later start inside an address already scanned ends where that one ended.)
  let addressEnd = -1;
  let scannedTo = -1;
  for (let j = contentStart; j < lineEnd; j++) {
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
        } else if (st.definitionLine > 0 && d === 58 /* : */) {
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
        if (
          j > contentStart &&
          /[A-Za-z0-9._+-]/.test(s.charAt(j - 1)) &&
          j + 1 < lineEnd &&
          isAsciiAlnum(s.charCodeAt(j + 1))
        )
          stats.links++;
        break;
      case 58: // :// after http or https, in any case
        if (s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47 && j - contentStart >= 4) {
          const scheme = s
            .slice(j - (s.charCodeAt(j - 1) === 83 || s.charCodeAt(j - 1) === 115 ? 5 : 4), j)
            .toLowerCase();
          if (scheme === "http" || scheme === "https") {
            if (j < addressEnd) addressEnd = -1;
            else stats.links++;
          }
        }
        break;
      case 46: // . after www, in any case
        if (
          j - contentStart >= 3 &&
          (s.charCodeAt(j - 1) | 32) === 119 &&
          (s.charCodeAt(j - 2) | 32) === 119 &&
          (s.charCodeAt(j - 3) | 32) === 119
        ) {
          if (j < addressEnd) addressEnd = -1;
          else stats.links++;
        }
        break;
    }
  }
}
