"use client";
// "Ask the author": in a story's cached page for everyone and a plain form without JavaScript; once the
// browser knows the reader, a signed-out one is offered sign-in, the author and suspended members are
// told why not. The rule is lib/permissions.ts's ask-author; the action checks it again under lock.
import { useActionState } from "react";
import type { FormAction } from "@/lib/form-state";
import { BODY_MAX } from "@/lib/limits/limits";
import { refusal } from "@/lib/permissions";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { FormKey } from "./form-key";
import { Link } from "./link";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

type Props = {
  action: FormAction;
  story: { id: number; authorId: string; authorLogin: string; locked: boolean };
  signInHref: string;
};

const noticeClass = "rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900";

export function AskAuthorForm({ action, story, signInHref }: Props) {
  const viewerState = useViewer();
  const [state, formAction] = useActionState(action, {});
  if (viewerState.status === "signed-out") {
    return (
      <p className={noticeClass}>
        <Link
          href={signInHref}
          className="font-medium text-emerald-700 underline underline-offset-4 dark:text-emerald-400"
        >
          Sign in to ask @{story.authorLogin} a question
        </Link>
        : it is posted in the discussion, so everyone learns from the answer.
      </p>
    );
  }
  const viewer = viewerState.status === "signed-in" ? viewerState.viewer : null;
  const why =
    viewer &&
    refusal(viewer, {
      do: "ask-author",
      thread: {
        kind: "story",
        authorId: story.authorId,
        deletedAt: null,
        hiddenAt: null,
        lockedAt: story.locked ? new Date(0) : null,
      },
      questionsOpen: true,
    });
  // The author sees nothing to fill in here: their readers' questions come to them.
  if (viewer && viewer.id === story.authorId) return null;
  if (why) return <p className={noticeClass}>{why}</p>;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="storyId" value={story.id} />
      <FormKey />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <Field
        name="body"
        form="ask"
        label={`Your question to @${story.authorLogin}`}
        multiline
        rows={3}
        defaultValue={state.values?.body ?? ""}
        error={state.errors?.body}
        maxLength={BODY_MAX}
        hint="Posted in the discussion for everyone to read. Markdown supported."
      />
      <SubmitButton pendingText="Asking…">Ask the author</SubmitButton>
    </form>
  );
}
