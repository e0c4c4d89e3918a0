// Public list URLs keep their query strings: links, GET forms and shared addresses use them. A page
// cached whole can only be keyed by its path, so proxy.ts turns each known query, checked and in a
// fixed order, into one path segment (a "view"), and the page reads it back through the same
// functions. Junk never reaches a page: it can neither fail a render nor fill the cache with copies.
import { encodeNumberCursor } from "./cursor";
import { STORY_CATEGORY, categoryBySlug } from "../categories";
import { isTag } from "../tags";
import { DEFAULT_THREAD_SORT, decodeThreadCursor, parseThreadSort } from "./thread-sorts";
import { parseThreadFilter } from "./thread-filters";
import { FILTERS, decodeStoryCursor, parseStoryFilters, parseStorySort } from "../stories/story-filters";
import { parseId, parseThreadParam } from "../ids";
import { searchQuery, searchView } from "./search-query";
import { ALL_VIEW, type Normalize, one, toQuery } from "./query-params";

/** What generateStaticParams hands `next build`: a view every page refuses before reading anything. */
export const BUILD_PLACEHOLDER = "-";

/**
 * `?sort=new&after=<cursor>` on a thread list (the home page, a category's, a tag's): its order
 * (lib/urls/thread-sorts.ts; the default, "active", is no parameter) and the page after a cursor.
 */
export const threadListQuery: Normalize = (query) => {
  const sort = parseThreadSort(one(query, "sort"));
  const cursor = decodeThreadCursor(one(query, "after"), sort);
  return toQuery([
    ["sort", sort === DEFAULT_THREAD_SORT ? undefined : sort],
    ["after", cursor ? encodeNumberCursor(cursor) : undefined],
  ]);
};

/**
 * `?filter=unanswered&sort=new&after=<cursor>` on the home page and category pages: the tag pages'
 * query and a filter (lib/urls/thread-filters.ts; none is no parameter).
 */
export const filterableListQuery: Normalize = (query) => {
  const filter = parseThreadFilter(one(query, "filter"));
  const rest = threadListQuery(query);
  return toQuery([["filter", filter ?? undefined], ...new URLSearchParams(rest)]);
};

/** `/?filter=unanswered&sort=new&after=<cursor>`: the discussions in an order, older pages. */
export const homeQuery: Normalize = filterableListQuery;

/** `?after=<reply id>` or `?before=<reply id>` on a thread or a story: one page of its replies. */
export const repliesQuery: Normalize = (query) => {
  const after = parseId(one(query, "after"));
  if (after !== null) return toQuery([["after", String(after)]]);
  const before = parseId(one(query, "before"));
  return toQuery([["before", before === null ? undefined : String(before)]]);
};

/** `/stories?education=…&role=…&field=…&time=…&how=…&sort=…&after=…`, known values only. */
export const storiesQuery: Normalize = (query) => {
  const given = Object.fromEntries([...query.keys()].map((key) => [key, one(query, key)]));
  const filters = parseStoryFilters(given);
  const sort = parseStorySort(given);
  const cursor = decodeStoryCursor(given.after, sort);
  return toQuery([
    ...FILTERS.map((f): [string, string | undefined] => [f.name, filters[f.name]]),
    ["sort", sort === "newest" ? undefined : sort],
    ["after", cursor ? encodeNumberCursor(cursor) : undefined],
  ]);
};

/** `/stories/map?education=…&role=…&field=…&time=…&how=…`: the story list's filters, without its order or pages. */
export const mapQuery: Normalize = (query) => {
  const filters = parseStoryFilters(Object.fromEntries([...query.keys()].map((key) => [key, one(query, key)])));
  return toQuery(FILTERS.map((f): [string, string | undefined] => [f.name, filters[f.name]]));
};

/** `/stories/like-mine?education=…&field=…`. */
export const likeMineQuery: Normalize = (query) => {
  const { education, field } = parseStoryFilters({ education: one(query, "education"), field: one(query, "field") });
  return toQuery([
    ["education", education],
    ["field", field],
  ]);
};

/**
 * The path segment for a normalised query: `education=no-degree&sort=helpful` → `education_no-degree~sort_helpful`.
 * Only characters a URL never escapes, so the segment reaches the page exactly as proxy.ts wrote it
 * (normalised values are slugs, digits and dots).
 */
export function viewOf(query: string): string {
  const pairs = [...new URLSearchParams(query)].map(([key, value]) => `${key}_${value}`);
  return pairs.length > 0 ? pairs.join("~") : ALL_VIEW;
}

/** The query a page's view stands for, or null when the view is not one proxy.ts would produce. */
export function readView(view: string, normalize: Normalize): URLSearchParams | null {
  if (view === ALL_VIEW) return new URLSearchParams();
  const query = new URLSearchParams(
    view.split("~").map((pair): [string, string] => {
      const at = pair.indexOf("_");
      return at > 0 ? [pair.slice(0, at), pair.slice(at + 1)] : [pair, ""];
    }),
  );
  const normal = normalize(query);
  return normal !== "" && viewOf(normal) === view ? new URLSearchParams(normal) : null;
}

/**
 * `view` turns the normalised query into the path segment when viewOf cannot (free text: search).
 */
type ListRoute = { normalize: Normalize; internal: (view: string) => string | null; view?: (query: string) => string };

/** The list page a public path names, with the internal path of each of its views; null for any other path. */
export function listRoute(pathname: string): ListRoute | null {
  if (pathname === "/") return { normalize: homeQuery, internal: (view) => `/home/${view}` };
  if (pathname === "/stories") return { normalize: storiesQuery, internal: (view) => `/stories/list/${view}` };
  if (pathname === "/stories/map") return { normalize: mapQuery, internal: (view) => `/stories/map/${view}` };
  if (pathname === "/search")
    return {
      normalize: searchQuery,
      view: searchView,
      internal: (view) => (view === ALL_VIEW ? null : `/search/${view}`),
    };
  if (pathname === "/stories/like-mine") {
    // The empty form needs no data: it is a static page of its own.
    return { normalize: likeMineQuery, internal: (view) => (view === ALL_VIEW ? null : `/stories/like-mine/${view}`) };
  }
  // A category's or a tag's threads; the first page in the default order is the page itself.
  const filed = /^\/(c|tags)\/([^/]+)$/.exec(pathname);
  if (filed && (filed[1] === "c" ? categoryBySlug(filed[2]) !== null : isTag(filed[2]))) {
    return {
      // Success stories holds stories only: nothing there is answered or not.
      normalize: filed[1] === "c" && filed[2] !== STORY_CATEGORY ? filterableListQuery : threadListQuery,
      internal: (view) => (view === ALL_VIEW ? null : `${pathname}/view/${view}`),
    };
  }
  const page = /^\/(?:threads|stories)\/([^/]+)$/.exec(pathname);
  if (page && parseThreadParam(page[1]) !== null) {
    return { normalize: repliesQuery, internal: (view) => (view === ALL_VIEW ? null : `${pathname}/replies/${view}`) };
  }
  return null;
}

/** Whether two queries hold the same parameters, in any order. */
export function sameQuery(a: URLSearchParams, b: URLSearchParams): boolean {
  const sorted = (q: URLSearchParams) =>
    [...q]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join("&");
  return sorted(a) === sorted(b);
}
