"use client";
// Under a waiting question, the story author's answer: a reply linked to the question. Once the
// browser knows the reader it shows only to the author (the page is the same cached HTML for everyone);
// without JavaScript it sits folded in a <details> for whoever opens it, and the action refuses anyone
// but the author with the rule's sentence (lib/permissions.ts answer-question).
import { useActionState } from "react";
import type { FormAction } from "@/lib/form-state";
import { BODY_MAX } from "@/lib/limits/limits";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { FormKey } from "./form-key";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

type Props = {
  action: FormAction;
  storyId: number;
  authorId: string;
  question: { id: number; login: string };
};

export function AnswerQuestionForm({ action, storyId, authorId, question }: Props) {
  const viewer = useViewer();
  const [state, formAction] = useActionState(action, {});
  if (viewer.status === "signed-out") return null;
  if (viewer.status === "signed-in" && viewer.viewer.id !== authorId) return null;
  return (
    <details className="mt-2" open={state.message !== undefined || state.errors !== undefined}>
      <summary className="cursor-pointer text-sm font-medium text-emerald-700 dark:text-emerald-400">
        Answer<span className="sr-only"> the question from @{question.login}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-3" noValidate>
        <input type="hidden" name="storyId" value={storyId} />
        <input type="hidden" name="questionId" value={question.id} />
        <FormKey />
        {(state.message ?? state.errors?.questionId) && (
          <FormAlert>{state.message ?? state.errors?.questionId}</FormAlert>
        )}
        <Field
          name="body"
          form={`answer-${question.id}`}
          label={`Your answer to @${question.login}`}
          multiline
          rows={4}
          defaultValue={state.values?.body ?? ""}
          error={state.errors?.body}
          maxLength={BODY_MAX}
          hint="Markdown supported."
        />
        <SubmitButton pendingText="Posting…">Post answer</SubmitButton>
      </form>
    </details>
  );
}
