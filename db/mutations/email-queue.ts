// The email queue on the app's own database (schema: db/schema/email.ts). Jobs are written in the
// transaction of the notification that causes them; server/email/worker.ts claims and runs them.
//
// Why a table of our own and not pg-boss 10 or graphile-worker 0.16: both bring a schema of their own,
// created and upgraded by their own migration code outside drizzle-kit's, with maintenance timers and
// advisory locks tuned for a pool of connections; the embedded PGlite is one connection in one
// process. What the issue asks for fits in one table and three statements that run the same on both
// drivers: an INSERT … SELECT in the caller's transaction, a claim by UPDATE … WHERE id = (SELECT …
// FOR UPDATE SKIP LOCKED), and an UPDATE for the outcome. Retries keep the job claimed until its next
// attempt (locked_until), and a claim that outlives its process expires the same way.
import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { EmailKind } from "@/lib/email/kinds";
import { getDb, type Transaction } from "../index";
import { rowsOf } from "../rows";
import {
  emailJobs,
  emailSends,
  emailSettings,
  followUps,
  type NotificationKind,
  notifications,
  replies,
  threads,
  users,
} from "../schema";

/** Which choice lets a notification be emailed; null: never emailed (it is on the site). */
export const EMAIL_KIND_OF: Record<NotificationKind, EmailKind | null> = {
  mention: "replies",
  "reply-to-reply": "replies",
  "reply-to-thread": "replies",
  question: "replies",
  "question-answered": "replies",
  followed: "following",
  "follow-up": "following",
  answer: null,
};

const kindsFor = (choices: { replies: boolean; following: boolean }) =>
  (Object.keys(EMAIL_KIND_OF) as NotificationKind[]).filter((kind) => {
    const emailKind = EMAIL_KIND_OF[kind];
    return emailKind !== null && emailKind !== "digest" && choices[emailKind];
  });

/** Members who may get an email at all: an address, confirmed, not suspended. */
const mayBeEmailed = sql`${users.email} is not null
  and coalesce(${emailSettings.addressConfirmed}, true)
  and (${users.suspendedUntil} is null or ${users.suspendedUntil} <= now())`;

/**
 * Queues the email for notifications just written (inside their transaction), for the members whose
 * choices want them: one pending job per member, due `delaySeconds` from now. A member who already has
 * one waiting gets nothing new: that job takes this notification too. One statement.
 */
export async function enqueueNotificationEmails(
  tx: Transaction,
  written: readonly { recipientId: string; kind: NotificationKind }[],
  delaySeconds: number,
): Promise<void> {
  const wanted = (kind: EmailKind) => [
    ...new Set(written.filter((n) => EMAIL_KIND_OF[n.kind] === kind).map((n) => n.recipientId)),
  ];
  const forReplies = wanted("replies");
  const forFollowing = wanted("following");
  if (forReplies.length === 0 && forFollowing.length === 0) return;
  const anyOf = (ids: string[]) => (ids.length === 0 ? sql`false` : inArray(users.id, ids));
  await tx.execute(sql`
    insert into ${emailJobs} (kind, recipient_id, run_at)
    select 'notifications', ${users.id}, now() + make_interval(secs => ${delaySeconds})
    from ${users} left join ${emailSettings} on ${emailSettings.userId} = ${users.id}
    where ${mayBeEmailed}
      and ((${anyOf(forReplies)} and coalesce(${emailSettings.replies}, true))
        or (${anyOf(forFollowing)} and coalesce(${emailSettings.following}, false)))
    on conflict (recipient_id, kind) where state = 'pending' do nothing`);
}

export type ClaimedJob = { id: number; kind: "notifications"; recipientId: string; attempts: number };

/**
 * Takes the next due job, if any, for `lockSeconds`: a pending one whose time has come, or a claimed
 * one whose claim ran out (a retry's backoff, or a process that died). SKIP LOCKED lets other workers
 * take other jobs meanwhile, and never this one.
 */
export async function claimEmailJob(lockSeconds: number): Promise<ClaimedJob | null> {
  const rows = rowsOf<{ id: string | number; kind: "notifications"; recipient_id: string; attempts: number }>(
    await getDb().execute(sql`
      update ${emailJobs}
      set state = 'running', attempts = attempts + 1, locked_until = now() + make_interval(secs => ${lockSeconds})
      where id = (
        select id from ${emailJobs}
        where (state = 'pending' and run_at <= now()) or (state = 'running' and locked_until <= now())
        order by run_at, id
        limit 1
        for update skip locked)
      returning id, kind, recipient_id, attempts`),
  );
  const [row] = rows;
  return row ? { id: Number(row.id), kind: row.kind, recipientId: row.recipient_id, attempts: row.attempts } : null;
}

/** The idempotency key of a job's email: recorded in email_sends when it was handed to the mail server. */
export const sendKey = (jobId: number) => `job:${jobId}`;

export type EmailedPost = {
  notificationId: number;
  kind: NotificationKind;
  actorLogin: string;
  thread: { id: number; title: string; kind: "discussion" | "story" };
  replyId: number | null;
  updateId: number | null;
  html: string;
  text: string;
};

export type NotificationEmail = {
  to: string;
  login: string;
  recipientId: string;
  /** The choice that let this email go, which its unsubscribe link turns off. */
  emailKind: EmailKind;
  posts: EmailedPost[];
};

/** At most this many posts in one email; the rest are on the notifications page it links to. */
export const POSTS_PER_EMAIL_MAX = 20;

export type Prepared =
  | { send: NotificationEmail }
  | { skip: "already sent" | "no address" | "suspended" | "turned off" | "read on the site" | "daily limit" };

/**
 * What a claimed job's email says, or why it sends none. On its first run the job takes the member's
 * unread notifications that arrived since it was queued and that their choices want (bound to it by
 * email_job_id, so a retry sends the same ones and no later job repeats them); every run then leaves
 * out what the member has read meanwhile, and checks again that they may be emailed (suspended,
 * unconfirmed, turned off) and the daily bound. An email already recorded as sent is not sent again.
 */
export async function prepareNotificationEmail(job: ClaimedJob, emailsPerDay: number): Promise<Prepared> {
  return getDb().transaction(async (tx) => {
    const [sent] = await tx
      .select({ key: emailSends.key })
      .from(emailSends)
      .where(eq(emailSends.key, sendKey(job.id)));
    if (sent) return { skip: "already sent" as const };
    const [member] = await tx
      .select({
        email: users.email,
        login: users.login,
        suspended: sql<boolean>`coalesce(${users.suspendedUntil} > now(), false)`,
        confirmed: sql<boolean>`coalesce(${emailSettings.addressConfirmed}, true)`,
        replies: sql<boolean>`coalesce(${emailSettings.replies}, true)`,
        following: sql<boolean>`coalesce(${emailSettings.following}, false)`,
        createdAt: emailJobs.createdAt,
      })
      .from(emailJobs)
      .innerJoin(users, eq(users.id, emailJobs.recipientId))
      .leftJoin(emailSettings, eq(emailSettings.userId, users.id))
      .where(eq(emailJobs.id, job.id));
    if (!member?.email || !member.confirmed) return { skip: "no address" as const };
    if (member.suspended) return { skip: "suspended" as const };
    const kinds = kindsFor(member);
    if (kinds.length === 0) return { skip: "turned off" as const };
    await tx
      .update(notifications)
      .set({ emailJobId: job.id })
      .where(
        and(
          eq(notifications.recipientId, job.recipientId),
          isNull(notifications.emailJobId),
          isNull(notifications.readAt),
          gte(notifications.createdAt, member.createdAt),
          inArray(notifications.kind, kinds),
        ),
      );
    const rows = await tx
      .select({
        notificationId: notifications.id,
        kind: notifications.kind,
        actorLogin: users.login,
        thread: { id: threads.id, title: threads.title, kind: threads.kind },
        replyId: notifications.replyId,
        updateId: notifications.updateId,
        threadHtml: threads.bodyHtml,
        threadText: threads.bodyText,
        replyHtml: replies.bodyHtml,
        replyText: replies.bodyText,
        updateHtml: followUps.bodyHtml,
        updateText: followUps.body,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.actorId))
      .innerJoin(threads, eq(threads.id, notifications.threadId))
      .leftJoin(replies, eq(replies.id, notifications.replyId))
      .leftJoin(followUps, eq(followUps.id, notifications.updateId))
      .where(
        and(
          eq(notifications.emailJobId, job.id),
          isNull(notifications.readAt),
          inArray(notifications.kind, kinds),
          // Nothing deleted or hidden since it was written.
          isNull(threads.deletedAt),
          isNull(threads.hiddenAt),
          isNull(replies.deletedAt),
          isNull(replies.hiddenAt),
          isNull(followUps.deletedAt),
        ),
      )
      .orderBy(notifications.id)
      .limit(POSTS_PER_EMAIL_MAX);
    if (rows.length === 0) return { skip: "read on the site" as const };
    const [{ count }] = rowsOf<{ count: number | string }>(
      await tx.execute(
        sql`select count(*) as count from ${emailSends} where ${emailSends.recipientId} = ${job.recipientId} and ${emailSends.sentAt} > now() - interval '1 day'`,
      ),
    );
    if (Number(count) >= emailsPerDay) return { skip: "daily limit" as const };
    const posts: EmailedPost[] = rows.map((row) => ({
      notificationId: row.notificationId,
      kind: row.kind,
      actorLogin: row.actorLogin,
      thread: row.thread,
      replyId: row.replyId,
      updateId: row.updateId,
      html: row.replyHtml ?? row.updateHtml ?? row.threadHtml,
      text: row.replyText ?? row.updateText ?? row.threadText,
    }));
    const emailKind = posts.some((post) => EMAIL_KIND_OF[post.kind] === "replies") ? "replies" : "following";
    return { send: { to: member.email, login: member.login, recipientId: job.recipientId, emailKind, posts } };
  });
}

/** The email was handed to the mail server: its key is recorded (counted by the daily bound) and the job done. */
export async function recordEmailSent(job: ClaimedJob): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .insert(emailSends)
      .values({ key: sendKey(job.id), recipientId: job.recipientId })
      .onConflictDoNothing();
    await tx
      .update(emailJobs)
      .set({ state: "sent", lockedUntil: null, finishedAt: sql`now()` })
      .where(eq(emailJobs.id, job.id));
  });
}

/** Nothing to send (the reason is kept), or nothing more to try: the job is finished. */
export async function finishEmailJob(job: ClaimedJob, state: "skipped" | "failed", reason: string): Promise<void> {
  await getDb()
    .update(emailJobs)
    .set({ state, lockedUntil: null, lastError: reason, finishedAt: sql`now()` })
    .where(eq(emailJobs.id, job.id));
}

/** An attempt failed: the job stays claimed until `retryInSeconds` from now, when any worker may take it again. */
export async function retryEmailJob(job: ClaimedJob, reason: string, retryInSeconds: number): Promise<void> {
  await getDb()
    .update(emailJobs)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${retryInSeconds})`, lastError: reason })
    .where(eq(emailJobs.id, job.id));
}

/** Days finished jobs and the ledger of sends are kept (the daily bound reads one day of the ledger). */
export const EMAIL_HISTORY_DAYS = 30;

/** Deletes finished jobs and recorded sends older than `days`; their notifications stay (email_job_id becomes null). */
export async function pruneEmailHistory(days = EMAIL_HISTORY_DAYS): Promise<void> {
  const db = getDb();
  await db.execute(
    sql`delete from ${emailJobs} where state in ('sent', 'skipped', 'failed') and finished_at < now() - make_interval(days => ${days})`,
  );
  await db.execute(sql`delete from ${emailSends} where sent_at < now() - make_interval(days => ${days})`);
}
