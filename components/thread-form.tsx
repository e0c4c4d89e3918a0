"use client";
import { useActionState, useEffect, useRef } from "react";
import type { FormState } from "@/lib/form-state";
import { BODY_MAX, TITLE_MAX } from "@/lib/limits/limits";
import { DEFAULT_CATEGORY, DISCUSSION_CATEGORIES } from "@/lib/categories";
import { TAGS_MAX } from "@/lib/tags";
import { FormAlert } from "@/components/form-alert";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";
import { FormKey } from "./form-key";

export type ThreadFormValues = { title: string; body: string; category?: string; tags?: string };

const CATEGORY_OPTIONS = DISCUSSION_CATEGORIES.map((c) => ({ slug: c.slug, label: c.name }));

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial?: ThreadFormValues;
  threadId?: number;
  submitLabel: string;
};

export function ThreadForm({ action, initial, threadId, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, {});
  const values: ThreadFormValues = (state.values as ThreadFormValues | undefined) ?? initial ?? { title: "", body: "" };
  const form = useRef<HTMLFormElement>(null);
  // "Start a thread" on a category's page links here with `?category=<slug>`. The new-thread page is
  // static (the same for every member), so the browser picks the category, once, on a new thread.
  useEffect(() => {
    if (threadId !== undefined) return;
    const given = new URLSearchParams(window.location.search).get("category");
    const category = DISCUSSION_CATEGORIES.find((c) => c.slug === given);
    const select = form.current?.elements.namedItem("category");
    if (category && select instanceof HTMLSelectElement) select.value = category.slug;
  }, [threadId]);
  // The key remounts the fields when the server sends values back, so the select shows them too.
  return (
    <form ref={form} key={JSON.stringify(values)} action={formAction} className="space-y-5" noValidate>
      {threadId !== undefined && <input type="hidden" name="threadId" value={threadId} />}
      <FormKey />
      <div aria-live="polite">{state.message && <FormAlert>{state.message}</FormAlert>}</div>
      <Field name="title" label="Title" defaultValue={values.title} error={state.errors?.title} maxLength={TITLE_MAX} />
      <Field
        name="category"
        label="Category"
        options={CATEGORY_OPTIONS}
        defaultValue={values.category ?? DEFAULT_CATEGORY}
        error={state.errors?.category}
      />
      <Field
        name="body"
        label="Body"
        multiline
        rows={12}
        defaultValue={values.body}
        error={state.errors?.body}
        maxLength={BODY_MAX}
        hint="Markdown: **bold**, _italic_, [links](https://example.com), lists, `code`, tables."
      />
      <Field
        name="tags"
        label="Tags"
        required={false}
        defaultValue={values.tags}
        error={state.errors?.tags}
        maxLength={200}
        hint={`Up to ${TAGS_MAX}, separated by commas, e.g. pytorch, career-change.`}
      />
      <SubmitButton pendingText="Posting…">{submitLabel}</SubmitButton>
    </form>
  );
}
