"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { BODY_MAX, TITLE_MAX } from "@/lib/limits";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";
import { FormKey } from "./form-key";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial?: { title: string; body: string };
  threadId?: number;
  submitLabel: string;
};

export function ThreadForm({ action, initial, threadId, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, {});
  const values = state.values ?? initial ?? { title: "", body: "" };
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {threadId !== undefined && <input type="hidden" name="threadId" value={threadId} />}
      <FormKey />
      <div aria-live="polite">
        {state.message && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {state.message}
          </p>
        )}
      </div>
      <Field name="title" label="Title" defaultValue={values.title} error={state.errors?.title} maxLength={TITLE_MAX} />
      <Field
        name="body"
        label="Body"
        multiline
        rows={12}
        defaultValue={values.body}
        error={state.errors?.body}
        maxLength={BODY_MAX}
        hint="Markdown: **bold**, _italic_, [links](https://example.com), lists, `code`, tables."
      />
      <SubmitButton pendingText="Posting…">{submitLabel}</SubmitButton>
    </form>
  );
}
