// Thread writes. Each runs in one transaction and checks who may act, whatever the caller did.
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { type Cooked, cook } from "@/lib/markdown/markdown";
import { cookedColumns } from "../cooked-columns";
import { type RateLimits, type WriteOptions, rateLimits } from "@/lib/limits/rate-limits";
import type { ThreadInput } from "@/lib/validation";
import { type CategorySlug, DEFAULT_CATEGORY, STORY_CATEGORY, categoryById, categoryBySlug } from "@/lib/categories";
import { ForbiddenError } from "@/lib/errors";
import { getDb, type Transaction } from "../index";
import { postWithKey } from "./duplicates";
import { recordRevision } from "./revisions";
import { checkLinks, checkNewPost, lockActor, requirePermission } from "./limits";
import { afterEdit, afterNewThread } from "./post-effects";
import { type Taxonomy, filingChanged, filingOf, repliersChanged, setThreadTags } from "./taxonomy";
import { threads } from "../schema";

/** A discussion's category: any but the stories' own. */
function discussionCategoryId(slug: CategorySlug = DEFAULT_CATEGORY): number {
  if (slug === STORY_CATEGORY)
    throw new ForbiddenError("Share a success story from the story form: this category holds stories only.");
  return categoryBySlug(slug)!.id;
}

export async function createThread(
  authorId: string,
  input: ThreadInput & Taxonomy,
  options: WriteOptions = {},
): Promise<{ id: number; changed: Changed }> {
  const cooked = cook(input.body);
  const categoryId = discussionCategoryId(input.category);
  return getDb().transaction(async (tx) => {
    const existing = await beforeNewThread(tx, authorId, input.body, cooked, options);
    if (existing) return { id: existing.id, changed: [] };
    const [row] = await tx
      .insert(threads)
      .values({
        authorId,
        title: input.title,
        ...cookedColumns(input.body, cooked),
        idempotencyKey: options.key ?? null,
        categoryId,
        ...madeNow(),
      })
      .returning({ id: threads.id });
    await setThreadTags(tx, row.id, input.tags ?? []);
    await afterNewThread(tx, authorId, row.id, cooked.mentions);
    const filing = { category: categoryById(categoryId).slug, tags: [...new Set(input.tags ?? [])] };
    return { id: row.id, changed: [...threadListed(row.id, authorId), ...filingChanged([filing], true)] };
  });
}

/**
 * A new thread's times, from the clock read under the author's lock (not now(), the transaction's
 * start): the pace limits compare them with that clock, so the gap they see is the gap stored.
 */
export function madeNow() {
  const at = sql`clock_timestamp()`;
  return { createdAt: at, updatedAt: at, lastActivityAt: at };
}

/**
 * What starting a thread or a story checks, under the author's lock: the post this form already made
 * (returned, to be shown again), then whether they may post, the same text again, links, and the pace.
 */
export async function beforeNewThread(
  tx: Transaction,
  authorId: string,
  body: string,
  cooked: { links: number; images: number },
  options: WriteOptions,
) {
  const limits: RateLimits = options.limits ?? rateLimits();
  const actor = await lockActor(tx, authorId);
  const existing = await postWithKey(tx, threads, authorId, options.key ?? null);
  if (existing) return existing;
  await checkNewPost(tx, actor, { table: threads, action: { do: "post" }, body, cooked, limits });
  return null;
}

/**
 * A discussion that appears or goes: its own page, the list of discussions and its author's profile
 * list. (An edit names only its page: every list showing it carries that tag, lib/cache-tags.ts.)
 */
function threadListed(id: number, authorId: string): Changed {
  return [tags.thread(id), tags.threads, tags.postsBy(authorId)];
}

/** Locks a live thread of the given kind and checks that the viewer may edit or delete it. */
export async function lockOwnThread(
  tx: Transaction,
  viewerId: string,
  id: number,
  kind: "discussion" | "story" = "discussion",
  what: "edit" | "delete" = "edit",
) {
  const actor = await lockActor(tx, viewerId);
  const [thread] = await tx
    .select({ authorId: threads.authorId, deletedAt: threads.deletedAt, hiddenAt: threads.hiddenAt })
    .from(threads)
    // A story changes only through its own mutations, which keep its facts in step.
    .where(and(eq(threads.id, id), eq(threads.kind, kind), isNull(threads.deletedAt)))
    .for("update");
  if (!thread) throw new NotFoundError(kind === "story" ? "Story" : "Thread");
  requirePermission(actor, { do: what, post: thread });
  return actor;
}

/** New title and text for a thread, as its caller rendered them before taking any lock. */
export async function rewriteThread(
  tx: Transaction,
  id: number,
  input: ThreadInput,
  cooked: Cooked,
  more: { searchFacts?: string } = {},
) {
  await tx
    .update(threads)
    .set({
      title: input.title,
      ...cookedColumns(input.body, cooked),
      ...more,
      updatedAt: sql`now()`,
    })
    .where(eq(threads.id, id));
}

/**
 * New tags (when given) for a locked thread, and the category and tag pages that listed it before or
 * list it now. `categoryId` is its new category, when that changes.
 */
export async function refile(tx: Transaction, id: number, taxonomy: Taxonomy, categoryId?: number): Promise<Changed> {
  const before = await filingOf(tx, id);
  if (categoryId !== undefined) await tx.update(threads).set({ categoryId }).where(eq(threads.id, id));
  if (taxonomy.tags !== undefined) await setThreadTags(tx, id, taxonomy.tags);
  const after = {
    category: categoryId === undefined ? before.category : categoryById(categoryId).slug,
    tags: taxonomy.tags === undefined ? before.tags : [...new Set(taxonomy.tags)],
  };
  return filingChanged([before, after], after.category !== before.category);
}

/** Title and text, and the category and tags when given (a caller without them leaves them as they are). */
export async function updateThread(
  viewerId: string,
  id: number,
  input: ThreadInput & Taxonomy,
  limits = rateLimits(),
): Promise<{ changed: Changed }> {
  const cooked = cook(input.body);
  const categoryId = input.category === undefined ? undefined : discussionCategoryId(input.category);
  const filed = await getDb().transaction(async (tx) => {
    const actor = await lockOwnThread(tx, viewerId, id);
    // An edit may not add what a new account could not post.
    checkLinks(actor, limits, cooked);
    // The same title and text again rewrite nothing (only the filing may change).
    if (await recordRevision(tx, { threadId: id }, viewerId, input)) {
      await rewriteThread(tx, id, input, cooked);
      await afterEdit(tx, { editorId: viewerId, threadId: id, post: { kind: "thread" }, mentions: cooked.mentions });
    }
    return refile(tx, id, input, categoryId);
  });
  return { changed: [tags.thread(id), ...filed] };
}

/** Soft delete: the thread leaves every list and its page answers 404; its rows stay for moderation. */
export async function deleteThread(viewerId: string, id: number): Promise<{ changed: Changed }> {
  const filed = await getDb().transaction(async (tx) => {
    await lockOwnThread(tx, viewerId, id, "discussion", "delete");
    await tx
      .update(threads)
      .set({ deletedAt: sql`now()` })
      .where(eq(threads.id, id));
    return [...filingChanged([await filingOf(tx, id)], true), ...(await repliersChanged(tx, id))];
  });
  return { changed: [...threadListed(id, viewerId), ...filed] };
}
