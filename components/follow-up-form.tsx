"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { FOLLOW_UP_BODY_MAX, FOLLOW_UP_KINDS, FOLLOW_UP_MONTHS_MAX, STILL_IN_ML } from "@/lib/stories/follow-ups";
import { FormAlert } from "@/components/form-alert";
import { Field } from "./field";
import { FormKey } from "./form-key";
import { SubmitButton } from "./submit-button";

export type FollowUpFormValues = Record<"monthsAfterOffer" | "kind" | "stillInMl" | "body", string>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The story, for a new follow-up; the follow-up, for an edit. */
  hidden: { storyId: number } | { followUpId: number };
  initial?: FollowUpFormValues;
  submitLabel: string;
};

/** A follow-up's form, new or edit. Works without JavaScript; the action checks the author again. */
export function FollowUpForm({ action, hidden, initial, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, {});
  const values = (state.values ?? initial ?? {}) as Partial<FollowUpFormValues>;
  const error = (name: keyof FollowUpFormValues) => state.errors?.[name];
  // The key remounts the fields when the server sends values back, so selects show them too.
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {"storyId" in hidden && <FormKey />}
      {(state.message || state.errors) && (
        <FormAlert>{state.message ?? "Some answers need another look; see the messages below."}</FormAlert>
      )}
      <Field
        name="monthsAfterOffer"
        label="Months after your first ML offer"
        type="number"
        min={0}
        max={FOLLOW_UP_MONTHS_MAX}
        defaultValue={values.monthsAfterOffer}
        error={error("monthsAfterOffer")}
        hint="Counted from the offer your story ends with, e.g. 14 for a year and two months into the job."
      />
      <Field
        name="kind"
        label="What happened"
        options={FOLLOW_UP_KINDS}
        defaultValue={values.kind}
        error={error("kind")}
      />
      <Field
        name="stillInMl"
        label="Do you still work in ML?"
        options={STILL_IN_ML}
        defaultValue={values.stillInMl}
        error={error("stillInMl")}
      />
      <Field
        name="body"
        label="What changed"
        multiline
        rows={6}
        defaultValue={values.body}
        error={error("body")}
        maxLength={FOLLOW_UP_BODY_MAX}
        hint="A few lines: the new title, what the raise came from, what went wrong. Markdown supported."
      />
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
