"use client";
// The story author's control: close the story to questions, or open it again. Shown to the author
// only, once the browser knows who is reading; without JavaScript the story's edit form has the same
// choice. The action checks lib/permissions.ts set-questions again.
import { useActionState } from "react";
import type { FormAction } from "@/lib/form-state";
import { QUESTIONS_CLOSED, QUESTIONS_OPENED } from "@/lib/questions";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

type Props = { action: FormAction; story: { id: number; authorId: string; questionsOpen: boolean } };

export function QuestionsSwitch({ action, story }: Props) {
  const viewer = useViewer();
  const [state, formAction] = useActionState(action, {});
  if (viewer.status !== "signed-in" || viewer.viewer.id !== story.authorId) return null;
  const done = state.message === QUESTIONS_OPENED || state.message === QUESTIONS_CLOSED;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="storyId" value={story.id} />
      <input type="hidden" name="open" value={story.questionsOpen ? "0" : "1"} />
      <SubmitButton pendingText="Saving…" className="helpful-off">
        {story.questionsOpen ? "Close to questions" : "Open to questions"}
      </SubmitButton>
      {state.message &&
        (done ? (
          <span role="status">{state.message}</span>
        ) : (
          <FormAlert className="p-2 text-sm">{state.message}</FormAlert>
        ))}
    </form>
  );
}
