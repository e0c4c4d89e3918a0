// Ask the author: the answer form's input and the messages of the author's open/close button, shared
// by the action and the page (components/questions-section.tsx).
import { z } from "zod";
import { parseId } from "./ids";
import { replyInput } from "./validation";

export const QUESTIONS_OPENED = "Readers can ask you questions again.";
export const QUESTIONS_CLOSED = "Closed: readers can no longer ask you questions here.";

/** The author's answer: its text, and the question it answers (the mutation checks it is this story's). */
export const answerInput = replyInput.extend({
  questionId: z
    .string()
    .transform((value) => parseId(value))
    .refine((id): id is number => id !== null, "Choose a question of this story to answer."),
});
