// How long the Markdown renderer takes on the worst posts it can be given, up to the size limit: the
// heaviest inputs the scanner accepts (each shape of lib/test/markdown-fixtures.ts repeated to the longest
// length lib/markdown/markdown-limits.ts lets through), the same shapes at BODY_MAX where they are refused (so
// shown as plain text), and an ordinary long post. lib/markdown/markdown-bounds.test.ts bounds the renderer's work
// on exactly these inputs in counts, the same on every machine; this prints what that work takes on this
// one, against the goal of well under 100 ms.
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

function productionBuild() {
  const resolved = createRequire(import.meta.url).resolve("micromark");
  if (/[\\/]dev[\\/]/.test(resolved)) {
    throw new Error(`micromark resolves to its development build (${resolved}): run without --conditions=development`);
  }
  return resolved;
}

const median = (sorted) =>
  sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/**
 * Renders each input `runs` times (after one unmeasured render) with lib/markdown/markdown.ts's `cook`, the
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
    const { cook } = await tsImport("../../lib/markdown/markdown.ts", import.meta.url);
    const { markdownProblem, markdownWork } = await tsImport("../../lib/markdown/markdown-limits.ts", import.meta.url);
    const { BODY_MAX } = await tsImport("../../lib/limits/limits.ts", import.meta.url);
    const { SHAPES, longestAccepted, ordinaryPost, repeated } = await tsImport(
      "../../lib/test/markdown-fixtures.ts",
      import.meta.url,
    );

    const time = (name, source) => {
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
      return {
        name,
        chars: source.length,
        workEstimate: Math.round(markdownWork(source)),
        p50Ms: median(times),
        maxMs: times[times.length - 1],
        cpuP50Ms: median(cpuTimes),
      };
    };

    const rows = [];
    const refused = [];
    for (const [name, unit] of Object.entries(SHAPES)) {
      const length = longestAccepted(unit);
      if (length > 0) rows.push(time(`accepted: ${name}`, repeated(unit, length)));
      const whole = repeated(unit, BODY_MAX);
      if (markdownProblem(whole) !== null) refused.push(time(name, whole));
    }
    // Shown as text, the refused ones take a few ms each: one row, the slowest.
    if (refused.length > 0) {
      const slowest = refused.reduce((a, b) => (b.p50Ms > a.p50Ms ? b : a));
      rows.push({ ...slowest, name: `refused (${refused.length} shapes), slowest: ${slowest.name}` });
    }
    rows.push(time("an ordinary long post", ordinaryPost(BODY_MAX)));
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
      [
        { title: "input", align: "left" },
        { title: "chars" },
        { title: "work estimate" },
        { title: "p50 ms" },
        { title: "max ms" },
        { title: "cpu p50 ms" },
      ],
      rows.map((r) => [
        r.name,
        fmt.int(r.chars),
        fmt.int(r.workEstimate),
        fmt.ms(r.p50Ms),
        fmt.ms(r.maxMs),
        fmt.ms(r.cpuP50Ms),
      ]),
    ),
    `${verdict(worst.p50Ms < target)} slowest median: ${worst.name}, ${fmt.ms(worst.p50Ms)} ms (target: under ${target} ms).`,
  ];
  const [load] = loadavg();
  const cores = availableParallelism();
  if (load > cores)
    lines.push(
      `Load average ${load.toFixed(1)} on ${cores} cores: other work shared the machine, so these times are high.`,
    );
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runsArgument = process.argv.slice(2).find((a) => a.startsWith("--runs="));
  const runs = runsArgument ? Number(runsArgument.slice("--runs=".length)) : 9;
  console.log(`Markdown rendering (production build: ${productionBuild()}), ${runs} runs per input`);
  console.log(markdownReport(await markdownBench({ runs })));
}
