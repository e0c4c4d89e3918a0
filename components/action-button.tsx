"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  children: React.ReactNode;
  pendingText: string;
  className?: string;
};

/** A form of one button (a Server Action built with buttonAction); posts without JavaScript too. */
export function ActionButton({ action, hidden, children, pendingText, className }: Props) {
  const [result, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText={pendingText} className={className}>
        {children}
      </SubmitButton>
      {result.message && (
        <p
          role="alert"
          className="mt-2 rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {result.message}
        </p>
      )}
    </form>
  );
}
