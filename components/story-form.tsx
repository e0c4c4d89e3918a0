"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { EDUCATION, FIELDS, HOW_HIRED, MILESTONE_KIND_WORDS, MONTHS_MAX, ROLES } from "@/lib/stories/story-facts";
import { BODY_MAX, TITLE_MAX } from "@/lib/limits/limits";
import { TAGS_MAX } from "@/lib/tags";
import { FormAlert } from "@/components/form-alert";
import { Field } from "./field";
import { SubmitButton } from "./submit-button";
import { FormKey } from "./form-key";

export type StoryFormValues = Record<
  | "title"
  | "body"
  | "role"
  | "education"
  | "previousField"
  | "previousTitle"
  | "monthsToOffer"
  | "firstRoleYear"
  | "howHired"
  | "resources"
  | "milestones",
  string
> & { tags?: string; questions?: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial?: StoryFormValues;
  storyId?: number;
  submitLabel: string;
};

const fieldset = "space-y-5 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800";
const legend = "px-1 text-base font-semibold";

export function StoryForm({ action, initial, storyId, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, {});
  const values = (state.values ?? initial ?? {}) as Partial<StoryFormValues>;
  const error = (name: keyof StoryFormValues) => state.errors?.[name];
  // The key remounts the fields when the server sends values back, so selects show them too.
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-6" noValidate>
      {storyId !== undefined && <input type="hidden" name="storyId" value={storyId} />}
      <FormKey />
      {(state.message || state.errors) && (
        <FormAlert>{state.message ?? "Some answers need another look; see the messages below."}</FormAlert>
      )}
      <fieldset className={fieldset}>
        <legend className={legend}>Where you are now</legend>
        <Field
          name="title"
          label="Headline"
          defaultValue={values.title}
          error={error("title")}
          maxLength={TITLE_MAX}
          hint="e.g. From bookkeeper to ML engineer in 20 months"
        />
        <Field name="role" label="Current role" options={ROLES} defaultValue={values.role} error={error("role")} />
        <Field
          name="firstRoleYear"
          label="Year of your first ML role"
          type="number"
          min={1990}
          max={2100}
          defaultValue={values.firstRoleYear}
          error={error("firstRoleYear")}
        />
        <Field
          name="howHired"
          label="How the job came"
          options={HOW_HIRED}
          defaultValue={values.howHired}
          error={error("howHired")}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Where you started</legend>
        <Field
          name="education"
          label="Education when hired into your first ML role"
          options={EDUCATION}
          defaultValue={values.education}
          error={error("education")}
        />
        <Field
          name="previousField"
          label="Previous field"
          options={FIELDS}
          defaultValue={values.previousField}
          error={error("previousField")}
        />
        <Field
          name="previousTitle"
          label="Previous job title"
          defaultValue={values.previousTitle}
          error={error("previousTitle")}
          maxLength={80}
        />
        <Field
          name="monthsToOffer"
          label="Months from starting to learn to your first ML offer"
          type="number"
          min={0}
          max={MONTHS_MAX}
          defaultValue={values.monthsToOffer}
          error={error("monthsToOffer")}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>How you did it</legend>
        <Field
          name="resources"
          label="Resources that mattered"
          multiline
          rows={4}
          required={false}
          defaultValue={values.resources}
          error={error("resources")}
          hint="One per line: courses, books, projects (up to 12)."
        />
        <Field
          name="milestones"
          label="Milestones"
          multiline
          rows={4}
          required={false}
          defaultValue={values.milestones}
          error={error("milestones")}
          hint={`One per line, as "month 3: finished fast.ai part 1". Mark the steps the path map compares with their kind in brackets, "month 3 (course): …": ${MILESTONE_KIND_WORDS}.`}
        />
        <Field
          name="body"
          label="Your story"
          multiline
          rows={12}
          defaultValue={values.body}
          error={error("body")}
          maxLength={BODY_MAX}
          hint="Markdown. What you studied and built, setbacks, what got you hired, advice."
        />
        <Field
          name="tags"
          label="Tags"
          required={false}
          defaultValue={values.tags}
          error={error("tags")}
          maxLength={200}
          hint={`Up to ${TAGS_MAX}, separated by commas, e.g. data-analyst, kaggle. Stories are filed under Success stories.`}
        />
        {/* Ask the author: on for a new story (no values yet); a checkbox left unticked sends nothing. */}
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="questions"
            value="open"
            defaultChecked={(values.questions ?? "open") === "open"}
            className="mt-1"
          />
          <span>
            <span className="font-medium">Take questions from readers</span>
            <span className="block text-zinc-600 dark:text-zinc-400">
              Signed-in readers can ask you questions here, in public; you are notified, and can close them at any time.
            </span>
          </span>
        </label>
      </fieldset>
      <SubmitButton pendingText="Publishing…">{submitLabel}</SubmitButton>
    </form>
  );
}
