"use client";
import { FormAlert } from "@/components/form-alert";
import { Link } from "./link";
import { useActionState, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/form-state";
import { BODY_MAX } from "@/lib/limits/limits";
import { isSuspended, refusal } from "@/lib/permissions";
import { isStaff } from "@/lib/roles";
import { Field } from "./field";
import { FormKey } from "./form-key";
import { QUOTE_EVENT, type QuoteDetail } from "./quote-button";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  threadId: number;
  signInHref: string;
  /** Moderators locked the thread. */
  locked: boolean;
  /** The reply being answered, when the reader chose one (its author is notified). */
  replyTo?: number | null;
};

const noticeClass = "rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900";

/** The reply box. It is in the page for everyone (and works without JavaScript); once the browser
 *  knows the reader is signed out, it offers sign-in instead. The action checks the session itself. */
export function ReplyForm({ action, threadId, signInHref, locked, replyTo }: Props) {
  const viewerState = useViewer();
  const { status } = viewerState;
  const [state, formAction] = useActionState(action, {});
  const viewer = status === "signed-in" ? viewerState.viewer : null;
  const form = useRef<HTMLFormElement>(null);
  // The reply a quote answers (components/quote-button.tsx); the reader can let it go.
  const [quoted, setQuoted] = useState<{ replyId: number; login: string } | null>(null);
  useEffect(() => {
    const onQuote = (event: Event) => {
      const { replyId, login, markdown } = (event as CustomEvent<QuoteDetail>).detail;
      const box = form.current?.elements.namedItem("body");
      if (!(box instanceof HTMLTextAreaElement)) return;
      box.value = box.value.trim() ? `${box.value.trimEnd()}\n\n${markdown}` : markdown;
      setQuoted({ replyId, login });
      box.scrollIntoView({ block: "center" });
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    };
    window.addEventListener(QUOTE_EVENT, onQuote);
    return () => window.removeEventListener(QUOTE_EVENT, onQuote);
  }, []);
  if (locked && !isStaff(viewer?.role)) {
    return <p className={noticeClass}>This thread is locked by the moderators: it takes no new replies.</p>;
  }
  if (viewer && isSuspended(viewer)) {
    return <p className={noticeClass}>{refusal(viewer, { do: "post" })}</p>;
  }
  if (status === "signed-out") {
    return (
      <p className="rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
        <Link
          href={signInHref}
          className="font-medium text-emerald-700 underline underline-offset-4 dark:text-emerald-400"
        >
          Sign in to reply
        </Link>{" "}
        and join the conversation.
      </p>
    );
  }
  return (
    <form ref={form} action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="threadId" value={threadId} />
      {/* The reply this one answers, set by the quote-reply control; the action checks it is in this thread. */}
      <input type="hidden" name="replyTo" value={quoted?.replyId ?? replyTo ?? state.values?.replyTo ?? ""} />
      {quoted && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          Replying to @{quoted.login}
          <button type="button" onClick={() => setQuoted(null)} className="underline underline-offset-4">
            Reply to the thread instead
          </button>
        </p>
      )}
      <FormKey />
      {(state.message ?? state.errors?.replyTo) && <FormAlert>{state.message ?? state.errors?.replyTo}</FormAlert>}
      <Field
        name="body"
        label="Reply"
        multiline
        rows={5}
        defaultValue={state.values?.body ?? ""}
        error={state.errors?.body}
        maxLength={BODY_MAX}
        hint="Markdown supported."
      />
      <SubmitButton pendingText="Posting…">Post reply</SubmitButton>
    </form>
  );
}
