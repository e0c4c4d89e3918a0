// Ask the author: a question is a reply of a story's discussion marked is_question, and the author's
// answer a reply naming it (question_id), both written by createReply (./replies.ts) with every rule a
// reply has; this module adds what is particular to them: the rule to check, read under the same locks,
// and the author's choice to open or close the story to questions.
import { and, eq, isNull } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Action, StoryThread } from "@/lib/permissions";
import type { NewReplyInput } from "@/lib/validation";
import { getDb, type Transaction } from "../index";
import { replies, stories, threads } from "../schema";
import { lockActor, requirePermission } from "./limits";

/**
 * The rule a new reply passes instead of "reply" when it asks or answers, read while the thread's row
 * is held (so a close cannot slip between the check and the write); null for an ordinary reply. The
 * question answered is held too, so it is not deleted or hidden meanwhile; one of another thread is as
 * unknown as a made-up id.
 */
export async function questionAction(
  tx: Transaction,
  thread: StoryThread & { id: number },
  input: Pick<NewReplyInput, "question" | "answers">,
): Promise<{ action: Action } | null> {
  if (input.question && input.answers != null) throw new ForbiddenError("A question can't also be an answer.");
  if (input.question) {
    const [story] = await tx
      .select({ questionsOpen: stories.questionsOpen })
      .from(stories)
      .where(eq(stories.threadId, thread.id));
    return { action: { do: "ask-author", thread, questionsOpen: story?.questionsOpen ?? false } };
  }
  if (input.answers == null) return null;
  const [question] = await tx
    .select({
      authorId: replies.authorId,
      deletedAt: replies.deletedAt,
      hiddenAt: replies.hiddenAt,
      isQuestion: replies.isQuestion,
    })
    .from(replies)
    .where(and(eq(replies.id, input.answers), eq(replies.threadId, thread.id)))
    .for("share");
  if (!question) throw new NotFoundError("Question");
  return { action: { do: "answer-question", thread, question } };
}

/**
 * Opens or closes a story to questions (its author; closing at any time, even while suspended or
 * hidden). Holds the thread's row as a new reply does, so a question sent as the story closes is
 * either in before it or refused. Setting what is already set changes nothing and expires nothing.
 */
export async function setQuestionsOpen(
  userId: string,
  storyId: number,
  open: boolean,
): Promise<{ open: boolean; changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, userId);
    const [story] = await tx
      .select({
        authorId: threads.authorId,
        deletedAt: threads.deletedAt,
        hiddenAt: threads.hiddenAt,
        questionsOpen: stories.questionsOpen,
      })
      .from(threads)
      .innerJoin(stories, eq(stories.threadId, threads.id))
      .where(and(eq(threads.id, storyId), isNull(threads.deletedAt)))
      .for("update", { of: threads });
    if (!story) throw new NotFoundError("Story");
    requirePermission(actor, { do: "set-questions", story, open });
    if (story.questionsOpen === open) return { open, changed: [] };
    await tx.update(stories).set({ questionsOpen: open }).where(eq(stories.threadId, storyId));
    // The story's page (its form and invitation) and every list showing it (their items carry its tag).
    return { open, changed: [tags.thread(storyId)] };
  });
}
