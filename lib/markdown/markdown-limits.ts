// Bounds on user Markdown, checked in one linear pass (./markdown-scan.ts) before the parser sees it.
//
// micromark (under remark) does work that grows faster than its input for some shapes: every line
// walks every open list and quote; each lazy line (one continuing a quote or list item without its
// `>` or indentation) scans back over its paragraph; each emphasis closer compares itself with the
// openers before it, and each `]` and backtick run scans its paragraph for a partner; after each token
// in a paragraph's text (a bracket, an emphasis marker, an entity…, paired or not) the pieces of text
// that follow are merged by splicing the paragraph's event list; each list item, quote and setext
// heading splices the whole event list; table rows are padded to the header's width.
// A 10,001-char body of `- ` nested 5,000 deep took 65 s and then overflowed the stack. The scanner
// measures those quantities; this module refuses input past bounds no honest post reaches, so
// whatever it accepts renders in tens of milliseconds (scripts/bench/markdown.mjs times the worst).

import { type MarkdownStats, scanMarkdown } from "./markdown-scan";

/** The bounds; every number a post can run into lives here. */
export const MARKDOWN_LIMITS = {
  /** Lists and block quotes inside each other. */
  nesting: 10,
  /** Links and images, autolinks and bare web or e-mail addresses. */
  links: 50,
  /** Link reference definitions (`[name]: https://…`). */
  definitions: 50,
  /** Footnote references or definitions, whichever are more. */
  footnotes: 50,
  /** `*`, `_` or `~` in a row (a long run nests emphasis one level per two markers). */
  delimiterRun: 32,
  /** Backticks in a row, outside fences. */
  backtickRun: 16,
  /** Columns of one table. */
  tableColumns: 64,
  /** Cells of all tables together, counted as the renderer pads them: header width × rows. */
  tableCells: 2_000,
  /**
   * Estimated parse-and-render work of the whole post (`markdownWork`): a count, the same on every
   * machine, in units fitted to µs of main-thread CPU on the 2-core VM it was measured on. 20,000
   * characters of plain prose come to about 16,000; of prose with a heading, list, code block, table or
   * quote after every two paragraphs (ordinaryPost in lib/test/markdown-fixtures.ts), to about 40,000.
   */
  work: 50_000,
} as const;

// Estimated parse-and-render time in µs, by what causes it. The coefficients were fitted to the
// main-thread CPU time of thousands of generated documents (honest and pathological) on the 2-core VM
// this runs on, then raised to cover the worst families. markdown-bounds.test.ts holds them to it in
// counts rather than time: the renderer's real work on any accepted input stays within a linear bound
// of its length plus a fixed multiple of this estimate.
function workParts(st: MarkdownStats) {
  return {
    blocks:
      0.6 * st.chars +
      30 * st.lines +
      5 * st.blankLines +
      5 * st.codeLines +
      80 * st.codeBlocks +
      30 * st.blocks +
      60 * st.containerStarts +
      65 * st.listMarkers +
      // Every line walks every open list item (and quote: those are counted on every line as markers).
      12 * st.itemLines +
      30 * st.quoteMarkers +
      40 * st.headings +
      30 * st.setext +
      37 * st.tableCells +
      // Each fresh list or quote, and each setext heading, splices every event before it.
      0.01 * (st.containerStarts + st.setext) * st.chars,
    links: 130 * st.links + 50 * st.definitions + 220 * st.footnotes,
    emphasis: 10 * st.delimiterRuns + 3 * st.activeRuns + 0.007 * st.emphasisWork + 0.01 * st.emphasisPairs,
    lazy: 0.01 * st.lazyWork,
    code: 15 * st.backtickRuns + 0.0005 * st.codeWork,
    brackets: 12 * st.brackets + 0.06 * st.labelScan,
    html: 7 * st.angles + 1 * st.bangsAndTabs + 18 * st.entities + 22 * st.escapes + 0.1 * st.htmlWork,
    // After each token in a paragraph's text, micromark copies the paragraph's events that follow it.
    splits: 0.003 * st.splitWork,
  };
}

/** Estimated time to parse and render a post with these stats, in µs. */
export function workOf(st: MarkdownStats): number {
  return Object.values(workParts(st)).reduce((a, b) => a + b, 0);
}

/**
 * The scanner's work estimate for `source`: what `markdownProblem` holds to `MARKDOWN_LIMITS.work`.
 * A count, the same on every machine, for tests and benchmarks to bound and compare against.
 */
export function markdownWork(source: string): number {
  return workOf(scanMarkdown(source));
}

const numbers = new Intl.NumberFormat("en-US");
const count = (n: number, one: string, many = `${one}s`) => `${numbers.format(n)} ${n === 1 ? one : many}`;

/**
 * Why `source` cannot be published as Markdown, as a sentence for the form; null when it can.
 * Linear in the length of `source`.
 */
export function markdownProblem(source: string): string | null {
  const st = scanMarkdown(source);
  const L = MARKDOWN_LIMITS;
  if (st.maxNesting > L.nesting) return `Lists and quotes can nest at most ${L.nesting} levels deep.`;
  if (st.maxDelimiterRun > L.delimiterRun) return `Too many *, _ or ~ in a row: at most ${L.delimiterRun}.`;
  if (st.maxBacktickRun > L.backtickRun) return `Too many backticks in a row: at most ${L.backtickRun}.`;
  if (st.links > L.links)
    return `At most ${L.links} links per post (images and bare web addresses count too); this one has ${st.links}.`;
  if (st.definitions > L.definitions) return `At most ${L.definitions} link definitions ([name]: address) per post.`;
  if (st.footnotes > L.footnotes) return `At most ${L.footnotes} footnotes per post.`;
  if (st.maxTableColumns > L.tableColumns) return `A table can have at most ${L.tableColumns} columns.`;
  if (st.tableCells > L.tableCells)
    return `At most ${count(L.tableCells, "table cell")} per post; this one has ${numbers.format(st.tableCells)}.`;
  const parts = workParts(st);
  if (Object.values(parts).reduce((a, b) => a + b, 0) > L.work) {
    // Name the biggest contributor, so the writer knows what to cut.
    const causes: Record<keyof typeof parts, () => string> = {
      blocks: () => {
        const what = [count(st.lines + st.blankLines, "line")];
        if (st.listMarkers > 0) what.push(count(st.listMarkers, "list item"));
        if (st.tableCells > 0) what.push(count(st.tableCells, "table cell"));
        return `its ${what.length > 1 ? `${what.slice(0, -1).join(", ")} and ${what[what.length - 1]}` : what[0]}`;
      },
      links: () => "its links and footnotes",
      emphasis: () => `its ${count(st.delimiterRuns, "emphasis marker")} (*, _ and ~)`,
      lazy: () => "lines that continue a quote or list item without its > or indentation",
      code: () => `its ${count(st.backtickRuns, "backtick run")}`,
      brackets: () => `its ${count(st.brackets, "square bracket")}`,
      html: () => `its ${count(st.angles + st.entities + st.escapes, "<, & and \\ character")}`,
      splits: () =>
        `its long paragraphs full of formatting (${numbers.format(st.splits)} [, *, _, ~, \`, <, &, \\ and line breaks)`,
    };
    const worst = (Object.keys(parts) as Array<keyof typeof parts>).reduce((a, b) => (parts[b] > parts[a] ? b : a));
    return `This post has too much formatting to display: mostly ${causes[worst]()}. Split it into several posts or simplify the formatting.`;
  }
  return null;
}
