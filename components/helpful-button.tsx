"use client";
// "Helpful" under any post (a discussion's or story's opening post, or a reply), with its count. The
// answer comes back as form state, so the cached page stays one entry; authors see the count only
// (lib/permissions.ts; the action refuses them anyway). Works without JavaScript as a plain form.
import { useActionState } from "react";
import { EnhancedField } from "./enhanced-field";
import { SubmitButton } from "./submit-button";
import type { FormAction } from "@/lib/form-state";
import { MARKED_HELPFUL, UNMARKED_HELPFUL } from "@/lib/helpful";
import { useReaderState, useViewer } from "./viewer";

/**
 * `action` is the route's toggleHelpfulAction (app/threads/actions.ts). `what` finishes the button's
 * accessible name ("Helpful: reply by grace"): a page has one per post.
 */
type Props = { action: FormAction; threadId: number; replyId?: number; authorId: string; count: number; what: string };

export function HelpfulButton({ action: helpfulAction, threadId, replyId, authorId, count, what }: Props) {
  const [state, action] = useActionState(helpfulAction, {});
  const viewer = useViewer();
  const reader = useReaderState();
  const own = viewer.status === "signed-in" && viewer.viewer.id === authorId;
  // Whether this reader has marked it: their last press on this page, else the per-reader request's answer.
  const post = replyId ?? 0;
  const pressed =
    state.message === MARKED_HELPFUL
      ? true
      : state.message === UNMARKED_HELPFUL
        ? false
        : reader?.thread?.id === threadId && reader.thread.helpful.includes(post);
  const people = `${count} ${count === 1 ? "person" : "people"} found this helpful`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <EnhancedField />
      <input type="hidden" name="threadId" value={threadId} />
      {replyId !== undefined && <input type="hidden" name="replyId" value={replyId} />}
      {!own && (
        <SubmitButton
          label={`Helpful: ${what}`}
          pressed={pressed}
          pendingText="Saving…"
          className={pressed ? "helpful-on" : "helpful-off"}
        >
          {pressed ? "✓ Helpful" : "Helpful"}
        </SubmitButton>
      )}
      {count > 0 && <span className="text-zinc-600 dark:text-zinc-400">{people}</span>}
      {state.message && (
        <span role="status" className="text-emerald-800 dark:text-emerald-300">
          {state.message}
        </span>
      )}
    </form>
  );
}
