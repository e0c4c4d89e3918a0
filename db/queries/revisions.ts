// A post's edit history, a page at a time: the versions it had (post_revisions) and its current text.
// Three statements for a reply, four for a discussion (its answer marks), six for a story (its current
// facts), however many edits.
import "server-only";
import { and, desc, eq, isNull, lte } from "drizzle-orm";
import { getDb } from "../index";
import { alias } from "drizzle-orm/pg-core";
import { answerMarks, postRevisions, replies, threads, users } from "../schema";
import { storedFactsText } from "./story-facts-text";

/** Edits per history page; older ones are reached by keyset on the version number. */
export const EDITS_PER_PAGE = 20;

export type VersionText = { title: string | null; body: string; facts: string | null };
export type HistoryEdit = {
  /** The version this edit made. */
  version: number;
  at: Date;
  editor: { id: string; login: string } | null;
  before: VersionText;
  after: VersionText;
};
export type PostHistory = {
  post: {
    kind: "discussion" | "story" | "reply";
    id: number;
    threadId: number;
    threadTitle: string;
    threadKind: "discussion" | "story";
    author: { id: string; login: string };
    createdAt: Date;
    editedAt: Date | null;
    hiddenAt: Date | null;
    hiddenReason: string | null;
  };
  /** Newest first. */
  edits: HistoryEdit[];
  /** The first version, once the page reaches it (the last page). */
  original: VersionText | null;
  /** The `before` of the next (older) page, if any. */
  nextBefore: number | null;
  /** A discussion's answer marks, newest first, on the history's first page (at most ANSWER_MARKS_SHOWN). */
  answerMarks: AnswerMarkEntry[];
};

/** How many changes of the answer mark a thread's history shows: the newest. */
export const ANSWER_MARKS_SHOWN = 50;

type MarkedReply = { id: number; author: { id: string; login: string } };

export type AnswerMarkEntry = {
  id: number;
  at: Date;
  actor: { id: string; login: string } | null;
  /** The reply marked by this change (null: the mark was taken off or cleared). */
  reply: MarkedReply | null;
  /** The reply marked before it, if any. */
  previous: MarkedReply | null;
  reason: "chosen" | "reply-deleted" | "reply-hidden";
};

const markedReply = alias(replies, "marked_reply");
const markedAuthor = alias(users, "marked_author");
const previousReply = alias(replies, "previous_reply");
const previousAuthor = alias(users, "previous_author");
const markActor = alias(users, "mark_actor");

/** A thread's answer marks, newest first: one statement walking answer_marks_thread_idx. */
export async function listAnswerMarks(threadId: number, limit = ANSWER_MARKS_SHOWN): Promise<AnswerMarkEntry[]> {
  const rows = await getDb()
    .select({
      id: answerMarks.id,
      at: answerMarks.createdAt,
      reason: answerMarks.reason,
      actorId: markActor.id,
      actorLogin: markActor.login,
      replyId: answerMarks.replyId,
      replyAuthorId: markedAuthor.id,
      replyLogin: markedAuthor.login,
      previousId: answerMarks.previousReplyId,
      previousAuthorId: previousAuthor.id,
      previousLogin: previousAuthor.login,
    })
    .from(answerMarks)
    .leftJoin(markActor, eq(markActor.id, answerMarks.actorId))
    .leftJoin(markedReply, eq(markedReply.id, answerMarks.replyId))
    .leftJoin(markedAuthor, eq(markedAuthor.id, markedReply.authorId))
    .leftJoin(previousReply, eq(previousReply.id, answerMarks.previousReplyId))
    .leftJoin(previousAuthor, eq(previousAuthor.id, previousReply.authorId))
    .where(eq(answerMarks.threadId, threadId))
    .orderBy(desc(answerMarks.id))
    .limit(limit);
  const reply = (id: number | null, authorId: string | null, login: string | null) =>
    id !== null && authorId !== null && login !== null ? { id, author: { id: authorId, login } } : null;
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    reason: row.reason,
    actor: row.actorId !== null && row.actorLogin !== null ? { id: row.actorId, login: row.actorLogin } : null,
    reply: reply(row.replyId, row.replyAuthorId, row.replyLogin),
    previous: reply(row.previousId, row.previousAuthorId, row.previousLogin),
  }));
}

export type HistoryTarget = { threadId: number } | { replyId: number };

const author = { id: users.id, login: users.login };

async function findPost(target: HistoryTarget) {
  const db = getDb();
  if ("threadId" in target) {
    const [row] = await db
      .select({
        kind: threads.kind,
        id: threads.id,
        threadId: threads.id,
        threadTitle: threads.title,
        threadKind: threads.kind,
        title: threads.title,
        body: threads.body,
        author,
        createdAt: threads.createdAt,
        editedAt: threads.editedAt,
        hiddenAt: threads.hiddenAt,
        hiddenReason: threads.hiddenReason,
      })
      .from(threads)
      .innerJoin(users, eq(users.id, threads.authorId))
      .where(and(eq(threads.id, target.threadId), isNull(threads.deletedAt)));
    return row;
  }
  const [row] = await db
    .select({
      id: replies.id,
      threadId: replies.threadId,
      threadTitle: threads.title,
      threadKind: threads.kind,
      body: replies.body,
      author,
      createdAt: replies.createdAt,
      editedAt: replies.editedAt,
      hiddenAt: replies.hiddenAt,
      hiddenReason: replies.hiddenReason,
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .innerJoin(users, eq(users.id, replies.authorId))
    // A deleted reply, or any reply of a deleted thread, has no public page: its history is a 404.
    .where(and(eq(replies.id, target.replyId), isNull(replies.deletedAt), isNull(threads.deletedAt)));
  return row ? { ...row, kind: "reply" as const, title: null } : undefined;
}

/**
 * One page of a post's history, or null when the post (or that page) does not exist. `before` names
 * a version: the page shows the edits that made it and the versions before it. A hidden post's
 * history holds none of its words, like its page.
 */
export async function getPostHistory(target: HistoryTarget, before?: number): Promise<PostHistory | null> {
  if (before !== undefined && before < 2) return null;
  const key = "threadId" in target ? postRevisions.threadId : postRevisions.replyId;
  const id = "threadId" in target ? target.threadId : target.replyId;
  const marksWanted = before === undefined && "threadId" in target;
  const [post, rows, marks] = await Promise.all([
    findPost(target),
    getDb()
      .select({
        version: postRevisions.version,
        title: postRevisions.title,
        body: postRevisions.body,
        facts: postRevisions.facts,
        at: postRevisions.createdAt,
        editor: { id: users.id, login: users.login },
      })
      .from(postRevisions)
      .leftJoin(users, eq(users.id, postRevisions.editorId))
      .where(and(eq(key, id), before !== undefined ? lte(postRevisions.version, before) : undefined))
      .orderBy(desc(postRevisions.version))
      // The page, one more to know whether an older page exists, and (on later pages) the version it starts from.
      .limit(EDITS_PER_PAGE + (before !== undefined ? 2 : 1)),
    marksWanted ? listAnswerMarks(target.threadId) : Promise.resolve([]),
  ]);
  if (!post) return null;
  const { title, body, ...meta } = post;
  if (post.hiddenAt) return { post: meta, edits: [], original: null, nextBefore: null, answerMarks: [] };

  const text = (r: { title: string | null; body: string; facts: string | null }): VersionText => ({
    title: r.title,
    body: r.body,
    facts: r.facts,
  });
  let after: VersionText;
  let older = rows;
  if (before === undefined) {
    after = { title, body, facts: post.kind === "story" ? await storedFactsText(getDb(), post.id) : null };
  } else {
    if (rows[0]?.version !== before) return null;
    after = text(rows[0]);
    older = rows.slice(1);
  }
  const more = older.length > EDITS_PER_PAGE;
  const shown = older.slice(0, EDITS_PER_PAGE);
  const edits: HistoryEdit[] = shown.map((row) => {
    const edit = { version: row.version + 1, at: row.at, editor: row.editor, before: text(row), after };
    after = text(row);
    return edit;
  });
  return {
    post: meta,
    edits,
    original: more ? null : after,
    nextBefore: more ? shown.at(-1)!.version : null,
    answerMarks: marks,
  };
}
