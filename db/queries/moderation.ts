// Reads for the moderators' pages (/mod…) and the public moderation log. The /mod pages render per
// request for one moderator; the public log is cached like every public page.
import "server-only";
import { aliasedTable, and, asc, desc, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../index";
import { flags, modActions, replies, threads, users } from "../schema";
import type { PostTarget } from "../mutations/moderation";
import { tagNames } from "./thread-order";

export const LOG_PER_PAGE = 50;
const QUEUE_FLAGS_MAX = 500;

const flagger = aliasedTable(users, "flagger");
const author = aliasedTable(users, "author");

/**
 * Posts with open flags, the longest-waiting first: each with its flags (who, why) and enough of the
 * post to judge it. One statement; grouped here.
 */
export async function flagQueue() {
  const rows = await getDb()
    .select({
      flagId: flags.id,
      reason: flags.reason,
      note: flags.note,
      createdAt: flags.createdAt,
      flagger: flagger.login,
      threadId: flags.threadId,
      replyId: flags.replyId,
      title: threads.title,
      kind: threads.kind,
      body: sql<string>`coalesce(${replies.body}, ${threads.body})`,
      hidden: sql<boolean>`coalesce(${replies.hiddenAt}, ${threads.hiddenAt}) is not null`,
      authorLogin: author.login,
    })
    .from(flags)
    .innerJoin(flagger, eq(flagger.id, flags.flaggerId))
    .innerJoin(threads, eq(threads.id, flags.threadId))
    .leftJoin(replies, eq(replies.id, flags.replyId))
    .innerJoin(author, eq(author.id, sql`coalesce(${replies.authorId}, ${threads.authorId})`))
    .where(and(isNull(flags.resolvedAt), isNull(threads.deletedAt), isNull(replies.deletedAt)))
    .orderBy(asc(flags.createdAt), asc(flags.id))
    .limit(QUEUE_FLAGS_MAX);
  const posts = new Map<
    string,
    {
      threadId: number;
      replyId: number | null;
      title: string;
      kind: "discussion" | "story";
      body: string;
      hidden: boolean;
      authorLogin: string;
      since: Date;
      flags: { id: number; reason: string; note: string | null; flagger: string; createdAt: Date }[];
    }
  >();
  for (const r of rows) {
    const key = r.replyId === null ? `t${r.threadId}` : `r${r.replyId}`;
    let post = posts.get(key);
    if (!post) {
      post = {
        threadId: r.threadId,
        replyId: r.replyId,
        title: r.title,
        kind: r.kind,
        body: r.body,
        hidden: r.hidden,
        authorLogin: r.authorLogin,
        since: r.createdAt,
        flags: [],
      };
      posts.set(key, post);
    }
    post.flags.push({ id: r.flagId, reason: r.reason, note: r.note, flagger: r.flagger, createdAt: r.createdAt });
  }
  return { posts: [...posts.values()], truncated: rows.length === QUEUE_FLAGS_MAX };
}

export type QueuedPost = Awaited<ReturnType<typeof flagQueue>>["posts"][number];

/** A post as moderators see it (text included, hidden or not), its author, its flags and its log. */
export async function postForModeration(target: PostTarget) {
  const db = getDb();
  const isReply = "replyId" in target;
  const query = db
    .select({
      threadId: threads.id,
      replyId: isReply ? replies.id : sql<number | null>`null`,
      title: threads.title,
      kind: threads.kind,
      body: isReply ? replies.body : threads.body,
      createdAt: isReply ? replies.createdAt : threads.createdAt,
      hiddenAt: isReply ? replies.hiddenAt : threads.hiddenAt,
      hiddenReason: isReply ? replies.hiddenReason : threads.hiddenReason,
      deletedAt: isReply ? replies.deletedAt : threads.deletedAt,
      lockedAt: threads.lockedAt,
      pinnedAt: threads.pinnedAt,
      // Where the thread is filed, for the move form.
      categoryId: threads.categoryId,
      tags: tagNames,
      author: {
        id: author.id,
        login: author.login,
        role: author.role,
        suspendedUntil: author.suspendedUntil,
        createdAt: author.createdAt,
      },
    })
    .from(threads)
    .$dynamic();
  const [post] = await (isReply
    ? query
        .innerJoin(replies, eq(replies.threadId, threads.id))
        .innerJoin(author, eq(author.id, replies.authorId))
        .where(and(eq(replies.id, target.replyId), isNull(threads.deletedAt)))
    : query
        .innerJoin(author, eq(author.id, threads.authorId))
        .where(and(eq(threads.id, target.threadId), isNull(threads.deletedAt))));
  if (!post) return null;
  const onPost = isReply
    ? eq(flags.replyId, target.replyId)
    : and(eq(flags.threadId, target.threadId), isNull(flags.replyId));
  const [postFlags, history] = await Promise.all([
    db
      .select({
        id: flags.id,
        reason: flags.reason,
        note: flags.note,
        createdAt: flags.createdAt,
        resolvedAt: flags.resolvedAt,
        flagger: flagger.login,
      })
      .from(flags)
      .innerJoin(flagger, eq(flagger.id, flags.flaggerId))
      .where(onPost)
      .orderBy(asc(flags.id)),
    logEntries({ post: target, withNotes: true, limit: LOG_PER_PAGE }),
  ]);
  return { ...post, flags: postFlags, history };
}

export type ModeratedPost = NonNullable<Awaited<ReturnType<typeof postForModeration>>>;

const actor = aliasedTable(users, "actor");
const member = aliasedTable(users, "member");

/** Log entries, newest first, before an entry id; private notes only when asked (the /mod log). */
export async function logEntries({
  before,
  post,
  withNotes,
  limit = LOG_PER_PAGE,
}: {
  before?: number;
  post?: PostTarget;
  withNotes: boolean;
  limit?: number;
}) {
  const rows = await getDb()
    .select({
      id: modActions.id,
      action: modActions.action,
      reason: modActions.reason,
      note: withNotes ? modActions.note : sql<null>`null`,
      createdAt: modActions.createdAt,
      actor: actor.login,
      member: member.login,
      threadId: modActions.threadId,
      replyId: modActions.replyId,
      // The public log does not repeat the title of a thread the moderators hid (spam's title is spam).
      title: withNotes
        ? threads.title
        : sql<string | null>`case when ${threads.hiddenAt} is null then ${threads.title} end`,
      kind: threads.kind,
    })
    .from(modActions)
    .leftJoin(actor, eq(actor.id, modActions.actorId))
    .leftJoin(member, eq(member.id, modActions.memberId))
    .leftJoin(threads, eq(threads.id, modActions.threadId))
    .where(
      and(
        before !== undefined ? lt(modActions.id, before) : undefined,
        post
          ? "replyId" in post
            ? eq(modActions.replyId, post.replyId)
            : and(eq(modActions.threadId, post.threadId), isNull(modActions.replyId))
          : undefined,
      ),
    )
    .orderBy(desc(modActions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { entries: page, nextBefore: rows.length > limit ? page.at(-1)!.id : null };
}

export type LogEntry = Awaited<ReturnType<typeof logEntries>>["entries"][number];

const memberFields = {
  id: users.id,
  login: users.login,
  name: users.name,
  role: users.role,
  suspendedUntil: users.suspendedUntil,
  createdAt: users.createdAt,
};

/** Moderators and admins, and members whose suspension has not ended. */
export async function staffAndSuspended() {
  const db = getDb();
  const [staff, suspended] = await Promise.all([
    db
      .select(memberFields)
      .from(users)
      .where(or(eq(users.role, "moderator"), eq(users.role, "admin")))
      .orderBy(asc(users.login))
      .limit(200),
    db
      .select(memberFields)
      .from(users)
      .where(and(isNotNull(users.suspendedUntil), gt(users.suspendedUntil, sql`now()`)))
      .orderBy(asc(users.suspendedUntil))
      .limit(200),
  ]);
  return { staff, suspended };
}

export async function memberByLogin(login: string) {
  const [row] = await getDb()
    .select(memberFields)
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`)
    .limit(1);
  return row ?? null;
}
