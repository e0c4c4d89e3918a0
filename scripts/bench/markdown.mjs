// How long the Markdown renderer takes on the worst posts it can be given, up to the size limit: the
// inputs of the issue (refused, so shown as plain text) padded to BODY_MAX, the heaviest inputs the
// scanner accepts (each shape repeated to the longest length lib/markdown-limits.ts lets through), and
// an ordinary long post. lib/markdown-bounds.test.ts bounds the renderer's work in counts, the same on
// every machine; this prints what that work takes on this one, against the goal of well under 100 ms.
//
// Production build: micromark ships a development build (it also checks its own invariants) under the
// `development` export condition, which Node uses only when started with `--conditions=development`;
// NODE_ENV does not choose it. So this refuses to run under that condition, and sets NODE_ENV to
// `production` while it renders, for any code that does read it.
//
//   node scripts/bench/markdown.mjs [--runs=N]   prints a table; markdownBench() returns the figures.
import { availableParallelism, loadavg } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { fmt, table, verdict } from "./report.mjs";

export const MARKDOWN_TARGET_MS = 100;

// An ordinary long post, as lib/markdown-bounds.test.ts writes it: paragraphs, and after every two a
// heading, list, code block, table or quote.
const PROSE =
  "I spent eighteen months moving from data analysis into an ML engineering role. I started with **fast.ai** and the [Hugging Face course](https://huggingface.co/learn), then built two projects I could talk about in interviews: a *churn model* served behind a small API, and a retrieval demo with `sentence-transformers`. Neither was novel, but both were finished, deployed and written up.\n\n";
const STRUCTURES = [
  "## What I would do again\n\n",
  "- Learn Python properly, including `pytest` and packaging\n- Read *Designing Machine Learning Systems*\n  - one chapter a week\n  - notes in a repo\n1. Apply\n2. Interview\n\n",
  "```python\nimport torch\nfrom torch import nn\n\nclass Model(nn.Module):\n    def __init__(self, n_in: int, n_out: int):\n        super().__init__()\n        self.fc = nn.Linear(n_in, n_out)\n\n    def forward(self, x):\n        return self.fc(x[:, 0] * 2) ** 2\n```\n\n",
  "| Stage | Months | Notes |\n|:--|--:|---|\n| Courses | 4 | fast.ai, HF |\n| Projects | 6 | two, deployed |\n| Interviews | 8 | 23 applications |\n\n",
  "> The best advice I got: *pick one domain* and go deep.\n> Everything else follows.\n\n",
  "- [x] CV rewritten\n- [ ] portfolio site\n\nClaim[^1].\n\n[^1]: Source: https://example.com/survey\n\n",
];

function ordinaryPost(length) {
  let post = "";
  for (let i = 0; post.length < length; i++) post += i % 3 < 2 ? PROSE : STRUCTURES[Math.floor(i / 3) % STRUCTURES.length];
  return post.slice(0, length);
}

const repeated = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// The issue's inputs, each unit repeated to the size limit.
const ISSUE = {
  "nested list markers": "- ",
  "nested quote markers": ">",
  "alternating emphasis markers": "*_a",
};

// The shapes that cost the renderer most per unit of the scanner's estimate, or most in all, each
// repeated to the longest length the bounds accept (found by bisection): the heaviest posts allowed.
const HEAVIEST = {
  "lists nested nine deep, line after line": "- - - - - - - - - a\n",
  "a list nested ten deep, over and over": Array.from({ length: 10 }, (_, d) => `${"  ".repeat(d)}- level ${d + 1}\n`).join(""),
  "task lists and quotes nested in lists": "- [ ] - [ ] >\t- \t- [ ] - \nb c\n  - > >b c\n",
  "one-line list items": "- a\n",
  "setext headings": "a\n===\n",
  "alternating emphasis markers": "*_a",
  "backtick runs": "`a",
  "shortcut references to nothing": "[a]b ",
  "image openers that never close": "a![)",
  "table rows": "|a|b|\n|-|-|\n",
  "blank lines": "\n",
  "indented code": "    a\n",
  "words between tabs": "w\t",
};

function productionBuild() {
  const resolved = createRequire(import.meta.url).resolve("micromark");
  if (/[\\/]dev[\\/]/.test(resolved)) {
    throw new Error(`micromark resolves to its development build (${resolved}): run without --conditions=development`);
  }
  return resolved;
}

const median = (sorted) => (sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);

/**
 * Renders each input `runs` times (after one unmeasured render) with lib/markdown.ts's `cook`, the
 * function that stores a post's HTML. Returns `{ target, rows }`: the goal in ms, and per input its
 * name, length, the scanner's work estimate (`markdownWork`), the median and slowest render in ms
 * (wall clock), and the median CPU time of the process in ms (`cpuP50Ms`: garbage collection on other
 * threads included, waiting for a core not), which a busy machine inflates less.
 */
export async function markdownBench({ runs = 9 } = {}) {
  productionBuild();
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    const { tsImport } = await import("tsx/esm/api");
    const { cook } = await tsImport("../../lib/markdown.ts", import.meta.url);
    const { markdownProblem, markdownWork } = await tsImport("../../lib/markdown-limits.ts", import.meta.url);
    const { BODY_MAX } = await tsImport("../../lib/limits.ts", import.meta.url);

    const longestAccepted = (unit) => {
      let [accepted, refused] = [0, BODY_MAX + 1];
      while (refused - accepted > 1) {
        const length = Math.floor((accepted + refused) / 2);
        if (markdownProblem(repeated(unit, length)) === null) accepted = length;
        else refused = length;
      }
      return accepted;
    };

    const inputs = [];
    for (const [name, unit] of Object.entries(ISSUE)) inputs.push({ name: `issue: ${name}, refused`, source: repeated(unit, BODY_MAX) });
    for (const [name, unit] of Object.entries(HEAVIEST)) {
      const length = longestAccepted(unit);
      if (length > 0) inputs.push({ name: `accepted: ${name}`, source: repeated(unit, length) });
    }
    inputs.push({ name: "an ordinary long post", source: ordinaryPost(BODY_MAX) });

    const rows = [];
    for (const { name, source } of inputs) {
      const problem = markdownProblem(source);
      if (name.startsWith("accepted") && problem !== null) throw new Error(`${name} is refused: ${problem}`);
      cook(source);
      const times = [];
      const cpuTimes = [];
      for (let i = 0; i < runs; i++) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        cook(source);
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      times.sort((a, b) => a - b);
      cpuTimes.sort((a, b) => a - b);
      rows.push({
        name,
        chars: source.length,
        workEstimate: Math.round(markdownWork(source)),
        p50Ms: median(times),
        maxMs: times[times.length - 1],
        cpuP50Ms: median(cpuTimes),
      });
    }
    return { target: MARKDOWN_TARGET_MS, rows };
  } finally {
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
  }
}

/** The figures as a text table, with a verdict against the target. */
export function markdownReport({ target, rows }) {
  const worst = rows.reduce((a, b) => (b.p50Ms > a.p50Ms ? b : a));
  const lines = [
    table(
      [{ title: "input", align: "left" }, { title: "chars" }, { title: "work estimate" }, { title: "p50 ms" }, { title: "max ms" }, { title: "cpu p50 ms" }],
      rows.map((r) => [r.name, fmt.int(r.chars), fmt.int(r.workEstimate), fmt.ms(r.p50Ms), fmt.ms(r.maxMs), fmt.ms(r.cpuP50Ms)]),
    ),
    `${verdict(worst.p50Ms < target)} slowest median: ${worst.name}, ${fmt.ms(worst.p50Ms)} ms (target: under ${target} ms).`,
  ];
  const [load] = loadavg();
  const cores = availableParallelism();
  if (load > cores) lines.push(`Load average ${load.toFixed(1)} on ${cores} cores: other work shared the machine, so these times are high.`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runsArgument = process.argv.slice(2).find((a) => a.startsWith("--runs="));
  const runs = runsArgument ? Number(runsArgument.slice("--runs=".length)) : 9;
  console.log(`Markdown rendering (production build: ${productionBuild()}), ${runs} runs per input`);
  console.log(markdownReport(await markdownBench({ runs })));
}
