"use server";
// Story writes, through the one action pipeline (server/action.ts).
import { createStory, deleteStory, updateStory } from "@/db/mutations/stories";
import { buttonAction, formAction } from "@/server/action";
import { storyPath } from "@/lib/urls/paths";
import { STORY_FORM_FIELDS, storyFormInput } from "@/lib/stories/story-validation";
import { parseId } from "@/lib/ids";

const storyId = (formData: FormData) => parseId(formData.get("storyId"));

export const createStoryAction = formAction({
  kind: "story.create",
  fields: STORY_FORM_FIELDS,
  target: () => "new",
  signInReturn: () => "/stories/new",
  schema: storyFormInput,
  mutate: (user, input, _, key) => createStory(user.id, input, { key }),
  done: ({ id }, input) => storyPath({ id, title: input.title }),
});

export const updateStoryAction = formAction({
  kind: "story.update",
  fields: STORY_FORM_FIELDS,
  target: storyId,
  signInReturn: (id) => `/stories/${id}/edit`,
  schema: storyFormInput,
  mutate: (user, input, id) => updateStory(user.id, id, input),
  done: (_, input, id) => storyPath({ id, title: input.title }),
});

export const deleteStoryAction = buttonAction({
  kind: "story.delete",
  target: storyId,
  signInReturn: (id) => `/stories/${id}`,
  mutate: (user, id) => deleteStory(user.id, id),
  done: () => ({ redirect: "/stories", notice: "story-deleted" }),
});
