// Reads for a member's profile (/u/<login>): who they are, what they posted, the helpful marks their
// stories received. Deleted and hidden posts are left out, as everywhere public. Each read is one
// statement; the lists are keyset-paged on (created_at, id), which the author indexes order.
import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { type Cursor, encodeCursor } from "@/lib/urls/cursor";
import { getDb } from "../index";
import { previousLogins, replies, threads, users } from "../schema";

export const PROFILE_PAGE = 20;
export const PROFILE_PREVIEW = 5;

const liveThread = and(isNull(threads.deletedAt), isNull(threads.hiddenAt));
const LIVE = (alias: string) => `${alias}.deleted_at is null and ${alias}.hidden_at is null`;

/**
 * The member holding `login` (compared without case, as GitHub does) with their counts; or, when no one
 * holds it now, the login they hold today if it was one of theirs before (to redirect to); or null.
 */
export async function findMember(login: string) {
  const [member] = await getDb()
    .select({
      id: users.id,
      login: users.login,
      name: users.name,
      image: users.image,
      role: users.role,
      isSample: users.isSample,
      createdAt: users.createdAt,
      // Written out with aliases: inside a subquery drizzle would leave the column names unqualified.
      discussions:
        sql<number>`(${sql.raw(`select count(*) from threads t where t.author_id = users.id and t.kind = 'discussion' and ${LIVE("t")}`)})`.mapWith(
          Number,
        ),
      replies:
        sql<number>`(${sql.raw(`select count(*) from replies r join threads t on t.id = r.thread_id where r.author_id = users.id and r.deleted_at is null and r.hidden_at is null and ${LIVE("t")}`)})`.mapWith(
          Number,
        ),
      // Ask the author: the questions they answered on their stories, with an answer readers can see (the
      // same rows, and so the same freshness, as their replies count).
      questionsAnswered:
        sql<number>`(${sql.raw(`select count(distinct r.question_id) from replies r join threads t on t.id = r.thread_id where r.author_id = users.id and r.question_id is not null and r.deleted_at is null and r.hidden_at is null and ${LIVE("t")}`)})`.mapWith(
          Number,
        ),
      // Marks on their opening posts and on their replies, on posts readers can still see.
      helpfulReceived: sql<number>`(${sql.raw(
        `(select coalesce(sum(t.helpful_count), 0) from threads t where t.author_id = users.id and ${LIVE("t")})` +
          ` + (select coalesce(sum(r.helpful_count), 0) from replies r join threads t on t.id = r.thread_id where r.author_id = users.id and r.deleted_at is null and r.hidden_at is null and ${LIVE("t")})`,
      )})`.mapWith(Number),
    })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`)
    .limit(1);
  if (member) return { member, movedTo: null };
  const [moved] = await getDb()
    .select({ login: users.login })
    .from(previousLogins)
    .innerJoin(users, eq(users.id, previousLogins.userId))
    .where(eq(previousLogins.login, login.toLowerCase()));
  return { member: null, movedTo: moved?.login ?? null };
}

export type Member = NonNullable<Awaited<ReturnType<typeof findMember>>["member"]>;

const before = (table: typeof threads | typeof replies, cursor: Cursor | null) =>
  cursor
    ? sql`(${table.createdAt}, ${table.id}) < (${sql.param(cursor.at, table.createdAt)}, ${cursor.id})`
    : undefined;

function page<T extends { id: number; createdAt: Date }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}

/** The member's discussions and stories, newest first. */
export async function memberThreads(
  userId: string,
  kind: "discussion" | "story",
  cursor: Cursor | null,
  limit = PROFILE_PAGE,
) {
  const rows = await getDb()
    .select({
      id: threads.id,
      title: threads.title,
      kind: threads.kind,
      createdAt: threads.createdAt,
      replyCount: threads.replyCount,
      answered: sql<boolean>`${threads.answerReplyId} is not null`.mapWith(Boolean),
    })
    .from(threads)
    .where(and(eq(threads.authorId, userId), eq(threads.kind, kind), liveThread, before(threads, cursor)))
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(limit + 1);
  return page(rows, limit);
}

/** The member's replies, newest first, each with the thread it is in and the start of its text. */
export async function memberReplies(userId: string, cursor: Cursor | null, limit = PROFILE_PAGE) {
  const rows = await getDb()
    .select({
      id: replies.id,
      createdAt: replies.createdAt,
      excerpt: sql<string>`left(${replies.body}, 240)`,
      thread: { id: threads.id, title: threads.title, kind: threads.kind },
      isAnswer: sql<boolean>`${threads.answerReplyId} is not distinct from ${replies.id}`.mapWith(Boolean),
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(
      and(
        eq(replies.authorId, userId),
        isNull(replies.deletedAt),
        isNull(replies.hiddenAt),
        liveThread,
        before(replies, cursor),
      ),
    )
    .orderBy(desc(replies.createdAt), desc(replies.id))
    .limit(limit + 1);
  return page(rows, limit);
}

export type MemberThread = Awaited<ReturnType<typeof memberThreads>>["items"][number];
export type MemberReply = Awaited<ReturnType<typeof memberReplies>>["items"][number];
