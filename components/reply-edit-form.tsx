"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { BODY_MAX } from "@/lib/limits/limits";
import { FormAlert } from "@/components/form-alert";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  replyId: number;
  body: string;
};

export function ReplyEditForm({ action, replyId, body }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="replyId" value={replyId} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <Field
        name="body"
        label="Reply"
        multiline
        rows={8}
        defaultValue={state.values?.body ?? body}
        error={state.errors?.body}
        maxLength={BODY_MAX}
      />
      <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
    </form>
  );
}
