"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  what: "thread" | "reply" | "story" | "follow-up";
  label: string;
  className: string;
};

/**
 * A post's delete button: asks first (with JavaScript; without it the form still posts), and shows a
 * refusal from the action (the post changed hands, the database is away) as form state.
 */
export function DeleteForm({ action, hidden, what, label, className }: Props) {
  const [result, formAction] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(`Delete this ${what}?`)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText="Deleting…" className={className}>
        {label}
      </SubmitButton>
      {result.message && <FormAlert className="mt-2 p-2 text-sm">{result.message}</FormAlert>}
    </form>
  );
}
