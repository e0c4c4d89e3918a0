"use server";
// Thread and reply writes from forms, each built by the one action pipeline (lib/action.ts).
import { createReply } from "@/db/mutations/replies";
import { createThread, deleteThread, updateThread } from "@/db/mutations/threads";
import { setFollow } from "@/db/mutations/follows";
import { buttonAction, formAction } from "@/lib/action";
import { replyPath, threadPath } from "@/lib/paths";
import { parseId } from "@/lib/ids";
import { followInput, newReplyInput, threadInput } from "@/lib/validation";

const threadId = (formData: FormData) => parseId(formData.get("threadId"));

export const createThreadAction = formAction({
  fields: ["title", "body"],
  target: () => "new",
  signInReturn: () => "/threads/new",
  schema: threadInput,
  mutate: (user, input, _, key) => createThread(user.id, input, { key }),
  done: ({ id }, input) => threadPath({ id, title: input.title }),
});

export const updateThreadAction = formAction({
  fields: ["title", "body"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}/edit`,
  schema: threadInput,
  mutate: (user, input, id) => updateThread(user.id, id, input),
  done: (_, input, id) => threadPath({ id, title: input.title }),
});

export const replyAction = formAction({
  fields: ["body", "replyTo"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}#reply`,
  schema: newReplyInput,
  mutate: (user, input, id, key) => createReply(user.id, id, input, { key }),
  done: (reply) => replyPath(reply),
});

export const deleteThreadAction = buttonAction({
  target: threadId,
  signInReturn: (id) => `/threads/${id}`,
  mutate: (user, id) => deleteThread(user.id, id),
  done: () => ({ redirect: "/", notice: "thread-deleted" }),
});

/** Following or muting a discussion or a story (the control in components/thread-reader.tsx). */
export const followAction = formAction({
  fields: ["level"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}`,
  schema: followInput,
  mutate: (user, { level }, id) => setFollow(user.id, id, level),
  done: ({ thread }) => threadPath(thread),
});
