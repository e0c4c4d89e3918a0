"use client";
// A moderator files a thread elsewhere: a discussion in another category, either kind under other
// tags, with a public reason (the moderation log) like every moderator action.
import { useActionState } from "react";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { DISCUSSION_CATEGORIES } from "@/lib/categories";
import { NOTE_MAX, REASON_MAX } from "@/lib/moderation-options";
import { TAGS_MAX } from "@/lib/tags";
import { FormAlert } from "@/components/form-alert";
import { moveThreadAction } from "./actions";

const CATEGORY_OPTIONS = DISCUSSION_CATEGORIES.map((c) => ({ slug: c.slug, label: c.name }));
const buttonClass =
  "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";

type Props = { threadId: number; story: boolean; category: string; tags: readonly string[] };

export function MoveForm({ threadId, story, category, tags }: Props) {
  const [state, formAction] = useActionState(moveThreadAction, {});
  const form = "move";
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label="Move this thread">
      <input type="hidden" name="threadId" value={threadId} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      {!story && (
        <Field
          form={form}
          name="category"
          label="Category"
          options={CATEGORY_OPTIONS}
          defaultValue={state.values?.category ?? category}
          error={state.errors?.category}
        />
      )}
      <Field
        form={form}
        name="tags"
        label="Tags"
        required={false}
        maxLength={200}
        defaultValue={state.values?.tags ?? tags.join(", ")}
        error={state.errors?.tags}
        hint={`Up to ${TAGS_MAX}, separated by commas.`}
      />
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
      <SubmitButton pendingText="Moving…" className={buttonClass}>
        Move thread
      </SubmitButton>
    </form>
  );
}
