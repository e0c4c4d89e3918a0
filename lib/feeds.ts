// What the site says to feed readers and crawlers: Atom feeds (built with the `feed` package) and the
// sitemap, from plain rows. Post text is the sanitized HTML stored at write time (lib/markdown/markdown.ts):
// nothing here renders Markdown. Every link is absolute, because a feed is read away from the site.
import { Feed } from "feed";
import { profilePath, replyPath, threadPath } from "./urls/paths";
import { CATEGORIES, categoryPath } from "./categories";

/** Entries per feed: readers keep what they have seen, so a poll needs only what is new. */
export const FEED_ENTRIES = 30;
/** The sitemap protocol's limit for one file. */
export const SITEMAP_MAX_URLS = 50_000;
/** The public pages that are not posts, listed first in the sitemap. */
export const SITEMAP_PAGES: readonly string[] = [
  "/",
  "/stories",
  "/stories/insights",
  "/stories/map",
  "/moderation",
  "/c",
  ...CATEGORIES.map(categoryPath),
];
export const ATOM_TYPE = "application/atom+xml; charset=utf-8";
export const SITEMAP_TYPE = "application/xml; charset=utf-8";
/**
 * What Next sends with a page under the "page" cache profile (next.config.mjs: revalidate 60, expire a
 * day), so a shared cache in front of the site holds a feed no longer than the page it mirrors.
 */
export const SHARED_CACHE_CONTROL = "s-maxage=60, stale-while-revalidate=86340";

/**
 * Feed discovery for pages' metadata (`alternates.types["application/atom+xml"]`). Relative URLs: a
 * cached page is the same bytes for every host, and readers resolve them against the page.
 */
export const SITE_FEEDS: { url: string; title: string }[] = [
  { url: "/feeds/threads.atom", title: "MLPaths: new discussions" },
  { url: "/feeds/stories.atom", title: "MLPaths: new stories" },
];

export function repliesFeedLink(thread: { id: number; title: string }): { url: string; title: string } {
  return { url: `/feeds/threads/${thread.id}.atom`, title: `Replies to “${thread.title}”` };
}

type HeaderSource = { get(name: string): string | null };

/**
 * The origin for absolute links: AUTH_URL when it is set (the address people use, as for sign-in),
 * else the one this request came to. Next fills in x-forwarded-host and x-forwarded-proto for every
 * request; `request.url` would name the server's own listening address instead.
 */
export function siteOrigin(authUrl: string | undefined, headers: HeaderSource): string {
  for (const candidate of [authUrl, requestOrigin(headers)]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // a malformed setting or Host header: try the next one
    }
  }
  return "http://localhost";
}

function requestOrigin(headers: HeaderSource): string | null {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0].trim();
  // Only a plain host[:port]: anything else could smuggle a path or credentials into every link.
  if (!host || !/^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i.test(host)) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/** A post as the feeds need it. Hidden and deleted ones are dropped again here, whatever a query returned. */
export type FeedPost = {
  id: number;
  bodyHtml: string;
  createdAt: Date;
  updatedAt: Date;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  author: { login: string };
};
export type FeedThread = FeedPost & { title: string; kind: "discussion" | "story" };
type FeedTopic = { id: number; title: string; kind: "discussion" | "story"; updatedAt: Date };

type Entry = { id: string; title: string; link: string; post: FeedPost };
type Channel = { self: string; title: string; page: string; subtitle: string; updated: Date };

const visible = (post: FeedPost) => post.hiddenAt === null && post.deletedAt === null;

/** `/threads/12` or `/stories/12`: a post's address without its slug, so a retitled post keeps its entry id. */
const stablePath = (thread: { id: number; kind: "discussion" | "story" }) =>
  `/${thread.kind === "story" ? "stories" : "threads"}/${thread.id}`;

/**
 * The `feed` package writes entry titles as `type="html"`, so a reader would take `<b>` in a title as
 * markup: titles are plain text here and are escaped once before they go in.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// What XML 1.0 refuses even as a character reference: one of these anywhere makes a reader drop the
// whole feed. Under /u a surrogate pair is one character, so the range matches lone halves only.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

const xmlChars = (text: string) => text.replace(NOT_XML, "");

/**
 * For what the `feed` package writes as element text (the feed's title and subtitle, author names):
 * xml-js escapes it, but first turns each "&amp;" back into "&", so a title saying "&amp;" would say
 * "&". Each "&" doubled here comes out escaped once.
 */
const xmlText = (text: string) => xmlChars(text).replaceAll("&", "&amp;");

/**
 * For what it writes as CDATA (entry titles and content): xml-js splits the section around the first
 * "]]>" only, and a second one ends it there. In sanitized HTML "]]>" is text or an attribute value,
 * where "]]&gt;" is the same characters, and leaves nothing to split.
 */
const cdataHtml = (html: string) => xmlChars(html).replaceAll("]]>", "]]&gt;");

function atom(origin: string, channel: Channel, entries: Entry[]): string {
  const shown = entries.filter((e) => visible(e.post));
  const newest = Math.max(channel.updated.getTime(), ...shown.map((e) => e.post.updatedAt.getTime()));
  const feed = new Feed({
    id: xmlText(origin + channel.self),
    title: xmlText(channel.title),
    description: xmlText(channel.subtitle),
    link: origin + channel.page,
    feedLinks: { atom: origin + channel.self },
    // From the rows, never the clock: the same data gives the same bytes (the body is cached).
    updated: new Date(newest),
    generator: false,
  });
  for (const { id, title, link, post } of shown) {
    // Cleaned before its profile link is made too: encodeURIComponent throws on a lone surrogate.
    const login = xmlChars(post.author.login);
    feed.addItem({
      id: origin + id,
      title: cdataHtml(escapeHtml(title)),
      link: origin + link,
      date: post.updatedAt,
      published: post.createdAt,
      author: [{ name: xmlText(login), link: origin + profilePath(login) }],
      content: cdataHtml(post.bodyHtml),
    });
  }
  return feed.atom1();
}

const threadEntry = (thread: FeedThread): Entry => ({
  id: stablePath(thread),
  title: thread.title,
  link: threadPath(thread),
  post: thread,
});

/** The newest discussions, each with its opening post. */
export function threadsFeed(origin: string, threads: FeedThread[]): string {
  const channel = {
    self: SITE_FEEDS[0].url,
    title: SITE_FEEDS[0].title,
    page: "/",
    subtitle: "New discussions on MLPaths.",
    updated: new Date(0),
  };
  return atom(origin, channel, threads.map(threadEntry));
}

/** The newest career stories, each with its text. */
export function storiesFeed(origin: string, stories: FeedThread[]): string {
  const channel = {
    self: SITE_FEEDS[1].url,
    title: SITE_FEEDS[1].title,
    page: "/stories",
    subtitle: "How people got machine-learning jobs, told on MLPaths.",
    updated: new Date(0),
  };
  return atom(
    origin,
    channel,
    stories.map((s) => threadEntry({ ...s, kind: "story" })),
  );
}

/** The newest replies in one discussion or story, each linking to the page of the thread that shows it. */
export function repliesFeed(origin: string, thread: FeedTopic, replies: FeedPost[]): string {
  const channel = {
    self: repliesFeedLink(thread).url,
    title: `${repliesFeedLink(thread).title} · MLPaths`,
    page: threadPath(thread),
    subtitle: `New replies to “${thread.title}” on MLPaths.`,
    updated: thread.updatedAt,
  };
  const entries = replies.map((reply) => ({
    id: `${stablePath(thread)}#reply-${reply.id}`,
    title: `Re: ${thread.title}`,
    link: replyPath({ id: reply.id, thread }),
    post: reply,
  }));
  return atom(origin, channel, entries);
}

/** The newest threads and stories of a category or a tag (server/reads/feeds.ts names the channel). */
export function filedFeed(
  origin: string,
  channel: { self: string; page: string; title: string; subtitle: string },
  threads: FeedThread[],
): string {
  return atom(origin, { ...channel, updated: new Date(0) }, threads.map(threadEntry));
}

export type SitemapPost = { id: number; title: string; kind: "discussion" | "story"; lastActivityAt: Date };

/**
 * The sitemap: the public pages, then posts by their canonical URL with their last activity, at most
 * SITEMAP_MAX_URLS in all. Written by hand: the format is two elements, and the file is a string
 * joined once rather than an object tree of up to 50,000 entries.
 */
export function sitemapXml(origin: string, posts: SitemapPost[]): string {
  const url = (path: string, at?: Date) =>
    `<url><loc>${escapeHtml(origin + path)}</loc>${at ? `<lastmod>${at.toISOString()}</lastmod>` : ""}</url>`;
  const lines = [
    ...SITEMAP_PAGES.map((path) => url(path)),
    ...posts
      .slice(0, SITEMAP_MAX_URLS - SITEMAP_PAGES.length)
      .map((post) => url(threadPath(post), post.lastActivityAt)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join("\n")}\n</urlset>\n`;
}

/** A feed or sitemap body, or the 404 for one that does not exist (unknown, hidden or deleted). */
export function xmlResponse(body: string | null, type: string): Response {
  if (body === null)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": type, "cache-control": SHARED_CACHE_CONTROL } });
}
