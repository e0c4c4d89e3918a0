"use client";
// The email settings form: which emails a member gets. A plain form, so it works without JavaScript;
// the action (app/settings/email/actions.ts) checks it again.
import { useActionState } from "react";
import type { FormAction } from "@/lib/form-state";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Props = { action: FormAction; choices: { replies: boolean; following: boolean } };

const CHOICES = [
  {
    name: "replies",
    label: "Replies to me and mentions",
    hint: "Replies to your posts, mentions of you, questions on your stories and answers to your questions.",
  },
  {
    name: "following",
    label: "Activity I follow",
    hint: "Replies in the discussions and stories you follow.",
  },
] as const;

export function EmailSettingsForm({ action, choices }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-4 space-y-4">
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <fieldset className="space-y-3">
        <legend className="font-semibold">Email me about</legend>
        {CHOICES.map((choice) => (
          <div key={choice.name} className="flex items-start gap-3">
            <input
              type="checkbox"
              id={`email-${choice.name}`}
              name={choice.name}
              defaultChecked={choices[choice.name]}
              aria-describedby={`email-${choice.name}-hint`}
              className="mt-1 size-4 accent-emerald-700"
            />
            <div>
              <label htmlFor={`email-${choice.name}`} className="font-medium">
                {choice.label}
              </label>
              <p id={`email-${choice.name}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
                {choice.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
    </form>
  );
}
