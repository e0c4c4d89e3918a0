"use client";
// On each live reply of a discussion: "The answer" when it is the one marked, and for the thread's
// author and the moderators (resolved in the browser: the page is the same for everyone) a button to
// mark it, or to take the mark off. The rule is lib/permissions.ts's; the action checks it again.
// Without JavaScript the mark still shows, and the thread page links to /threads/<id>/answer.
import { useActionState } from "react";
import { ANSWER_MARKED, ANSWER_UNMARKED } from "@/lib/answers";
import type { FormAction } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import { EnhancedField } from "./enhanced-field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

/** What the button needs of the thread: who asked, whether it is locked, and which reply is the answer. */
export type AnswerThread = { id: number; authorId: string; locked: boolean; answerReplyId: number | null };

type Props = { action: FormAction; thread: AnswerThread; reply: { id: number; login: string } };

export function AnswerMark({ action: markAction, thread, reply }: Props) {
  const [state, action] = useActionState(markAction, {});
  const viewer = useViewer();
  // From the page itself: the action expires it, and the page it answers with is the fresh one (a
  // press on another reply moves the mark away from this one too).
  const marked = thread.answerReplyId === reply.id;
  const may =
    viewer.status === "signed-in" &&
    can(viewer.viewer, {
      do: "mark-answer",
      thread: {
        kind: "discussion",
        authorId: thread.authorId,
        deletedAt: null,
        hiddenAt: null,
        lockedAt: thread.locked ? new Date(0) : null,
      },
      reply: { authorId: "", deletedAt: null, hiddenAt: null },
    });
  if (!marked && !may) return null;
  const failed = state.message && state.message !== ANSWER_MARKED && state.message !== ANSWER_UNMARKED;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      {marked && (
        <span className="answer-badge">
          <span aria-hidden="true">✓ </span>The answer
        </span>
      )}
      {may && (
        <>
          <EnhancedField />
          <input type="hidden" name="threadId" value={thread.id} />
          <input type="hidden" name="replyId" value={marked ? "" : reply.id} />
          <SubmitButton
            label={
              marked ? `Unmark the answer: reply by ${reply.login}` : `Mark as the answer: reply by ${reply.login}`
            }
            pendingText="Saving…"
            className="helpful-off"
          >
            {marked ? "Unmark the answer" : "Mark as the answer"}
          </SubmitButton>
        </>
      )}
      {failed && <FormAlert className="p-2 text-sm">{state.message}</FormAlert>}
    </form>
  );
}
