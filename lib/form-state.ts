// What a refused form gets back: a message per field, and what was typed so nothing is lost.
export type FormState = {
  errors?: Record<string, string | undefined>;
  values?: Record<string, string>;
  message?: string;
};

/** A form's Server Action as useActionState takes it; routes pass theirs to components as props. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export function formString(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}
