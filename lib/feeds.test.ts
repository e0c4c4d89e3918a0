import { CATEGORIES } from "./categories";
import { describe, expect, it } from "vitest";
import {
  ATOM_TYPE,
  SITE_FEEDS,
  SITEMAP_MAX_URLS,
  type FeedPost,
  type FeedThread,
  filedFeed,
  repliesFeed,
  siteOrigin,
  sitemapXml,
  storiesFeed,
  threadsFeed,
  xmlResponse,
} from "./feeds";
import { childNamed, childrenNamed, parseXml } from "./test/xml";

const ORIGIN = "https://mlpaths.example.org";
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));

function thread(id: number, title: string, extra: Partial<FeedThread> = {}): FeedThread {
  return {
    id,
    kind: "discussion",
    title,
    bodyHtml: `<p>Body of ${id}</p>`,
    createdAt: at(id),
    updatedAt: at(id),
    hiddenAt: null,
    deletedAt: null,
    author: { login: `member-${id}` },
    ...extra,
  };
}

function reply(id: number, extra: Partial<FeedPost> = {}): FeedPost {
  return {
    id,
    bodyHtml: `<p>Reply ${id}</p>`,
    createdAt: at(id),
    updatedAt: at(id),
    hiddenAt: null,
    deletedAt: null,
    author: { login: `replier-${id}` },
    ...extra,
  };
}

/** Each entry's XML, in order. */
const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
/** The text of an element in an entry, CDATA sections joined (the writer splits one around "]]>"). */
const cdata = (entry: string, tag: string) =>
  [...new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(entry)![1].matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)]
    .map((m) => m[1])
    .join("");
const decodeHtml = (html: string) =>
  html.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]!,
  );

describe("the discussions feed", () => {
  it("is Atom with one entry per discussion: title, absolute link, stable id, author, dates and the stored HTML", () => {
    const xml = threadsFeed(ORIGIN, [thread(2, "Second"), thread(1, "First")]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain(`<link rel="self" href="${ORIGIN}/feeds/threads.atom"/>`);
    expect(xml).toContain(`<link rel="alternate" href="${ORIGIN}/"/>`);
    const [second, first] = entries(xml);
    expect(first).toContain(`<link href="${ORIGIN}/threads/1-first"/>`);
    expect(first).toContain(`<id>${ORIGIN}/threads/1</id>`);
    expect(first).toContain(`<author>\n            <name>member-1</name>\n            <uri>${ORIGIN}/u/member-1</uri>`);
    expect(first).toContain(`<published>${at(1).toISOString()}</published>`);
    expect(first).toContain(`<updated>${at(1).toISOString()}</updated>`);
    expect(cdata(first, "content")).toBe("<p>Body of 1</p>");
    expect(cdata(second, "title")).toBe("Second");
  });

  it("escapes titles once, so a reader shows <, & and quotes as written and never as markup", () => {
    const title = `Is <script>alert("x")</script> & 'AI' ]]> hype?`;
    const xml = threadsFeed(ORIGIN, [thread(3, title)]);
    const [entry] = entries(xml);
    const raw = cdata(entry, "title");
    expect(raw).not.toContain("<script>");
    expect(raw).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;AI&#39;");
    expect(decodeHtml(raw)).toBe(title);
    expect(entry).toContain('<title type="html">');
    // The link is the canonical path, its slug made from the title.
    expect(entry).toContain(`<link href="${ORIGIN}/threads/3-is-script-alert-x-script-ai-hype"/>`);
  });

  it("keeps the stored HTML's meaning where it holds the CDATA terminator, however often", () => {
    const body = "<p>Arrays like a[b[0]]&gt; and ]]> too, ]]> twice &amp; <strong>bold</strong></p>";
    const feed = parseXml(threadsFeed(ORIGIN, [thread(4, "T", { bodyHtml: body })]));
    // "]]&gt;" is the same text to an HTML parser, and leaves none for the XML to trip on.
    expect(childNamed(childNamed(feed, "entry"), "content").text).toBe(
      "<p>Arrays like a[b[0]]&gt; and ]]&gt; too, ]]&gt; twice &amp; <strong>bold</strong></p>",
    );
  });

  it("leaves out hidden and deleted posts, text and title alike", () => {
    const xml = threadsFeed(ORIGIN, [
      thread(5, "Visible"),
      thread(6, "Hidden title", { hiddenAt: at(30), bodyHtml: "<p>secret spam</p>" }),
      thread(7, "Deleted title", { deletedAt: at(31), bodyHtml: "<p>regretted words</p>" }),
    ]);
    expect(entries(xml)).toHaveLength(1);
    for (const gone of ["Hidden title", "secret spam", "Deleted title", "regretted words"])
      expect(xml).not.toContain(gone);
  });

  it("says it was updated when its newest entry was, so the same rows give the same bytes", () => {
    const rows = [thread(8, "Old"), thread(9, "Edited later", { updatedAt: at(50) })];
    const xml = threadsFeed(ORIGIN, rows);
    expect(xml).toContain(`<updated>${at(50).toISOString()}</updated>`);
    expect(threadsFeed(ORIGIN, rows)).toBe(xml);
  });
});

describe("the stories feed", () => {
  it("links each story to its /stories/ address", () => {
    const xml = storiesFeed(ORIGIN, [thread(10, "From finance to ML", { kind: "story" })]);
    expect(xml).toContain(`<link rel="self" href="${ORIGIN}/feeds/stories.atom"/>`);
    expect(xml).toContain(`<link href="${ORIGIN}/stories/10-from-finance-to-ml"/>`);
    expect(xml).toContain(`<id>${ORIGIN}/stories/10</id>`);
  });
});

describe("a thread's replies feed", () => {
  const topic = { id: 20, kind: "discussion" as const, title: "Bootcamps & <degrees>", updatedAt: at(20) };

  it("links each reply to the thread page that shows it, and the feed to the thread", () => {
    const xml = repliesFeed(ORIGIN, topic, [reply(22), reply(21)]);
    expect(xml).toContain(`<link rel="self" href="${ORIGIN}/feeds/threads/20.atom"/>`);
    expect(xml).toContain(`<link rel="alternate" href="${ORIGIN}/threads/20-bootcamps-degrees"/>`);
    expect(xml).toContain("<title>Replies to “Bootcamps &amp; &lt;degrees&gt;” · MLPaths</title>");
    const [newest] = entries(xml);
    expect(newest).toContain(`<link href="${ORIGIN}/threads/20-bootcamps-degrees?before=23#reply-22"/>`);
    expect(newest).toContain(`<id>${ORIGIN}/threads/20#reply-22</id>`);
    expect(newest).toContain("<name>replier-22</name>");
    expect(decodeHtml(cdata(newest, "title"))).toBe("Re: Bootcamps & <degrees>");
  });

  it("for a story, links to the story's page", () => {
    const xml = repliesFeed(ORIGIN, { ...topic, kind: "story" }, [reply(23)]);
    expect(xml).toContain(`<link href="${ORIGIN}/stories/20-bootcamps-degrees?before=24#reply-23"/>`);
  });

  it("leaves out hidden and deleted replies", () => {
    const xml = repliesFeed(ORIGIN, topic, [
      reply(24),
      reply(25, { hiddenAt: at(40), bodyHtml: "<p>abuse</p>" }),
      reply(26, { deletedAt: at(41), bodyHtml: "<p>oops</p>" }),
    ]);
    expect(entries(xml)).toHaveLength(1);
    expect(xml).not.toContain("abuse");
    expect(xml).not.toContain("oops");
  });

  it("with no replies yet, is a valid empty feed updated when the thread was", () => {
    const xml = repliesFeed(ORIGIN, topic, []);
    expect(entries(xml)).toEqual([]);
    expect(xml).toContain(`<updated>${at(20).toISOString()}</updated>`);
  });
});

describe("every feed, whatever its posts, titles and names hold", () => {
  // What XML 1.0 forbids even as a character reference: C0 controls but tab and line breaks, U+FFFE,
  // U+FFFF, and lone surrogates (here a low one, then a high one with no low one after it).
  const FORBIDDEN = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDC00\uD800";
  const withForbidden = (text: string) => text.slice(0, 3) + FORBIDDEN + text.slice(3);
  // Text at its worst: the CDATA terminator twice (the feed package splits only the first), markup,
  // an entity written out, quotes, an emoji, a direction override, and length.
  const worst = (name: string) =>
    `${name} ]]> <script>alert("x")</script> & &amp; "double" 'single' ]]> 😀 \u202Eevil ${"long ".repeat(2_000)}`;
  // Sanitized HTML can hold "]]>" in text and in attribute values.
  const html = `<p>]]> and ]]> again, &amp; &lt;script&gt; <a href="https://example.org/a%5D%5D%3E" title="t]]>t">link</a> 😀 \u202Eevil</p>\n<pre><code>]]>]]>\t${"x".repeat(10_000)}</code></pre>`;

  const post = (id: number) =>
    thread(id, withForbidden(worst("Title")), {
      bodyHtml: withForbidden(html),
      author: { login: withForbidden(worst("login")) },
    });
  const threads = [post(2), post(1)];
  const topic = { id: 30, kind: "discussion" as const, title: withForbidden(worst("Topic")), updatedAt: at(30) };
  const replies = [2, 1].map((id) =>
    reply(id, { bodyHtml: withForbidden(html), author: { login: withForbidden(worst("login")) } }),
  );
  const filed = {
    self: "/c/off-topic/feed.atom",
    page: "/c/off-topic",
    title: withForbidden(worst("Category")),
    subtitle: withForbidden(worst("About")),
  };

  it.each([
    {
      feed: "threadsFeed",
      xml: () => threadsFeed(ORIGIN, threads),
      title: SITE_FEEDS[0].title,
      subtitle: "New discussions on MLPaths.",
      entryTitle: worst("Title"),
    },
    {
      feed: "storiesFeed",
      xml: () => storiesFeed(ORIGIN, threads),
      title: SITE_FEEDS[1].title,
      subtitle: "How people got machine-learning jobs, told on MLPaths.",
      entryTitle: worst("Title"),
    },
    {
      feed: "repliesFeed",
      xml: () => repliesFeed(ORIGIN, topic, replies),
      title: `Replies to “${worst("Topic")}” · MLPaths`,
      subtitle: `New replies to “${worst("Topic")}” on MLPaths.`,
      entryTitle: `Re: ${worst("Topic")}`,
    },
    {
      feed: "filedFeed",
      xml: () => filedFeed(ORIGIN, filed, threads),
      title: worst("Category"),
      subtitle: worst("About"),
      entryTitle: worst("Title"),
    },
  ])(
    "$feed is well-formed XML that says every field as written, less what XML cannot hold",
    ({ xml, title, subtitle, entryTitle }) => {
      const feed = parseXml(xml());
      expect(childNamed(feed, "title").text).toBe(title);
      expect(childNamed(feed, "subtitle").text).toBe(subtitle);
      const items = childrenNamed(feed, "entry");
      expect(items).toHaveLength(2);
      for (const entry of items) {
        expect(decodeHtml(childNamed(entry, "title").text)).toBe(entryTitle);
        expect(childNamed(entry, "content").text).toBe(html.replaceAll("]]>", "]]&gt;"));
        expect(childNamed(childNamed(entry, "author"), "name").text).toBe(worst("login"));
      }
    },
  );
});

describe("the site's origin", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("is AUTH_URL's origin when it is set, whatever the request says", () => {
    expect(siteOrigin("https://mlpaths.example.org/some/path", headers({ host: "evil.example" }))).toBe(ORIGIN);
  });

  it("is the address the request came to otherwise (Next sets the forwarded headers)", () => {
    expect(
      siteOrigin(
        undefined,
        headers({ "x-forwarded-host": "localhost:3100", "x-forwarded-proto": "http", host: "127.0.0.1:3100" }),
      ),
    ).toBe("http://localhost:3100");
    expect(siteOrigin("", headers({ "x-forwarded-host": "forum.example", "x-forwarded-proto": "https,http" }))).toBe(
      "https://forum.example",
    );
    expect(siteOrigin(undefined, headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("never takes a path, credentials or junk from a Host header into every link", () => {
    for (const host of ["evil.example/phish", "user@evil.example", "evil.example:80/x", "a b", "%2F"]) {
      expect(siteOrigin(undefined, headers({ host }))).toBe("http://localhost");
    }
    expect(siteOrigin("not a url", headers({ host: "ok.example" }))).toBe("http://ok.example");
  });
});

describe("the sitemap", () => {
  const post = (id: number, title: string, kind: "discussion" | "story" = "discussion") => ({
    id,
    title,
    kind,
    lastActivityAt: at(id),
  });

  it("lists the public pages, then each post by its canonical URL with its last activity", () => {
    const xml = sitemapXml(ORIGIN, [post(2, "Hiring & <ML>"), post(1, "A story", "story")]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/stories`,
      `${ORIGIN}/stories/insights`,
      `${ORIGIN}/stories/map`,
      `${ORIGIN}/moderation`,
      // The category index and each category's page.
      `${ORIGIN}/c`,
      ...CATEGORIES.map((c) => `${ORIGIN}/c/${c.slug}`),
      `${ORIGIN}/threads/2-hiring-ml`,
      `${ORIGIN}/stories/1-a-story`,
    ]);
    expect(xml).toContain(
      `<url><loc>${ORIGIN}/threads/2-hiring-ml</loc><lastmod>${at(2).toISOString()}</lastmod></url>`,
    );
  });

  it("escapes what it writes and never holds more than one sitemap's 50,000 URLs", () => {
    expect(sitemapXml("http://a.example", [])).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    const many = Array.from({ length: SITEMAP_MAX_URLS + 10 }, (_, i) => post(i + 1, "p"));
    expect(sitemapXml(ORIGIN, many).match(/<url>/g)).toHaveLength(SITEMAP_MAX_URLS);
  });
});

describe("responses", () => {
  it("serve a feed as Atom and a missing one as a plain 404", async () => {
    const ok = xmlResponse("<feed/>", ATOM_TYPE);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(ok.headers.get("cache-control")).toBe("s-maxage=60, stale-while-revalidate=86340");
    const missing = xmlResponse(null, ATOM_TYPE);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("Not found\n");
  });
});
