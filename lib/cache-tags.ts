// The names of what a cached page shows, so a write can say exactly what it changed. Pages tag
// themselves with these (server/page-cache.ts); mutations return them; server/invalidate.ts applies them.
// A story is a thread of kind "story": its page, like a discussion's, is `thread:<id>`.
export const tags = {
  /** One thread's or story's page, every cursor page of its replies included. */
  thread: (id: number) => `thread:${id}`,
  /** A reply's edit page (its text shows on its thread's page, under the thread's tag). */
  reply: (id: number) => `reply:${id}`,
  /** A follow-up's edit page (its text shows on its story's page, under the story's thread tag). */
  followUp: (id: number) => `follow-up:${id}`,
  /** The discussion list on the home page. */
  threads: "threads",
  /** The story list with its filters and counts, the recent stories beside the discussions, paths like mine. */
  stories: "stories",
  /** The figures on the insights page and the path map. */
  insights: "insights",
  /** The public moderation log. */
  modlog: "modlog",
  /** A member's profile lists: their threads, replies and stories, and the helpful marks they received. */
  postsBy: (id: string) => `posts-by:${id}`,
  /** A profile address, found or not: a member who signs in with this login replaces a cached 404. */
  login: (login: string) => `login:${login.toLowerCase()}`,
  /** Wherever this member's login, name or picture shows. */
  member: (id: string) => `member:${id}`,
  /** Every page of search results: any post's change may add it to, or take it from, any search. */
  search: "search",
  /** A category's page and feed: its threads' order, titles, counts and tags. */
  category: (slug: string) => `category:${slug}`,
  /** The category index: how many threads each category holds. */
  categories: "categories",
  /** A tag's page and feed, found or not: the first post with a new tag replaces a cached 404. */
  tag: (name: string) => `tag:${name}`,
  /** The tag index (`/tags`): the tags in use and how many listed posts carry each. */
  tagIndex: "tag-index",
} as const;

export type Changed = readonly string[];

/**
 * The tags of the threads and stories a list shows, and of everyone named with them. A list carries
 * every item's tag (as a product list is tagged by its products), so a write that changes an item,
 * its title, counts or tags, names only that item, and every list that shows it follows. What a
 * list's rows cannot tell is a change of which items it holds or of their order: writes that add,
 * remove or reorder name the lists themselves (`threads`, `stories`, a category's, a tag's).
 */
export function shownTags(items: readonly { id: number; author?: { id: string } }[]): string[] {
  return [
    ...new Set(items.map((item) => tags.thread(item.id))),
    ...memberTags(items.flatMap((item) => (item.author ? [item.author] : []))),
  ];
}

/** The member tags of everyone whose name a page shows, each once. */
export function memberTags(people: readonly { id: string }[]): string[] {
  return [...new Set(people.map((p) => tags.member(p.id)))];
}

/**
 * The tags a write expires: the ones it named, search results whenever a post changed (every write to
 * a post names its thread's page), and the tag index whenever a tag's page changed (a post gained,
 * lost or moved one), so no mutation has to remember either.
 */
export function expiredBy(changed: Changed): string[] {
  const all = new Set(changed);
  if (changed.some((tag) => tag.startsWith("thread:"))) all.add(tags.search);
  if (changed.some((tag) => tag.startsWith("tag:"))) all.add(tags.tagIndex);
  return [...all];
}
