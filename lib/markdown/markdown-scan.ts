// One linear pass over user Markdown, counting what makes micromark (under remark) slow, without
// parsing it. Where it cannot be exact it errs high: it never sees fewer nested lists, links or lines
// of Markdown than the parser will. ./markdown-limits.ts decides what those counts may be.

import { scanBlocks } from "./markdown-scan-blocks";
import { ScanState, type MarkdownStats } from "./markdown-scan-state";

/** What the scanner counts; exported for tests and for measuring. */
export type { MarkdownStats } from "./markdown-scan-state";

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
