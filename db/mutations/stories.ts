// Story writes: the thread (headline, text, discussion) and its facts change together in one transaction.
import { eq, inArray, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { cook } from "@/lib/markdown/markdown";
import { cookedColumns } from "../cooked-columns";
import { type WriteOptions, rateLimits } from "@/lib/limits/rate-limits";
import { resourceKey, resourceName } from "@/lib/stories/resource-key";
import { storyFactsText } from "@/lib/stories/story-facts-text";
import type { StoryInput } from "@/lib/stories/story-validation";
import { getDb, type Transaction } from "../index";
import { resources, stories, storyMilestones, storyResources, threads } from "../schema";
import { checkLinks } from "./limits";
import { afterEdit, afterNewThread } from "./post-effects";
import { recordRevision } from "./revisions";
import { beforeNewThread, lockOwnThread, madeNow, refile, rewriteThread } from "./threads";
import { filingChanged, filingOf, repliersChanged, setThreadTags } from "./taxonomy";
import { STORY_CATEGORY, categoryBySlug } from "@/lib/categories";

/** Tags a story may carry (its category is always Success stories). */
/** What the story form adds to a story: its tags, and whether it takes questions (new ones do unless told). */
type StoryTags = { tags?: readonly string[]; questions?: boolean };

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

/** A story's facts that are words, for search to find (the thread's search_facts). */
export function searchFacts(input: Pick<StoryInput, "previousTitle" | "resources" | "milestones">): string {
  return [input.previousTitle, ...input.resources, ...input.milestones.map((m) => m.text)].join("\n");
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
      .where(
        inArray(
          resources.key,
          keyed.map((k) => k.key),
        ),
      );
    const idOf = new Map(rows.map((r) => [r.key, r.id]));
    await tx
      .insert(storyResources)
      .values(keyed.map(({ key, label }, position) => ({ storyId, resourceId: idOf.get(key)!, position, label })));
  }
  if (input.milestones.length > 0) {
    await tx
      .insert(storyMilestones)
      .values(
        input.milestones.map((m, position) => ({ storyId, position, month: m.month, text: m.text, kind: m.kind })),
      );
  }
}

/**
 * A story's page, and what its facts decide: which filtered story lists hold it and in what order,
 * their counts, and the insights. (Its card in any list follows its page's tag, lib/cache-tags.ts.)
 */
function storyChanged(id: number): Changed {
  return [tags.thread(id), tags.stories, tags.insights];
}

/** A story that appears or goes: also its author's profile list. */
function storyListed(id: number, authorId: string): Changed {
  return [...storyChanged(id), tags.postsBy(authorId)];
}

export async function createStory(
  authorId: string,
  input: StoryInput & StoryTags,
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
        ...cookedColumns(input.body, cooked),
        searchFacts: searchFacts(input),
        idempotencyKey: options.key ?? null,
        categoryId: categoryBySlug(STORY_CATEGORY)!.id,
        // The seed gives its sample stories their own dates; a member's story is made now.
        ...(createdAt ? { createdAt, updatedAt: createdAt, lastActivityAt: createdAt } : madeNow()),
      })
      .returning({ id: threads.id, createdAt: threads.createdAt });
    await tx.insert(stories).values({
      threadId: thread.id,
      createdAt: thread.createdAt,
      questionsOpen: input.questions ?? true,
      ...facts(input),
    });
    await writeLists(tx, thread.id, input);
    await setThreadTags(tx, thread.id, input.tags ?? []);
    await afterNewThread(tx, authorId, thread.id, cooked.mentions);
    const filed = filingChanged([{ category: STORY_CATEGORY, tags: [...new Set(input.tags ?? [])] }], true);
    return { id: thread.id, changed: [...storyListed(thread.id, authorId), ...filed] };
  });
}

export async function updateStory(
  viewerId: string,
  id: number,
  input: StoryInput & StoryTags,
  limits = rateLimits(),
): Promise<{ changed: Changed }> {
  const cooked = cook(input.body);
  const filed = await getDb().transaction(async (tx) => {
    const actor = await lockOwnThread(tx, viewerId, id, "story");
    checkLinks(actor, limits, cooked);
    // The same title, text and facts again rewrite nothing (only the tags may change).
    if (await recordRevision(tx, { threadId: id }, viewerId, { ...input, facts: storyFactsText(input) })) {
      await rewriteThread(tx, id, input, cooked, { searchFacts: searchFacts(input) });
      await afterEdit(tx, { editorId: viewerId, threadId: id, post: { kind: "thread" }, mentions: cooked.mentions });
      await tx.update(stories).set(facts(input)).where(eq(stories.threadId, id));
      await tx.delete(storyResources).where(eq(storyResources.storyId, id));
      await tx.delete(storyMilestones).where(eq(storyMilestones.storyId, id));
      await writeLists(tx, id, input);
    }
    // The choice to take questions is saved even when nothing else changed (it is no revision).
    if (input.questions !== undefined)
      await tx.update(stories).set({ questionsOpen: input.questions }).where(eq(stories.threadId, id));
    return refile(tx, id, { tags: input.tags });
  });
  return { changed: [...storyChanged(id), ...filed] };
}

/** Soft delete, like threads: the story leaves lists, facets and insights at once. */
export async function deleteStory(viewerId: string, id: number): Promise<{ changed: Changed }> {
  const filed = await getDb().transaction(async (tx) => {
    await lockOwnThread(tx, viewerId, id, "story", "delete");
    await tx
      .update(threads)
      .set({ deletedAt: sql`now()` })
      .where(eq(threads.id, id));
    await tx
      .update(stories)
      .set({ deletedAt: sql`now()` })
      .where(eq(stories.threadId, id));
    return [...filingChanged([await filingOf(tx, id)], true), ...(await repliersChanged(tx, id))];
  });
  return { changed: [...storyListed(id, viewerId), ...filed] };
}
