"use client";
// "What is wrong with this post?": a reason and an optional note, for the moderators. Signed-out
// readers are offered sign-in; the post's author is told they cannot flag their own post.
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { FLAG_REASONS, NOTE_MAX } from "@/lib/moderation-options";
import { signInPath } from "@/lib/urls/safe-redirect";
import { FormAlert } from "@/components/form-alert";
import { Field } from "./field";
import { Link } from "./link";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  target: { name: "threadId" | "replyId"; value: number };
  authorId: string;
  here: string;
};

export function FlagForm({ action, target, authorId, here }: Props) {
  const viewer = useViewer();
  const [state, formAction] = useActionState(action, {});
  if (viewer.status === "signed-out") {
    return (
      <p className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">
        <Link href={signInPath(here)} className="font-medium underline">
          Sign in
        </Link>{" "}
        to flag a post.
      </p>
    );
  }
  if (viewer.status === "signed-in" && viewer.viewer.id === authorId) {
    return (
      <p className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">
        This is your own post: you can edit or delete it instead.
      </p>
    );
  }
  const chosen = state.values?.reason ?? "";
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name={target.name} value={target.value} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <fieldset aria-describedby={state.errors?.reason ? "flag-reason-error" : undefined}>
        <legend className="text-sm font-medium">What is wrong with it?</legend>
        <div className="mt-2 space-y-2">
          {FLAG_REASONS.map((reason) => (
            <label
              key={reason.slug}
              className="flex items-start gap-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
            >
              <input
                type="radio"
                name="reason"
                value={reason.slug}
                defaultChecked={chosen === reason.slug}
                className="mt-1"
              />
              <span>
                <span className="block font-medium">{reason.label}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">{reason.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {state.errors?.reason && (
          <p id="flag-reason-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {state.errors.reason}
          </p>
        )}
      </fieldset>
      <Field
        name="note"
        label="Note for the moderators"
        multiline
        rows={3}
        required={false}
        maxLength={NOTE_MAX}
        defaultValue={state.values?.note ?? ""}
        error={state.errors?.note}
      />
      <SubmitButton pendingText="Sending…">Flag post</SubmitButton>
    </form>
  );
}
