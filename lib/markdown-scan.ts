// One linear pass over user Markdown, counting what makes micromark (under remark) slow, without
// parsing it. Where it cannot be exact it errs high: it never sees fewer nested lists, links or lines
// of Markdown than the parser will. ./markdown-limits.ts decides what those counts may be.

import { scanBlocks } from "./markdown-scan-blocks";
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

/**
 * One linear pass over `source`, counting what makes the parser slow: the block scanner
 * (./markdown-scan-blocks.ts) walks its lines and hands each line's text to the inline scanner
 * (./markdown-scan-inline.ts), over the state they share (./markdown-scan-state.ts).
 */
export function scanMarkdown(source: string): MarkdownStats {
  const st = new ScanState(source);
  scanBlocks(st);
  st.endParagraph(source.length);

  const stats = st.stats;
  for (const [label, uses] of st.labelUses) if (st.defined.has(label)) stats.links += uses;
  stats.footnotes = Math.max(st.footnoteCalls, st.footnoteDefs);
  return stats;
}
