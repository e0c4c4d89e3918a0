// Follow-up writes ("N months later" on a success story). Only the story's author writes them
// (lib/permissions.ts); each runs in one transaction under the author's row lock, like a reply.
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { FOLLOW_UPS_MAX } from "@/lib/stories/follow-ups";
import type { FollowUpInput } from "@/lib/stories/follow-up-validation";
import { cook } from "@/lib/markdown/markdown";
import { htmlColumns } from "../cooked-columns";
import { type WriteOptions, rateLimits } from "@/lib/limits/rate-limits";
import { getDb, type Transaction } from "../index";
import { stories, followUps, threads } from "../schema";
import { postWithKey } from "./duplicates";
import { checkLinks, checkNewPost, lockActor, requirePermission } from "./limits";
import { afterEdit, afterNewFollowUp } from "./post-effects";

/** Where a follow-up lives, so the action can send the author back to the story. */
export type FollowUpPlace = { id: number; story: { id: number; title: string }; changed: Changed };

/**
 * A follow-up shows on its story's page (and its edit page), in the story cards' "2 follow-ups", and
 * in the insights.
 */
function followUpChanged(id: number, storyId: number): Changed {
  return [tags.followUp(id), tags.thread(storyId), tags.stories, tags.insights];
}

// What the permission rule needs of a story: its author, and whether it is deleted or hidden.
const storyState = { authorId: threads.authorId, deletedAt: stories.deletedAt, hiddenAt: threads.hiddenAt };

export async function createFollowUp(
  authorId: string,
  storyId: number,
  input: FollowUpInput,
  options: WriteOptions = {},
): Promise<FollowUpPlace> {
  const limits = options.limits ?? rateLimits();
  // Rendered before the transaction: nothing slow runs while rows are locked.
  const cooked = cook(input.body);
  return getDb().transaction(async (tx) => {
    // The author first, then the story (so the count of its follow-ups below cannot race), as replies do.
    const actor = await lockActor(tx, authorId);
    const [story] = await tx
      .select({ id: stories.threadId, title: threads.title, ...storyState })
      .from(stories)
      .innerJoin(threads, eq(threads.id, stories.threadId))
      .where(eq(stories.threadId, storyId))
      .for("update", { of: stories });
    if (!story) throw new NotFoundError("Story");
    const place = { id: story.id, title: story.title };
    const existing = await postWithKey(tx, followUps, authorId, options.key ?? null);
    if (existing) return { id: existing.id, story: place, changed: [] };
    await checkNewPost(tx, actor, {
      table: followUps,
      action: { do: "add-follow-up", story },
      body: input.body,
      cooked,
      limits,
    });
    const [{ live }] = await tx
      .select({ live: count() })
      .from(followUps)
      .where(and(eq(followUps.storyId, storyId), isNull(followUps.deletedAt)));
    if (live >= FOLLOW_UPS_MAX)
      throw new ForbiddenError(`A story can have at most ${FOLLOW_UPS_MAX} follow-ups. Edit an earlier one instead.`);
    // The clock read under the author's lock (not now(), the transaction's start): the pace limits
    // compare with it. One value for both columns, so a new follow-up does not read as edited.
    const at = actor.now;
    const [row] = await tx
      .insert(followUps)
      .values({
        storyId,
        authorId,
        monthsAfterOffer: input.monthsAfterOffer,
        kind: input.kind,
        stillInMl: input.stillInMl,
        ...htmlColumns(input.body, cooked.html),
        createdAt: at,
        updatedAt: at,
        idempotencyKey: options.key ?? null,
      })
      .returning({ id: followUps.id });
    await afterNewFollowUp(tx, { id: row.id, authorId, mentions: cooked.mentions }, story);
    return { id: row.id, story: place, changed: followUpChanged(row.id, storyId) };
  });
}

/** Locks a live follow-up and its story, and checks that the viewer may edit or delete it. */
async function lockOwnFollowUp(
  tx: Transaction,
  viewerId: string,
  id: number,
  what: "edit-follow-up" | "delete-follow-up",
) {
  const actor = await lockActor(tx, viewerId);
  const [row] = await tx
    .select({
      followUp: { authorId: followUps.authorId, deletedAt: followUps.deletedAt },
      story: { id: stories.threadId, title: threads.title, ...storyState },
    })
    .from(followUps)
    .innerJoin(stories, eq(stories.threadId, followUps.storyId))
    .innerJoin(threads, eq(threads.id, stories.threadId))
    .where(eq(followUps.id, id))
    .for("update", { of: followUps });
  if (!row || row.followUp.deletedAt) throw new NotFoundError("Follow-up");
  requirePermission(actor, { do: what, story: row.story, followUp: row.followUp });
  return { actor, story: { id: row.story.id, title: row.story.title } };
}

export async function updateFollowUp(
  viewerId: string,
  id: number,
  input: FollowUpInput,
  limits = rateLimits(),
): Promise<FollowUpPlace> {
  const cooked = cook(input.body);
  return getDb().transaction(async (tx) => {
    const { actor, story } = await lockOwnFollowUp(tx, viewerId, id, "edit-follow-up");
    // An edit may not add what a new account could not post.
    checkLinks(actor, limits, cooked);
    await tx
      .update(followUps)
      .set({
        monthsAfterOffer: input.monthsAfterOffer,
        kind: input.kind,
        stillInMl: input.stillInMl,
        ...htmlColumns(input.body, cooked.html),
        updatedAt: sql`now()`,
      })
      .where(eq(followUps.id, id));
    await afterEdit(tx, {
      editorId: viewerId,
      threadId: story.id,
      post: { kind: "follow-up", id },
      mentions: cooked.mentions,
    });
    return { id, story, changed: followUpChanged(id, story.id) };
  });
}

/** Soft delete: the follow-up leaves the story, the cards' counts and the insights at once. */
export async function deleteFollowUp(viewerId: string, id: number): Promise<FollowUpPlace> {
  return getDb().transaction(async (tx) => {
    const { story } = await lockOwnFollowUp(tx, viewerId, id, "delete-follow-up");
    await tx
      .update(followUps)
      .set({ deletedAt: sql`now()` })
      .where(eq(followUps.id, id));
    return { id, story, changed: followUpChanged(id, story.id) };
  });
}
