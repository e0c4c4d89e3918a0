// Email: each member's choices, the queue of emails to send, and the ledger of emails sent.
import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./members";
// Relative, not "@/": drizzle-kit loads the schema without the app's path aliases.
export { EMAIL_KINDS, type EmailKind } from "../../lib/email/kinds";

// A member's email choices. No row means the defaults below, so members who never opened the settings
// need no row. The address itself is users.email (GitHub's primary address, stored by Auth.js), which
// counts as confirmed; an address entered on the site will set `address_confirmed` false until its
// link is followed (the settings page, later), and nothing is sent to an unconfirmed address.
export const emailSettings = pgTable("email_settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Replies to their posts, mentions, questions on their stories and answers to theirs. */
  replies: boolean("replies").notNull().default(true),
  /** Replies in threads they follow (and follow-ups of stories they follow). */
  following: boolean("following").notNull().default(false),
  digest: boolean("digest").notNull().default(false),
  addressConfirmed: boolean("address_confirmed").notNull().default(true),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const EMAIL_JOB_STATES = ["pending", "running", "sent", "skipped", "failed"] as const;
export type EmailJobState = (typeof EMAIL_JOB_STATES)[number];

// The queue (db/mutations/email-queue.ts). A job is written in the transaction of what causes it (a
// notification), so it exists exactly when its cause does. Workers claim due jobs with
// FOR UPDATE SKIP LOCKED, so any number of processes share it without taking one job twice; a claim
// expires (locked_until) so a job whose process died is taken again. At most one pending job per member
// and kind: notifications arriving while one waits join it, and become one email.
export const emailJobs = pgTable(
  "email_jobs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind", { enum: ["notifications"] }).notNull(),
    recipientId: text("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    state: text("state", { enum: EMAIL_JOB_STATES }).notNull().default("pending"),
    runAt: ts("run_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: ts("locked_until"),
    /** Why the last attempt failed or the job was skipped: an SMTP reply with any address taken out. */
    lastError: text("last_error"),
    createdAt: ts("created_at").notNull().defaultNow(),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    uniqueIndex("email_jobs_one_pending_idx")
      .on(t.recipientId, t.kind)
      .where(sql`${t.state} = 'pending'`),
    // Workers' poll: due jobs in order.
    index("email_jobs_due_idx")
      .on(t.runAt)
      .where(sql`${t.state} in ('pending', 'running')`),
    index("email_jobs_recipient_id_idx").on(t.recipientId),
    check("email_jobs_state_known", sql`${t.state} in (${sql.raw(EMAIL_JOB_STATES.map((s) => `'${s}'`).join(", "))})`),
    check("email_jobs_kind_known", sql`${t.kind} in ('notifications')`),
  ],
);

// Every email handed to the mail server, by its idempotency key (`job:<id>`): a worker checks the key
// before sending and writes it with the job's success, so a retried or re-claimed job never sends
// again once one send is recorded. It is also what the daily bound per member counts.
export const emailSends = pgTable(
  "email_sends",
  {
    key: text("key").primaryKey(),
    recipientId: text("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sentAt: ts("sent_at").notNull().defaultNow(),
  },
  (t) => [index("email_sends_recipient_idx").on(t.recipientId, t.sentAt)],
);
