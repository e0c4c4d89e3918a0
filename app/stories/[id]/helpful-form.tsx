"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { useViewer } from "@/components/viewer";
import { toggleHelpfulAction } from "../actions";

/**
 * "This helped me" and the count. The answer (marked, taken back, refused) comes back as form state, not
 * in the URL, so the cached page stays one entry; the author is not offered the button (toggleHelpful refuses them anyway).
 */
export function HelpfulForm({ storyId, authorId, count }: { storyId: number; authorId: string; count: number }) {
  const [state, action] = useActionState(toggleHelpfulAction, {});
  const viewer = useViewer();
  const own = viewer.status === "signed-in" && viewer.viewer.id === authorId;
  return (
    <form action={action} className="mt-6 flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <input type="hidden" name="storyId" value={storyId} />
      {!own && (
        <SubmitButton
          pendingText="Saving…"
          className="rounded-md border border-emerald-600 px-3 py-1.5 text-sm font-medium text-emerald-800 hover:bg-emerald-50 disabled:opacity-60 dark:text-emerald-300 dark:hover:bg-emerald-950"
        >
          This helped me
        </SubmitButton>
      )}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">
        {count} {count === 1 ? "reader" : "readers"} found this helpful
      </span>
      {state.message && (
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.message}
        </span>
      )}
    </form>
  );
}
