// The checks every write makes before it writes, inside its transaction: who is acting (their row,
// locked, so their writes run one at a time and the counts below are exact however many requests
// arrive at once, on however many servers), what they may do (lib/permissions.ts) and how fast
// (lib/limits/rate-limits.ts, counted from the rows themselves: deleting a post does not give a turn back).
import { and, count, eq, gt, max, min, sql } from "drizzle-orm";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { type Action, type Actor, refusal } from "@/lib/permissions";
import { type RateLimits, retryIn } from "@/lib/limits/rate-limits";
import type { Transaction } from "../index";
import { flags, helpfulVotes, replies, followUps, threads, users } from "../schema";
import { type Posts, refuseSameText } from "./duplicates";

export type LockedActor = Actor & { createdAt: Date; now: Date };

/**
 * The acting member's row, held until the transaction ends, with the database's clock. FOR NO KEY
 * UPDATE: it does not block rows elsewhere that merely reference the member (a new session).
 */
export async function lockActor(tx: Transaction, id: string): Promise<LockedActor> {
  const [row] = await tx
    .select({ id: users.id, role: users.role, suspendedUntil: users.suspendedUntil, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .for("no key update");
  // A session whose member row is gone: nothing to act as.
  if (!row) throw new NotFoundError("Member");
  // The clock is read once the lock is held: a write that held it before us is then in the past.
  const [{ now }] = await tx
    .select({ now: sql<Date>`clock_timestamp()`.mapWith(users.createdAt) })
    .from(sql`(select 1) as clock`);
  return { ...row, now };
}

/** Throws ForbiddenError with the rule's sentence unless `actor` may do `action`. */
export function requirePermission(actor: LockedActor, action: Action): void {
  const why = refusal(actor, action, actor.now);
  if (why) throw new ForbiddenError(why);
}

export function isNewAccount(actor: LockedActor, limits: RateLimits): boolean {
  return actor.now.getTime() - actor.createdAt.getTime() < limits.newAccountHours * 3600_000;
}

const DAY_MS = 24 * 3600_000;
const secondsUntil = (from: Date, plusMs: number, now: Date) => (from.getTime() + plusMs - now.getTime()) / 1000;

type Recent = { total: number; latest: Date | null; oldest: Date | null };

/** How many of `authorId`'s rows in `table` were made in the last day, and the newest and oldest of them. */
async function lastDay(
  tx: Transaction,
  table: typeof threads | typeof replies | typeof followUps,
  authorId: string,
  now: Date,
): Promise<Recent> {
  const [row] = await tx
    .select({ total: count(), latest: max(table.createdAt), oldest: min(table.createdAt) })
    .from(table)
    .where(and(eq(table.authorId, authorId), gt(table.createdAt, new Date(now.getTime() - DAY_MS))));
  return row;
}

function refuseIfTooSoon(recent: Recent, intervalSeconds: number, what: string, now: Date) {
  if (!recent.latest || intervalSeconds <= 0) return;
  const wait = secondsUntil(recent.latest, intervalSeconds * 1000, now);
  if (wait > 0)
    throw new RateLimitedError(
      `You're posting ${what} too quickly. Please try again ${retryIn(wait)}.`,
      Math.ceil(wait),
    );
}

function refuseIfDailyMax(recent: Recent, perDay: number, what: string, now: Date) {
  if (recent.total < perDay || !recent.oldest) return;
  const wait = secondsUntil(recent.oldest, DAY_MS, now);
  throw new RateLimitedError(
    `You've reached the limit of ${perDay} ${what} a day. Please try again ${retryIn(wait)}.`,
    Math.ceil(wait),
  );
}

/** A new thread or story: 15 s apart and 20 a day (120 s and 3 on an account's first day). */
export async function checkThreadRate(tx: Transaction, actor: LockedActor, limits: RateLimits): Promise<void> {
  const fresh = isNewAccount(actor, limits);
  const recent = await lastDay(tx, threads, actor.id, actor.now);
  refuseIfTooSoon(
    recent,
    fresh ? limits.newThreadIntervalSeconds : limits.threadIntervalSeconds,
    "new topics",
    actor.now,
  );
  refuseIfDailyMax(recent, fresh ? limits.newThreadsPerDay : limits.threadsPerDay, "new topics", actor.now);
}

/** A reply: 5 s apart (30 s, and 10 a day, on an account's first day). */
export async function checkReplyRate(tx: Transaction, actor: LockedActor, limits: RateLimits): Promise<void> {
  const fresh = isNewAccount(actor, limits);
  const recent = await lastDay(tx, replies, actor.id, actor.now);
  refuseIfTooSoon(recent, fresh ? limits.newReplyIntervalSeconds : limits.replyIntervalSeconds, "replies", actor.now);
  if (fresh) refuseIfDailyMax(recent, limits.newRepliesPerDay, "replies", actor.now);
}

/** A follow-up on one's own story: paced like a reply, counted from the follow-ups themselves. */
export async function checkFollowUpRate(tx: Transaction, actor: LockedActor, limits: RateLimits): Promise<void> {
  const fresh = isNewAccount(actor, limits);
  const recent = await lastDay(tx, followUps, actor.id, actor.now);
  refuseIfTooSoon(
    recent,
    fresh ? limits.newReplyIntervalSeconds : limits.replyIntervalSeconds,
    "follow-ups",
    actor.now,
  );
  if (fresh) refuseIfDailyMax(recent, limits.newRepliesPerDay, "follow-ups", actor.now);
}

/**
 * What every new post (a thread or story, a reply, a follow-up) passes once its author, and what it is
 * posted to, are locked: may the author do it, is it the same text again, links from a new account,
 * and the pace for its kind.
 */
export async function checkNewPost(
  tx: Transaction,
  actor: LockedActor,
  post: { table: Posts; action: Action; body: string; cooked: { links: number; images: number }; limits: RateLimits },
): Promise<void> {
  requirePermission(actor, post.action);
  await refuseSameText(tx, post.table, actor.id, post.body, post.limits.sameBodySeconds, actor.now);
  checkLinks(actor, post.limits, post.cooked);
  const pace = post.table === threads ? checkThreadRate : post.table === replies ? checkReplyRate : checkFollowUpRate;
  await pace(tx, actor, post.limits);
}

/** Rows of `table` the member made in the last day: helpful marks (taken back ones are gone) or flags. */
async function refuseIfDailyRows(
  tx: Transaction,
  table: typeof helpfulVotes | typeof flags,
  actor: LockedActor,
  perDay: number,
  what: string,
) {
  const by = table === helpfulVotes ? helpfulVotes.userId : flags.flaggerId;
  const [row] = await tx
    .select({ total: count(), oldest: min(table.createdAt) })
    .from(table)
    .where(and(eq(by, actor.id), gt(table.createdAt, new Date(actor.now.getTime() - DAY_MS))));
  refuseIfDailyMax({ ...row, latest: null }, perDay, what, actor.now);
}

/**
 * A question to a story's author: at most questionsPerStoryPerDay to this story and questionsPerDay in
 * all, counted from the member's questions of the last day (deleted ones too: deleting does not give a
 * turn back). One statement over replies_author_id_idx.
 */
export async function checkQuestionRate(
  tx: Transaction,
  actor: LockedActor,
  threadId: number,
  limits: RateLimits,
): Promise<void> {
  const since = new Date(actor.now.getTime() - DAY_MS);
  const onStory = sql`${replies.threadId} = ${threadId}`;
  const [row] = await tx
    .select({
      total: count(),
      oldest: min(replies.createdAt),
      here: sql<number>`count(*) filter (where ${onStory})`.mapWith(Number),
      oldestHere: sql<Date | null>`min(${replies.createdAt}) filter (where ${onStory})`.mapWith(replies.createdAt),
    })
    .from(replies)
    .where(and(eq(replies.authorId, actor.id), eq(replies.isQuestion, true), gt(replies.createdAt, since)));
  refuseIfDailyMax(
    { total: row.here, latest: null, oldest: row.oldestHere },
    limits.questionsPerStoryPerDay,
    "questions to this story's author",
    actor.now,
  );
  refuseIfDailyMax({ ...row, latest: null }, limits.questionsPerDay, "questions to authors", actor.now);
}

export const checkVoteRate = (tx: Transaction, actor: LockedActor, limits: RateLimits) =>
  refuseIfDailyRows(tx, helpfulVotes, actor, limits.votesPerDay, "helpful marks");
export const checkFlagRate = (tx: Transaction, actor: LockedActor, limits: RateLimits) =>
  refuseIfDailyRows(tx, flags, actor, limits.flagsPerDay, "flags");

/** New accounts may post a couple of links and no images: the shape of most spam. */
export function checkLinks(actor: LockedActor, limits: RateLimits, cooked: { links: number; images: number }): void {
  if (!isNewAccount(actor, limits)) return;
  if (cooked.images > 0)
    throw new ForbiddenError("New accounts can't post images yet. Link to the picture instead, or try again tomorrow.");
  if (cooked.links > limits.newLinksPerPost) {
    throw new ForbiddenError(
      `New accounts can post at most ${limits.newLinksPerPost} links in a post. Remove some, or try again tomorrow.`,
    );
  }
}
