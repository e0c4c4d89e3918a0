"use client";
import { SubmitButton } from "@/components/submit-button";
import { useViewer } from "@/components/viewer";

/** "This helped me", for readers only: the author is not offered it (toggleHelpful refuses them anyway). */
export function HelpfulButton({ authorId }: { authorId: string }) {
  const state = useViewer();
  if (state.status === "signed-in" && state.viewer.id === authorId) return null;
  return (
    <SubmitButton
      pendingText="Saving…"
      className="rounded-md border border-emerald-600 px-3 py-1.5 text-sm font-medium text-emerald-800 hover:bg-emerald-50 disabled:opacity-60 dark:text-emerald-300 dark:hover:bg-emerald-950"
    >
      This helped me
    </SubmitButton>
  );
}
