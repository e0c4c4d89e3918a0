"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  /** Asked before posting, as a delete button asks; without JavaScript the form posts unasked. */
  confirm?: string;
};

/**
 * A form of one button (a Server Action built with buttonAction); posts without JavaScript too. A
 * refusal from the action (the post changed hands, the database is away) shows under the button.
 */
export function ActionButton({ action, hidden, children, pendingText, className, confirm }: Props) {
  const [result, formAction] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText={pendingText} className={className}>
        {children}
      </SubmitButton>
      {result.message && <FormAlert className="mt-2 p-2 text-sm">{result.message}</FormAlert>}
    </form>
  );
}
