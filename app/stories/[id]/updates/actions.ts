"use server";
// Follow-up writes, through the one action pipeline (server/action.ts). The mutations check that the
// viewer is the story's author; the pages only hide the forms from others.
import { createFollowUp, deleteFollowUp, updateFollowUp } from "@/db/mutations/follow-ups";
import { buttonAction, formAction } from "@/server/action";
import { FOLLOW_UP_FIELDS, followUpInput } from "@/lib/stories/follow-up-validation";
import { parseId } from "@/lib/ids";
import { followUpPath, storyPath } from "@/lib/urls/paths";

const storyId = (formData: FormData) => parseId(formData.get("storyId"));
const followUpId = (formData: FormData) => parseId(formData.get("followUpId"));

export const createFollowUpAction = formAction({
  kind: "follow-up.create",
  fields: FOLLOW_UP_FIELDS,
  target: storyId,
  signInReturn: (id) => `/stories/${id}/updates/new`,
  schema: followUpInput,
  mutate: (user, input, id, key) => createFollowUp(user.id, id, input, { key }),
  done: (place) => followUpPath(place),
});

export const updateFollowUpAction = formAction({
  kind: "follow-up.update",
  fields: FOLLOW_UP_FIELDS,
  target: followUpId,
  signInReturn: () => "/stories",
  schema: followUpInput,
  mutate: (user, input, id) => updateFollowUp(user.id, id, input),
  done: (place) => followUpPath(place),
});

export const deleteFollowUpAction = buttonAction({
  kind: "follow-up.delete",
  target: followUpId,
  signInReturn: () => "/stories",
  mutate: (user, id) => deleteFollowUp(user.id, id),
  done: (place) => ({ redirect: storyPath(place.story), notice: "follow-up-deleted" }),
});
