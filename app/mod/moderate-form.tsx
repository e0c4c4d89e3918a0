"use client";
// One form for what a moderator does to a post: a public reason, a private note, and a button for
// each action open to them (the button pressed is the action).
import { useActionState } from "react";
import { Field } from "@/components/field";
import { NOTE_MAX, REASON_MAX } from "@/lib/moderation-options";
import { FormAlert } from "@/components/form-alert";
import { moderatePostAction } from "./actions";

type Props = {
  target: { threadId: number } | { replyId: number };
  hidden: boolean;
  openFlags: number;
  thread: { locked: boolean; pinned: boolean } | null;
};

const button =
  "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

export function ModerateForm({ target, hidden, openFlags, thread }: Props) {
  const [state, formAction, pending] = useActionState(moderatePostAction, {});
  const id =
    "replyId" in target ? { name: "replyId", value: target.replyId } : { name: "threadId", value: target.threadId };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name={id.name} value={id.value} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <Field
        form="moderate"
        name="reason"
        label="Reason"
        hint="Public: shown in the moderation log and to the author."
        maxLength={REASON_MAX}
        defaultValue={state.values?.reason ?? ""}
        error={state.errors?.reason}
      />
      <Field
        form="moderate"
        name="note"
        label="Note for moderators"
        multiline
        rows={3}
        required={false}
        maxLength={NOTE_MAX}
        defaultValue={state.values?.note ?? ""}
        error={state.errors?.note}
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="do" value={hidden ? "restore" : "hide"} disabled={pending} className={button}>
          {hidden ? "Restore post" : "Hide post"}
        </button>
        {openFlags > 0 && (
          <button type="submit" name="do" value="dismiss" disabled={pending} className={button}>
            Dismiss {openFlags} {openFlags === 1 ? "flag" : "flags"}
          </button>
        )}
        {thread && (
          <>
            <button
              type="submit"
              name="do"
              value={thread.locked ? "unlock" : "lock"}
              disabled={pending}
              className={button}
            >
              {thread.locked ? "Unlock thread" : "Lock thread"}
            </button>
            <button
              type="submit"
              name="do"
              value={thread.pinned ? "unpin" : "pin"}
              disabled={pending}
              className={button}
            >
              {thread.pinned ? "Unpin thread" : "Pin thread"}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
