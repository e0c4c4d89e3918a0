"use client";
import { useFormStatus } from "react-dom";

/** A submit button that shows progress and cannot be pressed twice while its form is sending. */
export function SubmitButton({ children, pendingText, className }: { children: React.ReactNode; pendingText: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={
        className ??
        "rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:cursor-wait disabled:opacity-60"
      }
    >
      {pending ? pendingText : children}
    </button>
  );
}
