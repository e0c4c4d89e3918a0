// What the scan of one post keeps from line to line, shared by its block and inline scanners: the counts
// so far, the list items that may be open, and the paragraph the current line belongs to.

/** What the scanner counts (./markdown-scan.ts exports it for tests and for measuring). */
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

export class ScanState {
  readonly stats: MarkdownStats;
  // Content columns of list items that may still be open, innermost last; and those a line opens.
  // The model only drops an item when CommonMark certainly closes it, so it never undercounts.
  readonly items: number[] = [];
  readonly pushes: number[] = [];
  // The current paragraph, as far as a scanner can tell: the lines since the last blank or code line.
  paraStart = 0;
  paraClosers = 0;
  paraActive = 0;
  paraTicks = 0;
  paraLazy = 0;
  paraTags = 0;
  paraQuoted = false;
  // The current paragraph's text since the last list item began (a new item surely starts a new
  // paragraph): its lines, the tokens that split it, and the other places where a piece of it may end.
  textLines = 0;
  textSplits = 0;
  textBreaks = 0;
  // Unmatched `[` of the paragraph, and whether each can still be a plain `[label]`.
  readonly opens: number[] = [];
  readonly plainLabel: boolean[] = [];
  // 0: no definition can start here; 1: one may (or the line continues a paragraph); 2: one surely can.
  definitionLine = 0;
  tableColumns = 0;
  prevBlank = true;
  // Whether the last line may be paragraph text, which a lazy line could continue.
  prevMaybeParagraph = false;
  prevCode = false;
  prevContainer = false;
  prevDefinition = false;
  // A top-level fenced code block (its marker and length), or an HTML block (what ends it).
  fenceChar = 0;
  fenceLength = 0;
  htmlEnd: RegExp | "" | null = null;
  footnoteCalls = 0;
  footnoteDefs = 0;
  readonly labelUses = new Map<string, number>();
  readonly defined = new Set<string>();

  constructor(readonly source: string) {
    this.stats = {
      chars: source.length,
      lines: 0,
      blankLines: 0,
      codeLines: 0,
      codeBlocks: 0,
      blocks: 0,
      setext: 0,
      maxNesting: 0,
      containerStarts: 0,
      listMarkers: 0,
      itemLines: 0,
      quoteMarkers: 0,
      headings: 0,
      tableCells: 0,
      maxTableColumns: 0,
      links: 0,
      definitions: 0,
      footnotes: 0,
      delimiterRuns: 0,
      activeRuns: 0,
      closers: 0,
      maxDelimiterRun: 0,
      backtickRuns: 0,
      maxBacktickRun: 0,
      brackets: 0,
      labelScan: 0,
      angles: 0,
      bangsAndTabs: 0,
      entities: 0,
      escapes: 0,
      emphasisWork: 0,
      emphasisPairs: 0,
      codeWork: 0,
      lazyWork: 0,
      htmlWork: 0,
      splits: 0,
      splitWork: 0,
    };
  }

  endText() {
    const stats = this.stats;
    stats.splits += this.textSplits;
    stats.splitWork += this.textSplits * (this.textSplits + this.textBreaks);
    this.textLines = this.textSplits = this.textBreaks = 0;
  }

  endParagraph(at: number) {
    this.endText();
    const stats = this.stats;
    const length = Math.max(0, at - this.paraStart);
    stats.emphasisWork += this.paraClosers * length;
    stats.emphasisPairs += this.paraActive * this.paraActive;
    stats.codeWork += this.paraTicks * length;
    stats.lazyWork += this.paraLazy * length;
    stats.htmlWork += this.paraTags * length;
    this.paraClosers = this.paraActive = this.paraTicks = this.paraLazy = this.paraTags = 0;
    this.paraQuoted = false;
    this.opens.length = this.plainLabel.length = 0;
    this.definitionLine = 0;
    this.tableColumns = 0;
  }
}
