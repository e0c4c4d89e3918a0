"use server";
// Story writes: current user → zod → mutation → invalidate → redirect (outside try/catch).
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { createStory, deleteStory, toggleHelpful, updateStory } from "@/db/mutations/stories";
import { attempt } from "@/lib/attempt";
import { type FormState, formString } from "@/lib/form-state";
import { threadsChanged } from "@/lib/invalidate";
import { storyPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { STORY_FIELDS, storyInput } from "@/lib/story-validation";
import { fieldErrors, parseId } from "@/lib/validation";

function storyValues(formData: FormData) {
  return Object.fromEntries(STORY_FIELDS.map((name) => [name, formString(formData, name)])) as Record<(typeof STORY_FIELDS)[number], string>;
}

export async function createStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) redirect(signInPath("/stories/new"));
  const values = storyValues(formData);
  const parsed = storyInput.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const { id } = await createStory(user.id, parsed.data);
  threadsChanged();
  redirect(storyPath({ id, title: parsed.data.title }));
}

export async function updateStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = parseId(formData.get("storyId"));
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/stories/${id}/edit`));
  const values = storyValues(formData);
  const parsed = storyInput.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await attempt(() => updateStory(user.id, id, parsed.data));
  if (!result.ok) return { message: result.message, values };
  threadsChanged();
  redirect(storyPath({ id, title: parsed.data.title }));
}

export async function deleteStoryAction(formData: FormData): Promise<void> {
  const id = parseId(formData.get("storyId"));
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/stories/${id}`));
  const result = await attempt(() => deleteStory(user.id, id));
  if (!result.ok) redirect(`/stories/${id}?error=forbidden`);
  threadsChanged();
  redirect("/stories?deleted=1");
}

export async function toggleHelpfulAction(formData: FormData): Promise<void> {
  const id = parseId(formData.get("storyId"));
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/stories/${id}`));
  const result = await attempt(() => toggleHelpful(user.id, id));
  threadsChanged();
  redirect(`/stories/${id}?helpful=${result.ok && result.value ? "marked" : "unmarked"}`);
}
