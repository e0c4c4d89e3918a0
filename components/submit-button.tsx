"use client";
import { useFormStatus } from "react-dom";

/** A submit button that shows progress and cannot be pressed twice while its form is sending. */
type Props = {
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  /** An accessible name that starts with the visible text and says which post, where a page has many alike. */
  label?: string;
};

export function SubmitButton({ children, pendingText, className, label }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={label}
      className={
        className ??
        "rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:cursor-wait disabled:opacity-60"
      }
    >
      {pending ? pendingText : children}
    </button>
  );
}
