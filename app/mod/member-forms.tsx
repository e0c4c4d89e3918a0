"use client";
// What moderators do to a member (suspend, lift a suspension) and admins to a role.
import { useActionState } from "react";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { NOTE_MAX, REASON_MAX, SUSPENSIONS } from "@/lib/moderation-options";
import { FormAlert } from "@/components/form-alert";
import { liftSuspensionAction, setModeratorAction, suspendAction } from "./actions";

type Member = { id: string; login: string };
const buttonClass =
  "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";

function ReasonFields({
  form,
  state,
}: {
  form: string;
  state: { values?: Record<string, string>; errors?: Record<string, string | undefined> };
}) {
  return (
    <>
      <Field
        form={form}
        name="reason"
        label="Reason"
        hint="Public: shown in the moderation log."
        maxLength={REASON_MAX}
        defaultValue={state.values?.reason ?? ""}
        error={state.errors?.reason}
      />
      <Field
        form={form}
        name="note"
        label="Note for moderators"
        multiline
        rows={2}
        required={false}
        maxLength={NOTE_MAX}
        defaultValue={state.values?.note ?? ""}
        error={state.errors?.note}
      />
    </>
  );
}

/** Suspend: the member keeps reading but cannot post, vote or flag; their sessions end at once. */
export function SuspendForm({ member }: { member: Member }) {
  const [state, formAction] = useActionState(suspendAction, {});
  const form = `suspend-${member.id}`;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={`Suspend ${member.login}`}>
      <input type="hidden" name="memberId" value={member.id} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <Field
        form={form}
        name="duration"
        label="For how long"
        options={SUSPENSIONS}
        defaultValue={state.values?.duration ?? ""}
        error={state.errors?.duration}
      />
      <ReasonFields form={form} state={state} />
      <SubmitButton pendingText="Suspending…" className={buttonClass}>
        Suspend {member.login}
      </SubmitButton>
    </form>
  );
}

export function LiftSuspensionForm({ member }: { member: Member }) {
  const [state, formAction] = useActionState(liftSuspensionAction, {});
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={`Lift ${member.login}'s suspension`}>
      <input type="hidden" name="memberId" value={member.id} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <ReasonFields form={`lift-${member.id}`} state={state} />
      <SubmitButton pendingText="Lifting…" className={buttonClass}>
        Lift the suspension
      </SubmitButton>
    </form>
  );
}

/** Admins only: make a member a moderator, or a moderator a member again. */
export function RoleForm({ member, moderator }: { member: Member; moderator: boolean }) {
  const [state, formAction] = useActionState(setModeratorAction, {});
  return (
    <form
      action={formAction}
      className="space-y-3"
      noValidate
      aria-label={moderator ? `Remove ${member.login} as moderator` : `Make ${member.login} a moderator`}
    >
      <input type="hidden" name="memberId" value={member.id} />
      <input type="hidden" name="role" value={moderator ? "member" : "moderator"} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <ReasonFields form={`role-${member.id}`} state={state} />
      <SubmitButton pendingText="Saving…" className={buttonClass}>
        {moderator ? "Remove as moderator" : "Make moderator"}
      </SubmitButton>
    </form>
  );
}
