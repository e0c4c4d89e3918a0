"use server";
// Story writes, through the one action pipeline (server/action.ts).
import { createStory, deleteStory, updateStory } from "@/db/mutations/stories";
import { buttonAction, formAction } from "@/server/action";
import { replyPath, storyPath } from "@/lib/urls/paths";
import { STORY_FORM_FIELDS, storyFormInput } from "@/lib/stories/story-validation";
import { parseId } from "@/lib/ids";
import { createReply } from "@/db/mutations/replies";
import { setQuestionsOpen } from "@/db/mutations/questions";
import { QUESTIONS_CLOSED, QUESTIONS_OPENED } from "@/lib/questions";
import { answerInput, replyInput } from "@/lib/validation";

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

// Ask the author (db/mutations/questions.ts): a question is a reply marked as one, an answer a reply
// naming its question; both through createReply, with every rule and limit a reply has.
export const askAuthorAction = formAction({
  kind: "question.create",
  fields: ["body"],
  target: storyId,
  signInReturn: (id) => `/stories/${id}#ask`,
  schema: replyInput,
  mutate: (user, input, id, key) => createReply(user.id, id, { ...input, question: true }, { key }),
  done: (reply) => replyPath(reply),
});

export const answerQuestionAction = formAction({
  kind: "question.answer",
  fields: ["body", "questionId"],
  target: storyId,
  signInReturn: (id) => `/stories/${id}#questions`,
  schema: answerInput,
  mutate: (user, input, id, key) => createReply(user.id, id, { body: input.body, answers: input.questionId }, { key }),
  done: (reply) => replyPath(reply),
});

/** The author's open/close button: the story and the choice, both from the form; anything else a 404. */
function questionsTarget(formData: FormData): { id: number; open: boolean } | null {
  const id = storyId(formData);
  const open = formData.get("open");
  return id === null || (open !== "1" && open !== "0") ? null : { id, open: open === "1" };
}

export const setQuestionsAction = buttonAction({
  kind: (target) => (target.open ? "questions.open" : "questions.close"),
  target: questionsTarget,
  signInReturn: (target) => `/stories/${target.id}#questions`,
  mutate: (user, target) => setQuestionsOpen(user.id, target.id, target.open),
  done: (result) => ({ message: result.open ? QUESTIONS_OPENED : QUESTIONS_CLOSED }),
});
