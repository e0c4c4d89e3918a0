// Everything per reader that a cached page shows, for the browser's one per-reader request
// (app/api/reader/route.ts): one SQL statement, each part a scalar subquery, whatever the page, the
// session lookup included, plus one write when a thread page reports how far the reader got. To add a
// field, add a part below.
import "server-only";
import { type Column, type SQL, and, eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { recordRead } from "../mutations/reads";
import { sessions, users } from "../schema";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/session-lifetime";
import {
  type ListedUnread,
  NEW_REPLIES_CAP,
  type ReaderScope,
  type ReaderState,
  type ThreadState,
  UNREAD_NOTIFICATIONS_CAP,
} from "@/lib/reader-scope";

const json = <T>(fragment: SQL) =>
  fragment.mapWith((value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as T);

// The reader: a member id, or the column of the session's member in readerBySession's statement.
type Member = string | Column;

// Replies a reader can read: deleted and hidden ones are placeholders, never "new".
const visibleReply = (alias: string) => sql.raw(`${alias}.deleted_at is null and ${alias}.hidden_at is null`);

const parts = {
  unreadNotifications: (userId: Member) =>
    sql<number>`(select count(*)::int from (select 1 from notifications where recipient_id = ${userId} and read_at is null limit ${UNREAD_NOTIFICATIONS_CAP}) as unread)`.mapWith(
      Number,
    ),

  thread: (userId: Member, scope: ReaderScope) =>
    scope.thread === undefined
      ? sql`null`.mapWith(() => null)
      : json<ThreadState | null>(sql`(
          select json_build_object(
            'id', t.id,
            'follow', f.level,
            'lastReadReplyId', r.last_read_reply_id,
            'lastReplyId', coalesce((select max(id) from replies where thread_id = t.id), 0),
            'firstUnreadId', (select min(x.id) from replies x where x.thread_id = t.id and x.id > r.last_read_reply_id and ${visibleReply("x")}),
            'helpful', (select coalesce(json_agg(coalesce(v.reply_id, 0)), '[]'::json) from helpful_votes v where v.thread_id = t.id and v.user_id = ${userId}))
          from threads t
          left join thread_follows f on f.thread_id = t.id and f.user_id = ${userId}
          left join thread_reads r on r.thread_id = t.id and r.user_id = ${userId}
          where t.id = ${scope.thread} and t.deleted_at is null)`),

  unread: (userId: Member, scope: ReaderScope) =>
    !scope.threads?.length
      ? sql`'[]'`.mapWith(() => [])
      : json<ListedUnread[]>(sql`(
          select coalesce(json_agg(json_build_object('id', r.thread_id, 'newReplies', n.count, 'firstUnreadId', n.first, 'lastReadReplyId', r.last_read_reply_id)), '[]'::json)
          from thread_reads r
          cross join lateral (
            select count(*)::int as count, min(x.id) as first
            from (select x.id from replies x where x.thread_id = r.thread_id and x.id > r.last_read_reply_id and ${visibleReply("x")} order by x.id limit ${NEW_REPLIES_CAP}) as x
          ) as n
          where r.user_id = ${userId}
            and r.thread_id in (${sql.join(
              scope.threads.map((id) => sql`${id}`),
              sql`, `,
            )})
            and n.count > 0
            and not exists (select 1 from thread_follows m where m.user_id = r.user_id and m.thread_id = r.thread_id and m.level = 'muted'))`),
} satisfies Record<keyof ReaderState, (userId: Member, scope: ReaderScope) => SQL.Aliased | SQL>;

const stateOf = (userId: Member, scope: ReaderScope) => ({
  unreadNotifications: parts.unreadNotifications(userId),
  thread: parts.thread(userId, scope),
  unread: parts.unread(userId, scope),
});

/**
 * The reader's state for a page, in one statement. With `thread` and `seen` (the last reply the page
 * shows), the reader's position then moves up to it (never past the thread's newest reply, never back):
 * the state returned is from before this view, so the page can still mark what was new.
 */
export async function readerState(userId: string, scope: ReaderScope): Promise<ReaderState> {
  const [row] = await getDb()
    .select(stateOf(userId, scope))
    .from(sql`(select 1) as reader`);
  const state = row as ReaderState;
  await moveReadPosition(userId, scope, state);
  return state;
}

/** The session's member, with the columns Auth.js's session callback reads (auth.ts, browserViewer). */
export type SessionMember = Pick<
  typeof users.$inferSelect,
  "id" | "login" | "name" | "image" | "role" | "suspendedUntil"
>;

/**
 * The member holding this session token and their state for the page, in one statement: the per-reader
 * request without Auth.js's session round trip (measured by `npm run bench`: "per-reader, signed in").
 * Null unless the session is live and not yet due to be extended, so Auth.js stays the one that ends,
 * extends and re-sets sessions: the caller hands every other case to Auth.js's session endpoint, which
 * then does that at most once a day per session (SESSION_UPDATE_AGE_SECONDS).
 */
export async function readerBySession(
  token: string,
  scope: ReaderScope,
): Promise<{ member: SessionMember; state: ReaderState } | null> {
  const [row] = await getDb()
    .select({
      member: {
        id: users.id,
        login: users.login,
        name: users.name,
        image: users.image,
        role: users.role,
        suspendedUntil: users.suspendedUntil,
      },
      ...stateOf(users.id, scope),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.sessionToken, token),
        // Auth.js extends a session once less than (max age - update age) of it is left.
        sql`${sessions.expires} > now() + ${SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS}::int * interval '1 second'`,
      ),
    );
  if (!row) return null;
  const { member, ...state } = row as typeof row & ReaderState;
  await moveReadPosition(member.id, scope, state);
  return { member, state };
}

async function moveReadPosition(userId: string, scope: ReaderScope, state: ReaderState): Promise<void> {
  if (!state.thread || scope.seen === undefined) return;
  const upTo = Math.min(scope.seen, state.thread.lastReplyId);
  if (upTo > (state.thread.lastReadReplyId ?? -1)) await recordRead(getDb(), userId, state.thread.id, upTo);
}
