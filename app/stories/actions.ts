"use server";
// Story writes, through the one action pipeline (lib/action.ts).
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { createStory, deleteStory, toggleHelpful, updateStory } from "@/db/mutations/stories";
import { attempt, formAction } from "@/lib/action";
import { threadsChanged } from "@/lib/invalidate";
import { storyPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { STORY_FIELDS, storyInput } from "@/lib/story-validation";
import { parseId } from "@/lib/validation";

const storyId = (formData: FormData) => parseId(formData.get("storyId"));

export const createStoryAction = formAction({
  fields: STORY_FIELDS,
  target: () => "new",
  signInReturn: () => "/stories/new",
  schema: storyInput,
  mutate: (user, input) => createStory(user.id, input),
  done: ({ id }, input) => storyPath({ id, title: input.title }),
});

export const updateStoryAction = formAction({
  fields: STORY_FIELDS,
  target: storyId,
  signInReturn: (id) => `/stories/${id}/edit`,
  schema: storyInput,
  mutate: (user, input, id) => updateStory(user.id, id, input),
  done: (_, input, id) => storyPath({ id, title: input.title }),
});

export async function deleteStoryAction(formData: FormData): Promise<void> {
  const id = storyId(formData);
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/stories/${id}`));
  const result = await attempt(() => deleteStory(user.id, id));
  if (!result.ok) redirect(`/stories/${id}?error=forbidden`);
  threadsChanged();
  redirect("/stories?deleted=1");
}

export async function toggleHelpfulAction(formData: FormData): Promise<void> {
  const id = storyId(formData);
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/stories/${id}`));
  const result = await attempt(() => toggleHelpful(user.id, id));
  // The only refusal is the author marking their own story.
  if (!result.ok) redirect(`/stories/${id}?helpful=own`);
  threadsChanged();
  redirect(`/stories/${id}?helpful=${result.value ? "marked" : "unmarked"}`);
}
