// The Markdown that lib/markdown/markdown-bounds.test.ts bounds, in counts, and scripts/bench/markdown.mjs times:
// one list, so that the bench times exactly what the test bounds. (The bench is plain Node; it loads
// this file with tsx, as it loads the renderer.)

import { BODY_MAX } from "../limits/limits";
import { markdownProblem } from "../markdown/markdown-limits";

// A long post as people write them: paragraphs, and after every two a heading, list, code, table or quote.
export const PROSE =
  "I spent eighteen months moving from data analysis into an ML engineering role. I started with **fast.ai** and the [Hugging Face course](https://huggingface.co/learn), then built two projects I could talk about in interviews: a *churn model* served behind a small API, and a retrieval demo with `sentence-transformers`. Neither was novel, but both were finished, deployed and written up.\n\n";
export const STRUCTURES = [
  "## What I would do again\n\n",
  "- Learn Python properly, including `pytest` and packaging\n- Read *Designing Machine Learning Systems*\n  - one chapter a week\n  - notes in a repo\n1. Apply\n2. Interview\n\n",
  "```python\nimport torch\nfrom torch import nn\n\nclass Model(nn.Module):\n    def __init__(self, n_in: int, n_out: int):\n        super().__init__()\n        self.fc = nn.Linear(n_in, n_out)\n\n    def forward(self, x):\n        return self.fc(x[:, 0] * 2) ** 2\n```\n\n",
  "| Stage | Months | Notes |\n|:--|--:|---|\n| Courses | 4 | fast.ai, HF |\n| Projects | 6 | two, deployed |\n| Interviews | 8 | 23 applications |\n\n",
  "> The best advice I got: *pick one domain* and go deep.\n> Everything else follows.\n\n",
  "- [x] CV rewritten\n- [ ] portfolio site\n\nClaim[^1].\n\n[^1]: Source: https://example.com/survey\n\n",
];

/** An ordinary post of `length` characters: PROSE, and after every two paragraphs one of STRUCTURES. */
export function ordinaryPost(length: number): string {
  let post = "";
  for (let i = 0; post.length < length; i++)
    post += i % 3 < 2 ? PROSE : STRUCTURES[Math.floor(i / 3) % STRUCTURES.length];
  return post.slice(0, length);
}

/** `unit` repeated, cut to `length` characters. */
export const repeated = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * The shapes that make the parser slow, by name: each is a unit to repeat. Both files take each to its
 * longest accepted length (the most work the estimate lets through) and to BODY_MAX (where most are
 * refused, and shown as text).
 */
export const SHAPES: Record<string, string> = {
  "nested list markers": "- ",
  "nested quote markers": ">",
  "lists nested nine deep, line after line": "- - - - - - - - - a\n",
  "a list nested ten deep, over and over": Array.from(
    { length: 10 },
    (_, d) => `${"  ".repeat(d)}- level ${d + 1}\n`,
  ).join(""),
  "task lists and quotes nested in lists": "- [ ] - [ ] >\t- \t- [ ] - \nb c\n  - > >b c\n",
  "alternating emphasis markers": "*_a",
  "emphasis closers": "a*",
  "emphasis openers": "*a",
  "strikethrough openers": "~~a",
  "unclosed brackets": "[a",
  "unopened brackets": "a]",
  "shortcut references to nothing": "[a]b ",
  "image openers that never close": "a![)",
  // Each token splits the text after it into pieces that micromark merges, copying the rest of the
  // paragraph's events: the dearer, the more pieces each token is followed by (markdown-scan's splitWork).
  "link openers between pieces of text": "[)a",
  "image openers between words": "a![)b c ",
  "underscores inside words": "a_b)c d ",
  "entities between pieces of text": "&amp;)a",
  "escapes between pieces of text": "\\*)a",
  "an image opener among exclamation marks": "a![!!!!!!!!!!!!!!!!!",
  "pieces of text on the lines of one paragraph": ")a\n",
  "code spans between pieces of text": "`a`)b",
  "footnote calls": "[^",
  "backtick runs": "`a",
  "inline HTML openers": "<a ",
  "entities and escapes": "&amp;\\*",
  "setext headings": "a\n===\n",
  "one-line list items": "- a\n",
  "lazy quote lines": "> a\nb\n",
  "lazy list lines": "- a\nb\n",
  "table rows": "|a|b|\n|-|-|\n",
  "indented code": "    a\n",
  "blank lines": "\n",
  "words between tabs": "w\t",
};

/** The longest `unit` repeated that the bounds accept, near enough (0 if even one character is refused). */
export function longestAccepted(unit: string): number {
  let [accepted, refused] = [0, BODY_MAX + 1];
  while (refused - accepted > 1) {
    const length = Math.floor((accepted + refused) / 2);
    if (markdownProblem(repeated(unit, length)) === null) accepted = length;
    else refused = length;
  }
  return accepted;
}
