import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import type { Nodes as MdastNodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";
import { MARKDOWN_LIMITS, markdownProblem, markdownWork } from "./markdown-limits";
import { scanMarkdown } from "./markdown-scan";
import { BODY_MAX } from "../limits/limits";
import { SHAPES, longestAccepted, ordinaryPost, repeated } from "../test/markdown-fixtures";

// These bounds count work; they do not time it. Time depends on the machine and on what else it runs
// (a 10 ms bound failed at 11.8 ms on a loaded CI run, and an honest post once took 100.9 ms); a count
// is the same everywhere. The speed goal, any post up to BODY_MAX rendered in well under 100 ms, is
// measured and printed by scripts/bench/markdown.mjs.
//
// Two counts:
//   - the scanner's estimate, markdownWork(source): what markdownProblem holds to MARKDOWN_LIMITS.work;
//   - the renderer's real work on a post (rendererWork below): the blocks of JavaScript that cook(source)
//     executes, scanner included, as V8's precise block coverage counts them, plus the array elements it
//     copies (micromark splices its event lists) at one per COPIES_PER_BLOCK. It is counted on the
//     production build in a child process that never optimizes (optimized code skips the counters of
//     what it inlines), so the count does not depend on the machine, its load or the JIT's timing.
//
// The bounds, in those counts:
//   accepted:  markdownWork(source) ≤ MARKDOWN_LIMITS.work and ≤ ESTIMATE_PER_CHAR × (length + 1),
//              rendererWork(source) ≤ WORK_BASE + WORK_PER_CHAR × length + WORK_PER_ESTIMATE × markdownWork(source),
//              and the elements copied ≤ COPIES_PER_ESTIMATE × markdownWork(source);
//   refused:   rendererWork(source) ≤ WORK_BASE + TEXT_WORK_PER_CHAR × length (the scan, then plain text).
// So the real work of any input is linear in its length, and the estimate is what keeps the part that is
// not (nesting, emphasis, brackets, lazy lines…) small: an input the estimate calls cheap is cheap.

/**
 * The most the estimate may charge per character of an accepted post, counting the post's end as one
 * (an empty post is a blank line). The dearest characters the model prices are footnote calls: `[^` is
 * a footnote (220) and a bracket (12) in two characters, so fifty of them (the most accepted) come to
 * 116 a character; a list marker alone on its line comes to 99 (a line, a block, a fresh list, an item
 * and a line in it: 197.6 for one character and its end). Nothing else comes near, and the terms that
 * grow faster than the input stay small on short posts.
 */
const ESTIMATE_PER_CHAR = 150;
/**
 * Real work the renderer may do per character whatever the estimate says. micromark's state machine
 * runs about 100 blocks a character on text, and about 190 where every other character starts a word
 * (each word tries to be an e-mail address, and one starting with `w` or `h` a web address too). That
 * is linear, so the estimate prices text at a flat 0.6 a character and leaves the rest to this. (Words
 * between tabs come to about 290: the estimate's charge for the tabs covers the difference.)
 */
const WORK_PER_CHAR = 250;
/**
 * Real work per unit of the estimate, beyond WORK_PER_CHAR: how far the estimate may under-price what
 * the renderer does. The highest ratio found, on the shapes of ../test/markdown-fixtures.ts at their
 * longest accepted length and on 3,000 generated posts, was 89: emphasis markers between letters
 * (`*_a`), whose resolver runs many cheap blocks (timed, they come out cheaper than their estimate);
 * emphasis closers and openers came next at 60, most posts under 10. The rest is room: an input whose
 * real work grows faster than its estimate exceeds any such constant once it is long enough, and posts
 * may be 20,000 characters long.
 */
const WORK_PER_ESTIMATE = 150;
/** What rendering costs before the first character: the pipeline's fixed work (an empty post is about 2,000). */
const WORK_BASE = 10_000;
/**
 * Real work per character of a refused post: the scan (at most about 25 blocks a character, on table
 * rows) and the plain text it is shown as instead.
 */
const TEXT_WORK_PER_CHAR = 40;
/** Copying an array element is a native memmove, far cheaper than running a block of JavaScript: this many count as one. */
const COPIES_PER_BLOCK = 10;
/**
 * Elements the renderer may copy per unit of the estimate. A copy is cheap, but not always: the same
 * splices of a large array of young objects took 5 ms in some runs and 50 in others, as the garbage
 * collector had left them (moved elements may each need recording for it). Image openers that never
 * close (`a![)`), 12,970 characters of them accepted, copied 53 million elements and took 50 ms in some
 * runs and 250 in others. So copies are held to the estimate on their own, which the count above (a
 * tenth of a block each) would not do. Most posts copy under 10 per unit; the highest found, on the
 * shapes of ../test/markdown-fixtures.ts at their longest accepted length and on 3,000 generated posts,
 * was 307: text between link openers (`[)a`), whose every `[` splits the text after it (markdown-scan's
 * splitWork). Unpriced, such shapes copied over 1,000 per unit.
 */
const COPIES_PER_ESTIMATE = 500;

// --- The renderer's real work, counted --------------------------------------------------------------

// The child loads lib/markdown/markdown.ts with tsx under Node's default export conditions, which pick micromark's
// production build (Vitest loads its development build, which also checks its own invariants). With
// --max-opt=0 nothing is optimized, so every block counts every time. For each line of JSON it reads (a
// post) it writes a line of JSON: the blocks executed and the array elements copied while cooking it.
// Only the renderer's scripts count: not Node's internals, nor this script (the copy counters).
const CHILD = String.raw`
import { Session } from "node:inspector";
import { createInterface } from "node:readline";

const session = new Session();
session.connect();
const post = (method, params) => {
  let out;
  session.post(method, params, (error, result) => {
    if (error) throw error;
    out = result;
  });
  return out;
};
post("Profiler.enable");
post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });

const { tsImport } = await import("tsx/esm/api");
const { cook } = await tsImport(process.argv[1], import.meta.url);

const native = { splice: Array.prototype.splice, slice: Array.prototype.slice, concat: Array.prototype.concat };
let copied = 0;
const counting = {
  splice(start, deleteCount, ...items) {
    const n = this.length;
    const from = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
    const removed = arguments.length < 2 ? n - from : Math.min(Math.max(deleteCount, 0), n - from);
    copied += items.length + (items.length === removed ? 0 : n - from - removed);
    return native.splice.apply(this, arguments);
  },
  slice() {
    const result = native.slice.apply(this, arguments);
    copied += result.length;
    return result;
  },
  concat() {
    const result = native.concat.apply(this, arguments);
    copied += result.length;
    return result;
  },
};

function measure(source) {
  post("Profiler.takePreciseCoverage");
  copied = 0;
  Object.assign(Array.prototype, counting);
  try {
    cook(source);
  } finally {
    Object.assign(Array.prototype, native);
  }
  let blocks = 0;
  for (const script of post("Profiler.takePreciseCoverage").result) {
    if (script.url === import.meta.url || script.url.startsWith("node:")) continue;
    for (const fn of script.functions) for (const range of fn.ranges) blocks += range.count;
  }
  return { blocks, copied };
}

// Every construct once, so that nothing done only the first time is counted later.
for (let i = 0; i < 2; i++) {
  measure("# h\n\n*a* **b** ~~c~~ [l](https://e.com) ![i](https://e.com/i.png) www.e.com a@e.com <https://e.com> \x60c\x60 &amp; \\* [^1] @ada\n\n- [ ] x\n1. y\n\n> q\n\n    code\n\n| a |\n|---|\n| b |\n\n[r]: /u\n[r]\n\n[^1]: n\n\n<div>h</div>\n\n***");
}
process.stdout.write("ready\n");
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(JSON.stringify(measure(JSON.parse(line))) + "\n");
}
`;

type Counter = { work: (source: string) => Promise<{ blocks: number; copied: number }>; stop: () => void };

async function startCounter(): Promise<Counter> {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const child = spawn(
    process.execPath,
    ["--max-opt=0", "--input-type=module", "--eval", CHILD, pathToFileURL(`${root}lib/markdown/markdown.ts`).href],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "" },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  const failAll = (why: string) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the work counter ${why}: ${stderr}`));
  };
  child.on("exit", (code) => failAll(`exited (${code})`));
  child.on("error", (error) => failAll(error.message));
  createInterface({ input: child.stdout }).on("line", (line) => waiting.shift()?.resolve(line));
  const next = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  expect(await next()).toBe("ready");
  return {
    work: async (source) => {
      const reply = next();
      child.stdin.write(`${JSON.stringify(source)}\n`);
      return JSON.parse(await reply) as { blocks: number; copied: number };
    },
    stop: () => child.kill(),
  };
}

let counter: Counter;
beforeAll(async () => {
  counter = await startCounter();
});
afterAll(() => counter?.stop());

/** The renderer's real work on `source` and the elements it copied, and the bound the work must stay within. */
async function rendererWork(source: string) {
  const { blocks, copied } = await counter.work(source);
  const work = blocks + copied / COPIES_PER_BLOCK;
  const accepted = markdownProblem(source) === null;
  const estimate = markdownWork(source);
  const bound = accepted
    ? WORK_BASE + WORK_PER_CHAR * source.length + WORK_PER_ESTIMATE * estimate
    : WORK_BASE + TEXT_WORK_PER_CHAR * source.length;
  return { work, copied, accepted, estimate, bound };
}

/** Every bound above, for one input. */
async function expectWithinBounds(source: string) {
  const { work, copied, accepted, estimate, bound } = await rendererWork(source);
  const what = `${accepted ? "accepted" : "refused"}, ${source.length} chars starting ${JSON.stringify(source.slice(0, 60))}: estimate ${Math.round(estimate)}, real work ${Math.round(work)}, bound ${Math.round(bound)}, copied ${copied}`;
  if (accepted) {
    expect(estimate, what).toBeLessThanOrEqual(MARKDOWN_LIMITS.work);
    expect(estimate, what).toBeLessThanOrEqual(ESTIMATE_PER_CHAR * (source.length + 1));
    expect(copied, what).toBeLessThanOrEqual(COPIES_PER_ESTIMATE * estimate);
  }
  expect(work, what).toBeLessThanOrEqual(bound);
}

// The inputs reported in the issue.
const ISSUE_CASES: Record<string, string> = {
  "5,000 nested list markers (65 s, then a stack overflow)": "- ".repeat(5000) + "a",
  "5,000 nested quote markers (2.8 s)": ">".repeat(5000),
  "6,667 alternating emphasis markers (4.5 s)": "*_a".repeat(6667),
};

describe("the inputs from the issue", () => {
  it.each(Object.entries(ISSUE_CASES))(
    "refuses %s and renders it as text, in work linear in its length",
    async (_, source) => {
      expect(markdownProblem(source)).toMatch(/\S/);
      const html = renderMarkdown(source);
      expect(html.startsWith("<p>")).toBe(true);
      expect(html).not.toMatch(/<(ul|li|blockquote|em|strong)\b/);
      const { work, bound } = await rendererWork(source);
      expect(work).toBeLessThanOrEqual(bound);
    },
  );

  it("explains each bound in words", () => {
    expect(markdownProblem(ISSUE_CASES["5,000 nested list markers (65 s, then a stack overflow)"])).toBe(
      "Lists and quotes can nest at most 10 levels deep.",
    );
    expect(markdownProblem("> - > - > - ".repeat(2) + "a")).toBe("Lists and quotes can nest at most 10 levels deep.");
    expect(markdownProblem("[a](https://example.com) ".repeat(51))).toMatch(/^At most 50 links per post/);
    expect(markdownProblem("https://example.com/x ".repeat(51))).toMatch(/^At most 50 links per post/);
    expect(markdownProblem("*".repeat(40) + "a" + "*".repeat(40))).toMatch(/in a row/);
    expect(markdownProblem("a " + "`".repeat(20) + " b")).toMatch(/backticks in a row/);
    expect(markdownProblem("|" + "a|".repeat(70) + "\n|" + "-|".repeat(70))).toBe(
      "A table can have at most 64 columns.",
    );
    expect(markdownProblem("- a\n".repeat(4000))).toMatch(/too much formatting.*lines/);
    expect(markdownProblem("a![)".repeat(5000))).toMatch(
      /too much formatting to display: mostly its long paragraphs full of formatting \(5,000 \[/,
    );
  });
});

// --- Honest posts pass -----------------------------------------------------------------------------

describe("honest posts", () => {
  it("a 20,000-character post with headings, lists, code, tables and quotes is accepted, and rendered within the bound", async () => {
    const post = ordinaryPost(BODY_MAX);
    expect(scanMarkdown(post).links).toBeLessThanOrEqual(MARKDOWN_LIMITS.links);
    expect(markdownProblem(post)).toBeNull();
    const html = renderMarkdown(post);
    expect(html).toContain("<table>");
    expect(html).toContain('<code class="language-python">');
    const { work, estimate, bound } = await rendererWork(post);
    // With room: honest posts of the longest length stay well inside the budget.
    expect(estimate).toBeLessThan(0.9 * MARKDOWN_LIMITS.work);
    expect(work).toBeLessThanOrEqual(bound);
  });

  it("a post of nothing but code is accepted", () => {
    const code =
      "```python\n" +
      "def f(x_1, y_2):\n    return [a * b for a, b in zip(x_1[::2], y_2)]  # *_[`\n".repeat(250) +
      "```\n";
    expect(code.length).toBeLessThanOrEqual(BODY_MAX);
    expect(markdownProblem(code)).toBeNull();
  });

  it("lists and quotes nested ten deep are accepted, eleven are not", () => {
    const list = (depth: number, indent: string) =>
      Array.from({ length: depth }, (_, d) => `${indent.repeat(d)}- level ${d + 1}`).join("\n");
    expect(markdownProblem(list(10, "  "))).toBeNull();
    expect(markdownProblem(list(10, "    "))).toBeNull();
    expect(markdownProblem("> " + list(9, "   ").replaceAll("\n", "\n> "))).toBeNull();
    expect(markdownProblem(list(11, "  "))).toMatch(/nest/);
  });
});

describe("the renderer's work count", () => {
  it("is the same every time, and counts every step", async () => {
    const post = ordinaryPost(BODY_MAX);
    const first = await counter.work(post);
    expect(await counter.work(post)).toEqual(first);
    // micromark runs about 100 blocks a character of text: far fewer would mean blocks went uncounted.
    expect((await counter.work("ab".repeat(5_000))).blocks).toBeGreaterThan(50 * 10_000);
    // Its text resolver splices the event list once after each token (here `[`) that text follows.
    expect((await counter.work("[)a".repeat(1_000))).copied).toBeGreaterThan(1_000_000);
  });
});

// --- The scanner never underestimates --------------------------------------------------------------

const parser = unified().use(remarkParse).use(remarkGfm);

function measureTree(source: string) {
  const tree = parser.runSync(parser.parse(source)) as MdastNodes;
  let nesting = 0;
  let links = 0;
  const walk = (node: MdastNodes, depth: number): void => {
    const container = node.type === "list" || node.type === "blockquote";
    if (container) nesting = Math.max(nesting, depth + 1);
    if (
      node.type === "link" ||
      node.type === "image" ||
      node.type === "linkReference" ||
      node.type === "imageReference"
    )
      links++;
    if ("children" in node) for (const child of node.children) walk(child as MdastNodes, depth + (container ? 1 : 0));
  };
  walk(tree, 0);
  return { nesting, links };
}

// Small documents made of the pieces that open containers, code and HTML blocks.
const PIECES = [
  "- ",
  "* ",
  "+ ",
  "1. ",
  "2) ",
  "> ",
  ">",
  " ",
  "  ",
  "   ",
  "    ",
  "\t",
  "\n",
  "\n",
  "\n\n",
  "a",
  "b c",
  "-",
  "1.",
  "```",
  "~~~",
  "`",
  "<!--",
  "-->",
  "<div>",
  "<pre>",
  "</pre>",
  "#",
  "---",
  "***",
  "|",
  "|-|",
  "[a]",
  "[a]: /u\n",
  "(x)",
  "](y)",
  "http://e.com ",
  "www.e.org",
  "x@e.com",
  "<http://e.com>",
  "![i](j)",
  "[^1]",
  "*",
  "_",
  "| a | b |\n",
  "|---|---|\n",
  "<?",
  "?>",
  "<![CDATA[",
  "]]>",
  "<!X",
  "<script>",
  "</script>",
  "=",
];
const smallDocument = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
// Lines of indentation, container markers and block starts: where nesting hides.
const indentedLine = fc
  .tuple(
    fc.integer({ min: 0, max: 14 }),
    fc.array(fc.constantFrom("- ", "* ", "1. ", "2. ", "1) ", "> ", ">", "-", "\t"), { maxLength: 3 }),
    fc.constantFrom(
      "a",
      "b c",
      "",
      "==",
      "---",
      "```",
      "~~~",
      "``` x`",
      "# h",
      "<div>",
      "<!--",
      "-->",
      "| a |",
      "|-|",
      "[a]: /u",
      "    code",
    ),
  )
  .map(([indent, markers, text]) => " ".repeat(indent) + markers.join("") + text);
const indentedDocument = fc.array(indentedLine, { minLength: 1, maxLength: 40 }).map((lines) => lines.join("\n"));

describe("scanMarkdown errs high", () => {
  it("never counts less nesting or fewer links than the parser finds", () => {
    fc.assert(
      fc.property(fc.oneof(smallDocument, indentedDocument), (source) => {
        const real = measureTree(source);
        const scanned = scanMarkdown(source);
        expect(scanned.maxNesting).toBeGreaterThanOrEqual(real.nesting);
        expect(scanned.links).toBeGreaterThanOrEqual(real.links);
      }),
      { numRuns: 600 },
    );
  });

  it.each([
    ["an unclosed HTML comment", "<!--\n\n```\n-->\n"],
    ["an HTML block", "<div>\n```\n\n"],
    ["a list item", "- a\n  ```\nb\n"],
    ["a block quote", "> ```\n"],
    ["a fence whose info string has a backtick", "``` a`b\n"],
  ])("does not trust a fence inside %s", (_, prefix) => {
    // The parser reads what follows as Markdown, so the scanner must too.
    expect(markdownProblem(prefix + "- ".repeat(20) + "a\n")).toMatch(/nest/);
  });

  it("skips real fenced and indented code", () => {
    expect(markdownProblem("```\n" + "- ".repeat(20) + "a\n```\n")).toBeNull();
    expect(markdownProblem("- item\n\n```\n" + "- ".repeat(20) + "a\n```\n")).toBeNull();
    expect(markdownProblem("para\n\n    " + "- ".repeat(20) + "a\n")).toBeNull();
  });
});

describe("scanMarkdown counts", () => {
  it("every list item a line is inside", () => {
    expect(scanMarkdown("- a\n  - b\n    - c\nlazy\n").itemLines).toBe(1 + 2 + 3 + 3);
    expect(scanMarkdown("- - - a\n- b\n").itemLines).toBe(3 + 1);
  });

  it("the tokens that split a paragraph's text, times the pieces of text they may split it into", () => {
    // Three `[` (splits); three words and three `!` (other places a piece of text may end).
    expect(scanMarkdown("a![)a![)a![)").splitWork).toBe(3 * (3 + 6));
    // The line ending inside the paragraph is a split too; a blank line starts another paragraph.
    expect(scanMarkdown("[a\n[a\n\n[a").splitWork).toBe(3 * (3 + 2) + 1 * (1 + 1));
    // Each list item's text is its own paragraph, whatever is around it.
    expect(scanMarkdown("- [a\n- [a\n").splitWork).toBe(2 * (1 + 1));
    // A number other than 1 cannot interrupt a paragraph, so it may be text continuing it.
    expect(scanMarkdown("[a\n2. [a\n").splitWork).toBe(3 * (3 + 2));
  });
});

// --- Generated pathological Markdown up to the size limit -------------------------------------------

// One unit repeated (or a few mixed) to any length up to BODY_MAX: where the parser is slow.
const upToLimit = (unit: fc.Arbitrary<string>) =>
  fc
    .tuple(unit, fc.integer({ min: 1, max: BODY_MAX }))
    .map(([u, length]) => (u.length === 0 ? "a" : u.repeat(Math.ceil(length / u.length)).slice(0, length)));

const prefix = fc
  .array(fc.constantFrom("- ", "* ", "1. ", "> ", ">", "  ", "   ", "\t", "- [ ] "), { maxLength: 14 })
  .map((p) => p.join(""));
const nestedLines = fc
  .array(fc.tuple(prefix, fc.constantFrom("a", "b c", "", "*x*", "[y](z)")), { minLength: 1, maxLength: 8 })
  .map((lines) => lines.map(([p, text]) => p + text + "\n").join(""));
const emphasis = fc
  .array(fc.constantFrom("*", "_", "~", "**", "__", "~~", "a", " ", "*a", "_a", "a*", ".", "!", "\n"), {
    minLength: 1,
    maxLength: 8,
  })
  .map((p) => p.join(""));
const brackets = fc
  .array(fc.constantFrom("[", "]", "![", "](", "(", ")", "a", " ", "[a]", "[^1]", "\n", "<", "][", "]:"), {
    minLength: 1,
    maxLength: 8,
  })
  .map((p) => p.join(""));
const linkFlood = fc.constantFrom(
  "[a](b) ",
  "![a](https://x.y/p.png) ",
  "http://x.y ",
  "www.x.y ",
  "a@b.co ",
  "<http://x.y> ",
  "[a]\n\n[a]: /u\n",
  "[^1] ",
);
const table = fc
  .tuple(fc.integer({ min: 1, max: 80 }), fc.constantFrom("x", "", "| y |", "a|b|c"))
  .map(([columns, row]) => `${"|a".repeat(columns)}|\n${"|-".repeat(columns)}|\n${`${row}\n`.repeat(2000)}`);
const backticks = fc
  .array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 8 })
  .map((runs) => runs.map((n) => "`".repeat(n) + "a").join(" "));
const blocks = fc
  .array(
    fc.constantFrom(
      "a\n",
      "\n",
      "# a\n",
      "a\n===\n",
      "---\n",
      "> a\n",
      "- a\n",
      "1. a\n",
      "    a\n",
      "```\n",
      "<div>\n",
      "<!--\n",
      "| a |\n|-|\n",
      "\\\n",
      "&amp;",
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((p) => p.join(""));
const mixture = fc
  .array(fc.constantFrom(...PIECES, "**", "~~", "`x`", "&amp;", "\\*", "| a | b |\n|---|---|\n"), {
    minLength: 1,
    maxLength: 12,
  })
  .map((p) => p.join(""));
// Text: every word start tries an autolink, every tab splits the text into columns.
const text = fc
  .array(fc.constantFrom("a", "w", "h", "x1", " ", "  ", "\t", ".", ",", "@", "_", "-", "é", "/", ":"), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join(""));

const pathological = fc.oneof(
  upToLimit(nestedLines),
  upToLimit(emphasis),
  upToLimit(brackets),
  upToLimit(linkFlood),
  table.map((t) => t.slice(0, BODY_MAX)),
  upToLimit(backticks),
  upToLimit(blocks),
  upToLimit(mixture),
  upToLimit(text),
);

describe("any input up to the size limit", () => {
  // At its longest accepted length a shape does the most work the estimate lets through; at the size
  // limit, where most shapes are refused, it shows what showing them as text costs.
  it.each(Object.entries(SHAPES))("stays within the bounds: %s", async (_, unit) => {
    for (const length of new Set([longestAccepted(unit), BODY_MAX]))
      if (length > 0) await expectWithinBounds(repeated(unit, length));
  });

  it("is refused, or accepted within the budget; either way the renderer's real work stays within the bounds", async () => {
    await fc.assert(fc.asyncProperty(pathological, expectWithinBounds), { numRuns: 60 });
  }, 300_000);

  // Short posts are where a few dear constructs weigh most per character. (An empty post is one blank line.)
  it(`is estimated at no more than ${ESTIMATE_PER_CHAR} a character (counting its end) when accepted`, () => {
    const shortPost = fc.oneof(
      smallDocument,
      indentedDocument,
      fc.array(fc.constantFrom(...PIECES, "[^", "]:", "\\", "&amp;", "!["), { maxLength: 4 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(shortPost, (source) => {
        if (markdownProblem(source) === null)
          expect(markdownWork(source), JSON.stringify(source)).toBeLessThanOrEqual(
            ESTIMATE_PER_CHAR * (source.length + 1),
          );
      }),
      { numRuns: 3000 },
    );
  });
});
