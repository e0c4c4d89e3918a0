// Story writes: the thread (headline, text, discussion) and its facts change together in one transaction.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { MARKDOWN_RENDERER_VERSION, cook } from "@/lib/markdown";
import { type WriteOptions, rateLimits } from "@/lib/rate-limits";
import { resourceKey, resourceName } from "@/lib/resource-key";
import type { StoryInput } from "@/lib/story-validation";
import { getDb, type Transaction } from "../index";
import { helpfulMarks, resources, stories, storyMilestones, storyResources, threads } from "../schema";
import { checkLinks, checkVoteRate, lockActor, requirePermission } from "./limits";
import { afterNewThread } from "./post-effects";
import { beforeNewThread, lockOwnThread, madeNow, rewriteThread } from "./threads";

function facts(input: StoryInput) {
  return {
    role: input.role,
    education: input.education,
    previousField: input.previousField,
    previousTitle: input.previousTitle,
    monthsToOffer: input.monthsToOffer,
    firstRoleYear: input.firstRoleYear,
    howHired: input.howHired,
  };
}

/** Resources are shared rows keyed by their normalised name; the first spelling seen names the row. */
async function writeLists(tx: Transaction, storyId: number, input: StoryInput) {
  if (input.resources.length > 0) {
    const keyed = input.resources.map((label) => ({ label, key: resourceKey(label) }));
    await tx
      .insert(resources)
      .values(keyed.map(({ key, label }) => ({ key, name: resourceName(key, label) })))
      .onConflictDoNothing({ target: resources.key });
    const rows = await tx
      .select({ id: resources.id, key: resources.key })
      .from(resources)
      .where(inArray(resources.key, keyed.map((k) => k.key)));
    const idOf = new Map(rows.map((r) => [r.key, r.id]));
    await tx
      .insert(storyResources)
      .values(keyed.map(({ key, label }, position) => ({ storyId, resourceId: idOf.get(key)!, position, label })));
  }
  if (input.milestones.length > 0) {
    await tx
      .insert(storyMilestones)
      .values(input.milestones.map((m, position) => ({ storyId, position, month: m.month, text: m.text })));
  }
}

/** A story shows on its page, in the story lists and their counts, and in the insights. */
function storyChanged(id: number, authorId: string): Changed {
  return [tags.thread(id), tags.stories, tags.insights, tags.postsBy(authorId)];
}

export async function createStory(
  authorId: string,
  input: StoryInput,
  { createdAt, ...options }: WriteOptions & { createdAt?: Date } = {},
): Promise<{ id: number; changed: Changed }> {
  const cooked = cook(input.body);
  return getDb().transaction(async (tx) => {
    const existing = await beforeNewThread(tx, authorId, input.body, cooked, options);
    if (existing) return { id: existing.id, changed: [] };
    const [thread] = await tx
      .insert(threads)
      .values({
        kind: "story",
        authorId,
        title: input.title,
        body: input.body,
        bodyHtml: cooked.html,
        rendererVersion: MARKDOWN_RENDERER_VERSION,
        idempotencyKey: options.key ?? null,
        // The seed gives its sample stories their own dates; a member's story is made now.
        ...(createdAt ? { createdAt, updatedAt: createdAt, lastActivityAt: createdAt } : madeNow()),
      })
      .returning({ id: threads.id, createdAt: threads.createdAt });
    await tx.insert(stories).values({ threadId: thread.id, createdAt: thread.createdAt, ...facts(input) });
    await writeLists(tx, thread.id, input);
    await afterNewThread(tx, authorId, thread.id, cooked.mentions);
    return { id: thread.id, changed: storyChanged(thread.id, authorId) };
  });
}

export async function updateStory(viewerId: string, id: number, input: StoryInput, limits = rateLimits()): Promise<{ changed: Changed }> {
  const cooked = cook(input.body);
  await getDb().transaction(async (tx) => {
    const actor = await lockOwnThread(tx, viewerId, id, "story");
    checkLinks(actor, limits, cooked);
    await rewriteThread(tx, id, input, cooked.html);
    await tx.update(stories).set(facts(input)).where(eq(stories.threadId, id));
    await tx.delete(storyResources).where(eq(storyResources.storyId, id));
    await tx.delete(storyMilestones).where(eq(storyMilestones.storyId, id));
    await writeLists(tx, id, input);
  });
  return { changed: storyChanged(id, viewerId) };
}

/** Soft delete, like threads: the story leaves lists, facets and insights at once. */
export async function deleteStory(viewerId: string, id: number): Promise<{ changed: Changed }> {
  await getDb().transaction(async (tx) => {
    await lockOwnThread(tx, viewerId, id, "story", "delete");
    await tx.update(threads).set({ deletedAt: sql`now()` }).where(eq(threads.id, id));
    await tx.update(stories).set({ deletedAt: sql`now()` }).where(eq(stories.threadId, id));
  });
  return { changed: storyChanged(id, viewerId) };
}

/**
 * "This helped me": a second press takes the mark back. Returns whether the story is now marked.
 * Readers mark stories; the author cannot raise their own count. The count shows on the story and
 * orders the lists (the insights do not use it).
 */
export async function toggleHelpful(userId: string, storyId: number, limits = rateLimits()): Promise<{ marked: boolean; changed: Changed }> {
  const { marked, authorId } = await getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, userId);
    const [story] = await tx
      .select({ authorId: threads.authorId, deletedAt: stories.deletedAt })
      .from(stories)
      .innerJoin(threads, eq(threads.id, stories.threadId))
      .where(and(eq(stories.threadId, storyId), isNull(stories.deletedAt)))
      .for("update", { of: stories });
    if (!story) throw new NotFoundError("Story");
    requirePermission(actor, { do: "vote", post: story });
    const removed = await tx
      .delete(helpfulMarks)
      .where(and(eq(helpfulMarks.storyId, storyId), eq(helpfulMarks.userId, userId)))
      .returning({ storyId: helpfulMarks.storyId });
    // Taking a mark back is always allowed; giving one counts against the day's limit.
    if (removed.length === 0) {
      await checkVoteRate(tx, actor, limits);
      await tx.insert(helpfulMarks).values({ storyId, userId });
    }
    await tx
      .update(stories)
      .set({ helpfulCount: sql`${stories.helpfulCount} + ${removed.length === 0 ? 1 : -1}` })
      .where(eq(stories.threadId, storyId));
    return { marked: removed.length === 0, authorId: story.authorId };
  });
  // The author's profile counts the helpful marks their stories received.
  return { marked, changed: [tags.thread(storyId), tags.stories, tags.postsBy(authorId)] };
}
