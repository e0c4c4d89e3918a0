// Bad input of every shape through the Markdown renderer: whatever comes in, the HTML that comes out
// is safe to inject, shows images only from the allowed hosts, and is produced in bounded time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { imageHosts } from "./image-hosts";
import { BODY_MAX } from "../limits/limits";
import { cook, markdownProblem } from "./markdown";

// --- Reading the output as a browser would ---------------------------------------------------------
// No HTML parser (parse5, hast-util-from-html) is installed, and the output needs none: the serializer
// (hast-util-to-html) writes a regular subset of HTML, which this reader accepts and nothing else.
// Every `<` must open or close a tag whose name and attributes are delimited as the HTML tokenizer
// delimits them (HTML whitespace only, values in double quotes); a comment, doctype, stray `<` or
// unquoted value throws and fails the property rather than being skipped. On that subset the browser
// reads the same tags and attributes, and decodes the same character references, as this does.

type Tag = { name: string; closing: boolean; attrs: Map<string, string> };

const WS = "[\\t\\n\\f\\r ]";
const TAG_AT = new RegExp(
  `<(/?)([A-Za-z][A-Za-z0-9-]*)((?:${WS}+[^\\t\\n\\f\\r "'<>/=]+(?:="[^"]*")?)*)${WS}*/?>`,
  "y",
);
const ATTR = new RegExp(`${WS}+([^\\t\\n\\f\\r "'<>/=]+)(?:="([^"]*)")?`, "g");

function decodeReferences(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (all, ref: string) => {
    if (ref[0] !== "#") {
      if (ref in named) return named[ref];
      throw new Error(`unexpected named reference ${all}`);
    }
    const hex = ref[1] === "x" || ref[1] === "X";
    return String.fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i)) {
    TAG_AT.lastIndex = i;
    const m = TAG_AT.exec(html);
    if (!m) throw new Error(`unreadable markup at ${i}: ${JSON.stringify(html.slice(i, i + 40))}`);
    const attrs = new Map<string, string>();
    for (const a of m[3].matchAll(ATTR)) {
      const name = a[1].toLowerCase();
      if (attrs.has(name)) throw new Error(`attribute ${name} twice in ${m[0]}`);
      attrs.set(name, decodeReferences(a[2] ?? ""));
    }
    tags.push({ name: m[2].toLowerCase(), closing: m[1] === "/", attrs });
    i += m[0].length;
  }
  return tags;
}

// What Markdown can produce, and nothing else: anything more means raw input got through.
const ELEMENTS = new Set([
  "p",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "em",
  "strong",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "input",
  "a",
  "img",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "section",
  "sup",
]);
const ATTRIBUTES = new Set([
  "href",
  "src",
  "alt",
  "title",
  "rel",
  "id",
  "class",
  "align",
  "start",
  "type",
  "checked",
  "disabled",
  "loading",
  "referrerpolicy",
  "aria-describedby",
  "aria-label",
  "data-footnote-ref",
  "data-footnote-backref",
  "data-footnotes",
]);
const NEVER = [
  "script",
  "iframe",
  "object",
  "embed",
  "style",
  "form",
  "svg",
  "math",
  "base",
  "meta",
  "link",
  "template",
];

// The URL a browser would use: it trims the attribute, drops tabs and newlines, folds the scheme's
// case and resolves a relative URL against the page. One it cannot parse, it cannot load either.
const PAGE = "https://forum.example/t/1";
const resolved = (url: string) => (URL.canParse(url, PAGE) ? new URL(url, PAGE) : null);

/** Every reason `html` would be unsafe to inject, or would load an image from elsewhere; empty if none. */
function violations(html: string): string[] {
  const found: string[] = [];
  const hosts = new Set(imageHosts());
  for (const tag of readTags(html)) {
    if (NEVER.includes(tag.name) || !ELEMENTS.has(tag.name)) found.push(`<${tag.name}>`);
    if (tag.closing) continue;
    for (const [name, value] of tag.attrs) {
      if (name.startsWith("on") || !ATTRIBUTES.has(name)) found.push(`${name} on <${tag.name}>`);
      if (name === "href") {
        const scheme = resolved(value)?.protocol;
        if (scheme && !["http:", "https:", "mailto:"].includes(scheme)) found.push(`href=${JSON.stringify(value)}`);
      }
    }
    if (tag.name === "img") {
      // Absolute: the same URL whatever page it is on (not `//host/…`, nor `https:x`, which a page
      // served over https reads as relative).
      const raw = tag.attrs.get("src") ?? "";
      const src = URL.canParse(raw) ? new URL(raw) : null;
      const absolute = src !== null && src.href === resolved(raw)?.href;
      if (!absolute || src.protocol !== "https:" || src.port !== "" || !hosts.has(src.hostname))
        found.push(`image from ${raw}`);
      if (tag.attrs.get("loading") !== "lazy" || tag.attrs.get("referrerpolicy") !== "no-referrer")
        found.push("image sends a referrer");
    }
    const href = tag.attrs.get("href");
    if (
      tag.name === "a" &&
      href &&
      /^[\t\n\f\r ]*(https?:|\/\/)/i.test(href) &&
      tag.attrs.get("rel") !== "nofollow ugc noopener"
    ) {
      found.push(`external link without rel: ${href}`);
    }
  }
  return found;
}

describe("the output reader", () => {
  it.each([
    [
      '<p><img src="https://i.imgur.com/x.png" loading="lazy" referrerpolicy="no-referrer" onerror="alert(1)"></p>',
      "onerror",
    ],
    ["<script>alert(1)</script>", "<script>"],
    ['<a href="&#x6A;ava&#x09;script:alert(1)">x</a>', "href"],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', "href"],
    ['<a href="https://x.example">x</a>', "rel"],
    ['<img src="//i.imgur.com/x.png" loading="lazy" referrerpolicy="no-referrer">', "image from"],
    ['<img src="https:x.png" loading="lazy" referrerpolicy="no-referrer">', "image from"],
    ['<img src="https://tracker.example/x.png" loading="lazy" referrerpolicy="no-referrer">', "image from"],
    ['<img src="https://i.imgur.com/x.png">', "referrer"],
    ['<p style="color:red">x</p>', "style"],
    ["<marquee>x</marquee>", "<marquee>"],
  ])("flags %s", (html, expected) => {
    expect(violations(html).join("\n")).toContain(expected);
  });

  it("throws on markup it cannot read instead of skipping it", () => {
    for (const html of ["<!-- x -->", "<p a='b'>x</p>", "<p a=b>x</p>", "a < b", '<p\u00a0onclick="x">'])
      expect(() => readTags(html)).toThrow();
  });
});

// --- Generated bad input ---------------------------------------------------------------------------

const URLS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;&#x61;vascript:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "java\tscript:alert(1)",
  "java&Tab;script:alert(1)",
  "javascript&colon;alert(1)",
  " javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "<javascript:alert(1)>",
  "%6Aavascript:alert(1)",
  "\uFF4Aavascript:alert(1)",
  "javascript://%0Aalert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "data:image/png;base64,iVBORw0KGgo=",
  "file:///etc/passwd",
  "http://tracker.example/p.png",
  "https://tracker.example/p.png",
  "//tracker.example/p.png",
  "//i.imgur.com/p.png",
  "https://i.imgur.com/p.png",
  "HTTPS://I.IMGUR.COM/p.png",
  "https:i.imgur.com/p.png",
  "https://i.imgur.com.tracker.example/p.png",
  "https://i.imgur.com@tracker.example/p.png",
  "https://i.imgur.com:444/p.png",
  "https://i.imgur.com\\@tracker.example/",
  "https://user:pw@i.imgur.com/p.png",
  "http://i.imgur.com/p.png",
  "/uploads/p.png",
  "p.png",
  "#fn-1",
  "?x=1",
  "mailto:a@b.example",
  "<https://i.imgur.com/p.png>",
  'https://i.imgur.com/p.png "t\\" onerror=\\"alert(1)"',
];
const url = fc.oneof(
  fc.constantFrom(...URLS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 30 }),
);

const FRAGMENTS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//tracker.example/x.js>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=https://tracker.example>",
  "<style>*{}</style>",
  "<object data=x>",
  "<embed src=x>",
  "<form action=x>",
  "<a href=javascript:x>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  '"',
  "'",
  "`",
  "onerror=alert(1)",
  "&lt;",
  "&#60;",
  "&#x3C;script&#x3E;",
  "&amp;",
  "&",
  "<",
  ">",
  "\\",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u2069",
  "\u061c",
  "\ufeff",
  "\u2028",
  "\ud800",
  "\udfff",
  "😀",
];
const SYNTAX = [
  "\n",
  "\n\n",
  " ",
  "    ",
  "\t",
  "- ",
  "* ",
  "1. ",
  "> ",
  "# ",
  "## ",
  "```",
  "~~~",
  "`",
  "*",
  "**",
  "_",
  "__",
  "~~",
  "[",
  "]",
  "(",
  ")",
  "![",
  "](",
  "]:",
  "[^1]",
  "[^1]: ",
  "| a | b |\n|---|---|\n",
  "|",
  "---\n",
  "===\n",
  "- [ ] ",
  "- [x] ",
  "www.",
  "@example.com",
  "text",
];

// A link, image, autolink or definition around one of the URLs above.
const linkish = fc
  .tuple(
    fc.constantFrom(
      "[t](U)",
      "![t](U)",
      "![](U)",
      "[![t](U)](U)",
      "<U>",
      "U",
      "[t][r]\n\n[r]: U\n",
      "![t][r]\n\n[r]: U\n",
      "[t](<U>)",
      '![t](U "title")',
    ),
    url,
  )
  .map(([shape, u]) => shape.replaceAll("U", u));
const nested = fc
  .tuple(
    fc.constantFrom("> ", "- ", "1. ", "* ", ">", "  - "),
    fc.integer({ min: 1, max: 14 }),
    fc.constantFrom("", "*", "**", "_", "~~", "[", "!["),
  )
  .map(([marker, depth, em]) => `${marker.repeat(depth)}${em.repeat(depth)}x${em.repeat(depth)}\n`);
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 3, arbitrary: linkish },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);
const hostile = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

// Any UTF-16, lone surrogates included, as a form field may carry.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
);

// Hostile pieces among prose, repeated up to the size limit, where slowness would show. The prose
// keeps about half of them within the Markdown bounds, so they reach the parser rather than being
// shown as text at once.
const PROSE =
  "I moved from analytics into ML engineering over eighteen months, mostly evenings, with two finished projects. ";
const upToLimit = fc
  .tuple(
    fc.array(piece, { minLength: 1, maxLength: 12 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 1, max: BODY_MAX }),
  )
  .map(([parts, prose, length]) => {
    const unit = parts.join("") + PROSE.repeat(prose) || "a";
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

// Milliseconds `run` takes, best of up to three tries: on a shared machine one try can wait for a
// core, while a slow input is slow every time.
function bestTime(run: () => unknown, bound: number): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= bound / 2; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function assertSafe(source: string): void {
  const { html, links, images } = cook(source);
  expect(violations(html), html).toEqual([]);
  // The counts never miss what a reader is shown: every image, and every link out of the post
  // (an image from elsewhere is shown as a link). Mentions link to profiles on this site and are not counted.
  const tags = readTags(html).filter((t) => !t.closing);
  expect(tags.filter((t) => t.name === "img").length).toBeLessThanOrEqual(images);
  const out = (href: string) => !href.startsWith("#") && !href.startsWith("/u/");
  expect(
    tags.filter((t) => t.name === "a" && t.attrs.has("href") && out(t.attrs.get("href")!)).length,
  ).toBeLessThanOrEqual(links + images);
}

describe("cook on bad input", () => {
  it("gives safe HTML for any string", () => {
    fc.assert(fc.property(anyString, assertSafe), { numRuns: 300 });
  });

  it("gives safe HTML for XSS payloads, hostile URLs, control and bidi characters mixed into Markdown", () => {
    fc.assert(fc.property(hostile, assertSafe), { numRuns: 1000 });
  });

  // Code shows them as written; nowhere else may one turn text around, in the page or in what search quotes.
  it("leaves no direction control outside code, in the HTML (attributes included) or the plain text", () => {
    const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/;
    fc.assert(
      fc.property(hostile, (source) => {
        const { html, text } = cook(source);
        expect(html.replace(/<code\b[^>]*>[^<]*<\/code>/g, ""), html).not.toMatch(DIRECTION);
        expect(text).not.toMatch(DIRECTION);
      }),
      { numRuns: 500 },
    );
  });

  // A bound that cannot flake: a 20,000-character post renders in tens of milliseconds (about 130 at
  // worst here, under Vitest's slower development build of the parser), while the inputs the Markdown
  // bounds guard against took seconds to minutes.
  it("renders any input up to the size limit in under a second", () => {
    let parsed = 0;
    fc.assert(
      fc.property(upToLimit, (source) => {
        if (markdownProblem(source) === null) parsed++;
        const ms = bestTime(() => cook(source), 1000);
        expect(ms, `${source.length} chars starting ${JSON.stringify(source.slice(0, 60))}`).toBeLessThan(1000);
        assertSafe(source);
      }),
      { numRuns: 60 },
    );
    // Most inputs past the bounds are shown as text at once; enough must reach the parser to test it.
    expect(parsed).toBeGreaterThanOrEqual(10);
  });
});
