"use client";
import { useFormStatus } from "react-dom";

/** A submit button that shows progress and cannot be pressed twice while its form is sending. */
type Props = {
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  /** An accessible name that starts with the visible text and says which post, where a page has many alike. */
  label?: string;
  /** A toggle's state (aria-pressed); leave undefined for a plain button. */
  pressed?: boolean;
};

export function SubmitButton({ children, pendingText, className, label, pressed }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={label}
      aria-pressed={pressed}
      className={
        className ??
        "rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:cursor-wait disabled:opacity-60"
      }
    >
      {pending ? pendingText : children}
    </button>
  );
}
