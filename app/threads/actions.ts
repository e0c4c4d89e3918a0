"use server";
// Thread and reply writes from forms, each built by the one action pipeline (server/action.ts).
import { createReply } from "@/db/mutations/replies";
import { createThread, deleteThread, updateThread } from "@/db/mutations/threads";
import { setFollow } from "@/db/mutations/follows";
import { toggleHelpful } from "@/db/mutations/votes";
import { setAnswer } from "@/db/mutations/answers";
import { buttonAction, formAction } from "@/server/action";
import { MARKED_HELPFUL, UNMARKED_HELPFUL } from "@/lib/helpful";
import { answerMessage, answerTarget } from "@/lib/answers";
import { replyOnPage, replyPath, threadPath } from "@/lib/urls/paths";
import { parseId } from "@/lib/ids";
import { discussionInput, followInput, newReplyInput } from "@/lib/validation";

const threadId = (formData: FormData) => parseId(formData.get("threadId"));

export const createThreadAction = formAction({
  kind: "thread.create",
  fields: ["title", "body", "category", "tags"],
  target: () => "new",
  signInReturn: () => "/threads/new",
  schema: discussionInput,
  mutate: (user, input, _, key) => createThread(user.id, input, { key }),
  done: ({ id }, input) => threadPath({ id, title: input.title }),
});

export const updateThreadAction = formAction({
  kind: "thread.update",
  fields: ["title", "body", "category", "tags"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}/edit`,
  schema: discussionInput,
  mutate: (user, input, id) => updateThread(user.id, id, input),
  done: (_, input, id) => threadPath({ id, title: input.title }),
});

export const replyAction = formAction({
  kind: "reply.create",
  fields: ["body", "replyTo"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}#reply`,
  schema: newReplyInput,
  mutate: (user, input, id, key) => createReply(user.id, id, input, { key }),
  done: (reply) => replyPath(reply),
});

export const deleteThreadAction = buttonAction({
  kind: "thread.delete",
  target: threadId,
  signInReturn: (id) => `/threads/${id}`,
  mutate: (user, id) => deleteThread(user.id, id),
  done: () => ({ redirect: "/", notice: "thread-deleted" }),
});

/** A helpful mark on a thread's opening post, or on one of its replies (replyId); a bad id is a 404. */
function helpfulTarget(formData: FormData): { threadId: number; replyId: number | null; enhanced: boolean } | null {
  const id = threadId(formData);
  if (id === null) return null;
  const enhanced = formData.get("enhanced") === "1";
  if (!formData.has("replyId")) return { threadId: id, replyId: null, enhanced };
  const replyId = parseId(formData.get("replyId"));
  return replyId === null ? null : { threadId: id, replyId, enhanced };
}

// By id alone (the canonical redirect adds the slug), so no read happens before sign-in.
const helpfulPostPath = ({ threadId, replyId }: { threadId: number; replyId: number | null }) =>
  replyId === null ? `/threads/${threadId}` : replyOnPage(`/threads/${threadId}`, replyId);

// With JavaScript the answer stays on the post's page as form state (the page is cached, the URL
// unchanged); without, the browser is sent to the fresh page (components/enhanced-field.tsx).
export const toggleHelpfulAction = buttonAction({
  kind: "helpful.toggle",
  target: helpfulTarget,
  signInReturn: helpfulPostPath,
  mutate: (user, { threadId, replyId }) => toggleHelpful(user.id, replyId === null ? { threadId } : { replyId }),
  done: ({ marked }, target) =>
    target.enhanced ? { message: marked ? MARKED_HELPFUL : UNMARKED_HELPFUL } : { redirect: helpfulPostPath(target) },
});

/** Following or muting a discussion or a story (the control in components/thread-reader.tsx). */
export const followAction = formAction({
  kind: "follow.set",
  fields: ["level"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}`,
  schema: followInput,
  mutate: (user, { level }, id) => setFollow(user.id, id, level),
  done: ({ thread }) => threadPath(thread),
});

// The answer that helped (components/answer-button.tsx, and the no-JavaScript page /threads/<id>/answer):
// mark a reply, or with `replyId` empty take the mark off. With JavaScript the answer is form state on
// the cached page; without, the browser goes to the reply in its place (or the thread) on the fresh page.
export const markAnswerAction = buttonAction({
  kind: (target) => (target.replyId === null ? "answer.unmark" : "answer.mark"),
  target: answerTarget,
  signInReturn: ({ threadId }) => `/threads/${threadId}`,
  mutate: (user, { threadId, replyId }) => setAnswer(user.id, threadId, replyId),
  done: ({ answerReplyId, thread }, target) =>
    target.enhanced
      ? { message: answerMessage(answerReplyId) }
      : {
          redirect: answerReplyId === null ? threadPath(thread) : replyOnPage(threadPath(thread), answerReplyId),
        },
});
