// Feeds and the sitemap (app/feeds/, app/sitemap.xml/): each caches its finished XML, keyed by the
// site's origin, under the tags of the pages that show the same posts, so a request is one lookup
// and a write that changes a page changes its feed too. A category's and a tag's feeds are tagged
// like their pages (server/reads/taxonomy.ts).
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import {
  feedCategoryThreads,
  feedReplies,
  feedStories,
  feedTagThreads,
  feedThreads,
  sitemapPosts,
} from "@/db/queries/feeds";
import { findTag, getCategory } from "@/db/queries/thread-lists";
import { memberTags, shownTags, tags } from "@/lib/cache-tags";
import { categoryFeedPath, categoryPath } from "@/lib/categories";
import { FEED_ENTRIES, filedFeed, repliesFeed, sitemapXml, storiesFeed, threadsFeed } from "@/lib/feeds";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import { tagFeedPath, tagPath } from "@/lib/tags";
import { cachedFor } from "@/server/page-cache";

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

export async function cachedCategoryFeed(origin: string, slug: string) {
  "use cache";
  checkReadArgs(READ_ARGS.originAndCategory, [origin, slug]);
  const category = await getCategory(slug);
  const threads = category ? await feedCategoryThreads(category.id, FEED_ENTRIES) : [];
  cachedFor(tags.category(slug), ...shownTags(threads));
  if (!category) return null;
  const channel = {
    self: categoryFeedPath(category),
    page: categoryPath(category),
    title: `MLPaths: ${category.name}`,
    subtitle: category.description,
  };
  return filedFeed(origin, channel, threads);
}

export async function cachedTagFeed(origin: string, name: string) {
  "use cache";
  checkReadArgs(READ_ARGS.originAndTag, [origin, name]);
  const tag = await findTag(name);
  const threads = tag ? await feedTagThreads(tag.id, FEED_ENTRIES) : [];
  cachedFor(tags.tag(name), ...shownTags(threads));
  if (!tag) return null;
  const channel = {
    self: tagFeedPath(name),
    page: tagPath(name),
    title: `MLPaths: #${name}`,
    subtitle: `Discussions and stories tagged ${name} on MLPaths.`,
  };
  return filedFeed(origin, channel, threads);
}
