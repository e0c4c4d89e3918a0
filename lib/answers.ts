// The answer that helped, as forms and buttons name it: what the mark form sends (a thread, a reply or
// none for "take the mark off") and what the action answers, so the button knows which way it went.
import { parseId } from "./ids";

export const ANSWER_MARKED = "Marked as the answer that helped.";
export const ANSWER_UNMARKED = "The answer mark was taken off.";

export function answerMessage(answerReplyId: number | null): string {
  return answerReplyId === null ? ANSWER_UNMARKED : ANSWER_MARKED;
}

export type AnswerTarget = { threadId: number; replyId: number | null; enhanced: boolean };

/**
 * The form's thread and reply ids: `replyId` empty or absent takes the mark off. A malformed id names
 * nothing (null: the action's 404), so junk never reaches the database.
 */
export function answerTarget(formData: FormData): AnswerTarget | null {
  const threadId = parseId(formData.get("threadId"));
  if (threadId === null) return null;
  const enhanced = formData.get("enhanced") === "1";
  const raw = formData.get("replyId");
  if (raw === null || raw === "") return { threadId, replyId: null, enhanced };
  const replyId = parseId(raw);
  return replyId === null ? null : { threadId, replyId, enhanced };
}
