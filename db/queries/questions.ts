// Ask the author, read: a story's questions with the author's answers, for the top of its page.
import "server-only";
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../index";
import { replies, threads, users } from "../schema";
import { author } from "./threads";

/** How many questions a page shows (the story's, then each further page); the counts cover them all. */
export const QUESTIONS_SHOWN = 50;

/** A live, visible reply: a question or answer a reader may see. */
const visible = and(isNull(replies.deletedAt), isNull(replies.hiddenAt));

/**
 * The story's live, visible questions, oldest first, `limit` of them from the start or after
 * the question `after` (keyset paging), each with the author's live, visible answers; whether more
 * follow; and how many are answered and waiting in all. Nothing for a hidden or deleted story: its
 * discussion is not public. Four statements, however many questions: the story, the counts, the
 * questions, their answers.
 */
export async function listQuestions(storyId: number, after: number | null = null, limit = QUESTIONS_SHOWN) {
  const db = getDb();
  const [story] = await db
    .select({ authorId: threads.authorId })
    .from(threads)
    .where(
      and(eq(threads.id, storyId), eq(threads.kind, "story"), isNull(threads.deletedAt), isNull(threads.hiddenAt)),
    );
  if (!story) return { answered: 0, waiting: 0, questions: [], more: false };
  // An answer counts when it is live and visible, and is the story author's (the write checks that;
  // the read does not trust a row it did not write).
  const answeredQuestion = sql`exists (
    select 1 from ${replies} answer where answer.question_id = ${replies.id}
      and answer.deleted_at is null and answer.hidden_at is null and answer.author_id = ${story.authorId})`;
  const [counts, rows] = await Promise.all([
    db
      .select({
        answered: sql<number>`count(*) filter (where ${answeredQuestion})`.mapWith(Number),
        total: sql<number>`count(*)`.mapWith(Number),
      })
      .from(replies)
      .where(and(eq(replies.threadId, storyId), eq(replies.isQuestion, true), visible)),
    db
      .select({ id: replies.id, bodyHtml: replies.bodyHtml, createdAt: replies.createdAt, author })
      .from(replies)
      .innerJoin(users, eq(users.id, replies.authorId))
      .where(
        and(
          eq(replies.threadId, storyId),
          eq(replies.isQuestion, true),
          visible,
          after === null ? undefined : gt(replies.id, after),
        ),
      )
      .orderBy(asc(replies.id))
      .limit(limit + 1),
  ]);
  const questions = rows.slice(0, limit);
  const answers =
    questions.length === 0
      ? []
      : await db
          .select({
            id: replies.id,
            questionId: replies.questionId,
            bodyHtml: replies.bodyHtml,
            createdAt: replies.createdAt,
          })
          .from(replies)
          .where(
            and(
              inArray(
                replies.questionId,
                questions.map((q) => q.id),
              ),
              eq(replies.authorId, story.authorId),
              visible,
            ),
          )
          .orderBy(asc(replies.id));
  const { answered, total } = counts[0];
  return {
    answered,
    waiting: total - answered,
    more: rows.length > limit,
    questions: questions.map((q) => ({
      ...q,
      answers: answers
        .filter((a) => a.questionId === q.id)
        .map((a) => ({ id: a.id, bodyHtml: a.bodyHtml, createdAt: a.createdAt })),
    })),
  };
}

export type StoryQuestions = Awaited<ReturnType<typeof listQuestions>>;
