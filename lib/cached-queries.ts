// The reads of public pages, each cached under the tags of what it returns (lib/cache-tags.ts). A page
// built only from these is stored whole per URL, and a write expires exactly the pages it changed.
// Arguments are the cache key: callers pass only checked, normalised values (lib/views.ts), so junk
// in a URL cannot create entries. Each function is also a server reference that Next would run for
// any request naming its id: proxy.ts refuses those, and each checks its arguments first anyway
// (lib/read-args.ts) and returns only what a signed-out reader may see.
import "server-only";
import { getInsights } from "@/db/queries/insights";
import { logEntries } from "@/db/queries/moderation";
import { findMember, memberReplies, memberThreads } from "@/db/queries/profiles";
import { listStories, pathsLikeMine, recentStories, storyFacets, getStory } from "@/db/queries/stories";
import { getPostHistory, type HistoryTarget } from "@/db/queries/revisions";
import { getFollowUpForEdit } from "@/db/queries/story-updates";
import { getReplyForEdit, getThread, listPinned, listReplies, listThreads, type ReplyPageRequest } from "@/db/queries/threads";
import type { Cursor, NumberCursor } from "./cursor";
import { memberTags, shownTags, tags } from "./cache-tags";
import { READ_ARGS, checkReadArgs } from "./read-args";
import { cachedFor, cachedSearchFor } from "./page-cache";
import { versionDiff } from "./revision-diff";
import type { SearchRequest } from "./search-query";
import { searchPosts } from "@/db/queries/search";
import type { EducationSlug, FieldSlug } from "./story-facts";
import type { StoryFilters, StorySort } from "./story-filters";
import { DEFAULT_THREAD_SORT, type ThreadSort } from "./thread-sorts";

/** A page of discussions in an order; the first page also has the pinned ones, which lead it. */
export async function cachedThreadList(cursor: NumberCursor | null, sort: ThreadSort = DEFAULT_THREAD_SORT) {
  "use cache";
  checkReadArgs(READ_ARGS.threadList, [cursor, sort]);
  const [page, pinned] = await Promise.all([listThreads(cursor, undefined, sort), cursor ? [] : listPinned()]);
  cachedFor(tags.threads, ...shownTags([...pinned, ...page.threads]));
  return { ...page, pinned };
}

/** A thread, or null; tagged with its id either way, so a 404 cached before it existed is replaced. */
export async function cachedThread(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const thread = await getThread(id);
  cachedFor(tags.thread(id), ...(thread ? [tags.member(thread.author.id)] : []));
  return thread;
}

export async function cachedReplies(threadId: number, request: ReplyPageRequest) {
  "use cache";
  checkReadArgs(READ_ARGS.replies, [threadId, request]);
  const page = await listReplies(threadId, request);
  const answered = page.replies.flatMap((r) => (r.replyTo ? [{ id: r.replyTo.authorId }] : []));
  cachedFor(tags.thread(threadId), ...memberTags([...page.replies.map((r) => r.author), ...answered]));
  return page;
}

/** A reply as stored, for its edit page; tagged with its id, so a 404 cached before it existed is replaced. */
export async function cachedReplyForEdit(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const reply = await getReplyForEdit(id);
  cachedFor(tags.reply(id), ...(reply ? [tags.thread(reply.threadId)] : []));
  return reply;
}

/**
 * A page of a post's edit history, or null; under the post's own tags (a reply's also under its
 * thread's, which a deleted thread expires), so each edit, hide or delete of the post expires it.
 */
export async function cachedPostHistory(target: HistoryTarget, before: number | undefined) {
  "use cache";
  checkReadArgs(READ_ARGS.history, [target, before]);
  const history = await getPostHistory(target, before);
  const own = "threadId" in target ? [tags.thread(target.threadId)] : [tags.reply(target.replyId)];
  const people = history ? [history.post.author, ...history.edits.flatMap((e) => (e.editor ? [e.editor] : []))] : [];
  cachedFor(...own, ...(history && "replyId" in target ? [tags.thread(history.post.threadId)] : []), ...memberTags(people));
  // Diffed here, once per cache entry: the diff cannot run in a cached page's render (lib/revision-diff.ts).
  return history && { ...history, edits: history.edits.map((edit) => ({ ...edit, diff: versionDiff(edit.before, edit.after) })) };
}

export async function cachedStory(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const story = await getStory(id);
  cachedFor(tags.thread(id), ...(story ? [tags.member(story.author.id)] : []));
  return story;
}

/** A follow-up as written, for its edit page; tagged with its id either way, so a 404 cached before it existed is replaced. */
export async function cachedFollowUpForEdit(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const followUp = await getFollowUpForEdit(id);
  cachedFor(tags.followUp(id), ...(followUp ? [tags.thread(followUp.storyId)] : []));
  return followUp;
}

export async function cachedStoryList(filters: StoryFilters, sort: StorySort, cursor: NumberCursor | null) {
  "use cache";
  checkReadArgs(READ_ARGS.storyList, [filters, sort, cursor]);
  const page = await listStories(filters, sort, cursor);
  cachedFor(tags.stories, ...shownTags(page.stories));
  return page;
}

export async function cachedStoryFacets(filters: StoryFilters) {
  "use cache";
  checkReadArgs(READ_ARGS.storyFilters, [filters]);
  cachedFor(tags.stories);
  return storyFacets(filters);
}

export async function cachedRecentStories() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  const stories = await recentStories(5);
  cachedFor(tags.stories, ...shownTags(stories));
  return stories;
}

export async function cachedPathsLikeMine(start: { education?: EducationSlug; field?: FieldSlug }) {
  "use cache";
  checkReadArgs(READ_ARGS.pathsLikeMine, [start]);
  const matches = await pathsLikeMine(start);
  cachedFor(tags.stories, ...shownTags(matches));
  return matches;
}

export async function cachedInsights() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  cachedFor(tags.insights);
  return getInsights();
}

/** The public moderation log (no private notes), newest first, before an entry id. */
export async function cachedModLog(before: number | undefined) {
  "use cache";
  checkReadArgs(READ_ARGS.before, [before]);
  const page = await logEntries({ before, withNotes: false });
  cachedFor(tags.modlog);
  return page;
}

/** A member by login, with their counts (or where an old login moved to); tagged by login either way. */
export async function cachedMember(login: string) {
  "use cache";
  checkReadArgs(READ_ARGS.login, [login]);
  const found = await findMember(login);
  cachedFor(tags.login(login), ...(found.member ? [tags.member(found.member.id), tags.postsBy(found.member.id)] : []));
  return found;
}

export async function cachedMemberThreads(userId: string, kind: "discussion" | "story", cursor: Cursor | null, limit?: number) {
  "use cache";
  checkReadArgs(READ_ARGS.memberThreads, [userId, kind, cursor, limit]);
  const page = await memberThreads(userId, kind, cursor, limit);
  cachedFor(tags.postsBy(userId), ...shownTags(page.items));
  return page;
}

export async function cachedMemberReplies(userId: string, cursor: Cursor | null, limit?: number) {
  "use cache";
  checkReadArgs(READ_ARGS.memberReplies, [userId, cursor, limit]);
  const page = await memberReplies(userId, cursor, limit);
  cachedFor(tags.postsBy(userId), ...shownTags(page.items.map((reply) => reply.thread)));
  return page;
}

/** A page of search results, keyed by the checked request (lib/search-query.ts readSearchView). */
export async function cachedSearch(request: SearchRequest) {
  // Kept apart from every other read (search-cache-handler.mjs): anyone can make up a new query.
  "use cache: search";
  checkReadArgs(READ_ARGS.search, [request]);
  const page = await searchPosts(request);
  cachedSearchFor(tags.search, ...memberTags(page.results.map((r) => r.author)));
  return page;
}

// Feeds and the sitemap (app/feeds/, app/sitemap.xml/): each caches its finished XML, keyed by the
// site's origin, under the tags of the pages that show the same posts, so a request is one lookup
// and a write that changes a page changes its feed too.
import { feedReplies, feedStories, feedThreads, sitemapPosts } from "@/db/queries/feeds";
import { repliesFeed, sitemapXml, storiesFeed, threadsFeed } from "./feeds";

export async function cachedThreadsFeed(origin: string) {
  "use cache";
  checkReadArgs(READ_ARGS.origin, [origin]);
  const threads = await feedThreads();
  cachedFor(tags.threads, ...shownTags(threads));
  return threadsFeed(origin, threads);
}

export async function cachedStoriesFeed(origin: string) {
  "use cache";
  checkReadArgs(READ_ARGS.origin, [origin]);
  const stories = await feedStories();
  cachedFor(tags.stories, ...shownTags(stories));
  return storiesFeed(origin, stories);
}

/** A thread's replies feed, or null (a 404); tagged with its id either way, like its page. */
export async function cachedRepliesFeed(origin: string, threadId: number) {
  "use cache";
  checkReadArgs(READ_ARGS.originAndId, [origin, threadId]);
  const found = await feedReplies(threadId);
  cachedFor(tags.thread(threadId), ...(found ? memberTags(found.replies.map((r) => r.author)) : []));
  return found ? repliesFeed(origin, found.thread, found.replies) : null;
}

export async function cachedSitemap(origin: string) {
  "use cache";
  checkReadArgs(READ_ARGS.origin, [origin]);
  cachedFor(tags.threads, tags.stories);
  return sitemapXml(origin, await sitemapPosts());
}

// Categories and tags (lib/categories.ts, lib/tags.ts): their pages and feeds, under `category:<slug>`
// and `tag:<name>`, which every write that changes what they list names; the index under `categories`.
import {
  feedCategoryThreads,
  feedTagThreads,
  findTag,
  getCategory,
  listCategories,
  listCategoryThreads,
  listTagCounts,
  listTagThreads,
} from "@/db/queries/thread-lists";
import { FEED_ENTRIES, filedFeed } from "./feeds";
import { categoryFeedPath, categoryPath } from "./categories";
import { tagFeedPath, tagPath } from "./tags";

export async function cachedCategories() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  cachedFor(tags.categories);
  return listCategories();
}

/** A category with one page of its threads, or null for a slug that names none. */
export async function cachedCategoryList(slug: string, sort: ThreadSort, cursor: NumberCursor | null) {
  "use cache";
  checkReadArgs(READ_ARGS.category, [slug, sort, cursor]);
  const category = await getCategory(slug);
  const page = category ? await listCategoryThreads(category.id, sort, cursor) : null;
  cachedFor(tags.category(slug), ...(page ? shownTags(page.threads) : []));
  return category && page ? { category, ...page } : null;
}

/** One page of a tag's threads and stories, or null for a tag no post has used (tagged either way). */
export async function cachedTagCounts() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  cachedFor(tags.tagIndex);
  return listTagCounts();
}

export async function cachedTagList(name: string, sort: ThreadSort, cursor: NumberCursor | null) {
  "use cache";
  checkReadArgs(READ_ARGS.tag, [name, sort, cursor]);
  const tag = await findTag(name);
  const page = tag ? await listTagThreads(tag.id, sort, cursor) : null;
  cachedFor(tags.tag(name), ...(page ? shownTags(page.threads) : []));
  return page;
}

export async function cachedCategoryFeed(origin: string, slug: string) {
  "use cache";
  checkReadArgs(READ_ARGS.originAndCategory, [origin, slug]);
  const category = await getCategory(slug);
  const threads = category ? await feedCategoryThreads(category.id, FEED_ENTRIES) : [];
  cachedFor(tags.category(slug), ...shownTags(threads));
  if (!category) return null;
  const channel = { self: categoryFeedPath(category), page: categoryPath(category), title: `MLPaths: ${category.name}`, subtitle: category.description };
  return filedFeed(origin, channel, threads);
}

export async function cachedTagFeed(origin: string, name: string) {
  "use cache";
  checkReadArgs(READ_ARGS.originAndTag, [origin, name]);
  const tag = await findTag(name);
  const threads = tag ? await feedTagThreads(tag.id, FEED_ENTRIES) : [];
  cachedFor(tags.tag(name), ...shownTags(threads));
  if (!tag) return null;
  const channel = { self: tagFeedPath(name), page: tagPath(name), title: `MLPaths: #${name}`, subtitle: `Discussions and stories tagged ${name} on MLPaths.` };
  return filedFeed(origin, channel, threads);
}
