// Reading `/search?q=…&kind=…&<story filters>&page=…` into one checked request, the tidy form of that
// query, and the path segment of its cached page. Free text cannot be a readable path segment (any
// character may be in it), so the whole tidy query is carried base64url-encoded: proxy.ts rewrites
// `/search?q=gpu` to `/search/cT1ncHU`, and the page decodes it and checks it is tidy before reading.
//
// Filters apply to the thread a result is in (a reply counts by its thread's story facts). They are
// added in three places: a field of SearchRequest and its parsing in readSearch (here), its place in
// the tidy query (searchQuery), and its SQL condition (threadConditions in db/queries/search.ts).
import { z } from "zod";
import { cleanLine, visibleLength } from "../markdown/plain-text";
import { type CategorySlug, categoryBySlug } from "../categories";
import { FILTERS, parseStoryFilters, type StoryFilters } from "../stories/story-filters";
import { isTag, normalizeTag } from "../tags";
import { ALL_VIEW, one, toQuery, type Normalize } from "./query-params";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_SIZE = 20;
// Offset pages, capped: ranks are floats computed per query, so a keyset cursor would have to carry
// one and compare it exactly; and nobody reads past the first few pages of a search (the offset's
// cost grows with the page, and stops here).
export const SEARCH_MAX_PAGES = 10;

/**
 * How many of the newest matches of each table are ranked. Ranking every match read every matching
 * post (words in a quarter of a million posts took 3.5 to 6.3 s on the bench data); the newest N are
 * found by a walk down the primary key, which stops at N, when many posts match, and by the GIN index
 * when few do (db/queries/search.ts). Every page of a search ranks the same candidates, so pages neither overlap nor skip;
 * the last page reachable (SEARCH_MAX_PAGES) is well inside them.
 */
export const SEARCH_CANDIDATES = 500;

export const SEARCH_KINDS = [
  { slug: "discussion", label: "Discussions" },
  { slug: "story", label: "Stories" },
  { slug: "reply", label: "Replies" },
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number]["slug"];

const TOO_LONG = `A search can be at most ${SEARCH_QUERY_MAX} characters long: shorten it and try again.`;

/** The text searched for, as a form field: one line, at most SEARCH_QUERY_MAX characters. */
export const searchText = z
  .string()
  .transform((value) => cleanLine(value.normalize("NFC")))
  .pipe(z.string().max(SEARCH_QUERY_MAX, TOO_LONG));

/** `category` and `tag`, like the story facts, apply to the thread a result is in. */
export type SearchRequest = {
  q: string;
  kind: SearchKind | null;
  category: CategorySlug | null;
  tag: string | null;
  story: StoryFilters;
  page: number;
};

export type ReadSearch =
  { status: "empty" } | { status: "too-long"; message: string } | { status: "ok"; request: SearchRequest };

/** What a query asks for. Unknown or malformed values are dropped (a stale link still searches). */
export function readSearch(query: URLSearchParams): ReadSearch {
  const text = searchText.safeParse(one(query, "q") ?? "");
  if (!text.success) return { status: "too-long", message: text.error.issues[0].message };
  if (visibleLength(text.data) === 0) return { status: "empty" };
  const kindValue = one(query, "kind");
  const kind = SEARCH_KINDS.find((k) => k.slug === kindValue)?.slug ?? null;
  // A story's facts say nothing about a discussion: with kind=discussion they are dropped.
  const story =
    kind === "discussion"
      ? {}
      : parseStoryFilters(Object.fromEntries(FILTERS.map((f) => [f.name, one(query, f.name)])));
  const category = categoryBySlug(one(query, "category"))?.slug ?? null;
  const tagValue = normalizeTag(one(query, "tag") ?? "");
  const tag = tagValue && isTag(tagValue) ? tagValue : null;
  const pageValue = one(query, "page") ?? "";
  const page =
    /^\d{1,2}$/.test(pageValue) && Number(pageValue) >= 2 && Number(pageValue) <= SEARCH_MAX_PAGES
      ? Number(pageValue)
      : 1;
  return { status: "ok", request: { q: text.data, kind, category, tag, story, page } };
}

/** The public query string of a request, its parameters in a fixed order. */
export function searchHref(request: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const r = { ...request, ...changes };
  return `/search?${toQuery([
    ["q", r.q],
    ["kind", r.kind ?? undefined],
    ["category", r.category ?? undefined],
    ["tag", r.tag ?? undefined],
    ...FILTERS.map((f): [string, string | undefined] => [f.name, r.story[f.name]]),
    ["page", r.page > 1 ? String(r.page) : undefined],
  ])}`;
}

/**
 * The tidy form of a search query (proxy.ts redirects anything else to it): empty when there is no
 * text; a too-long text is kept as given (alone), so the page can say what is wrong with it.
 */
export const searchQuery: Normalize = (query) => {
  const read = readSearch(query);
  if (read.status === "empty") return "";
  if (read.status === "too-long") return toQuery([["q", cleanLine(one(query, "q") ?? "")]]);
  return searchHref(read.request).slice("/search?".length);
};

/** Every too-long query is one page (one cache entry), whatever its text. */
export const TOO_LONG_VIEW = "too-long";

/** The path segment of a tidy search query. */
export function searchView(query: string): string {
  if (query === "") return ALL_VIEW;
  const read = readSearch(new URLSearchParams(query));
  return read.status === "too-long" ? TOO_LONG_VIEW : Buffer.from(query, "utf8").toString("base64url");
}

/** What a page's segment asks for, or null when proxy.ts would never have written it (a 404). */
export function readSearchView(view: string): ReadSearch | null {
  if (view === TOO_LONG_VIEW) return { status: "too-long", message: TOO_LONG };
  // The longest tidy query: 200 characters of 4 UTF-8 bytes each, percent-encoded (2,400), plus the
  // filters; base64 makes that about 3,500.
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(view)) return null;
  const query = Buffer.from(view, "base64url").toString("utf8");
  const tidy = searchQuery(new URLSearchParams(query));
  if (tidy === "" || tidy !== query || searchView(tidy) !== view) return null;
  const read = readSearch(new URLSearchParams(tidy));
  return read.status === "ok" ? read : null;
}

// ts_headline marks matches with these: private-use characters, removed from the text before it is
// highlighted (db/queries/search.ts), so they cannot come from a post or a query.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A highlighted snippet as HTML: everything escaped first, then the markers (and only they) become
 * <mark> elements, always balanced, never nested. Nothing else in the output is markup.
 */
export function markedHtml(snippet: string): string {
  let open = false;
  let html = "";
  for (const char of snippet) {
    if (char === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (char === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else html += ESCAPES[char] ?? char;
  }
  return open ? `${html}</mark>` : html;
}
