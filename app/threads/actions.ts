"use server";
// Thread and reply writes from forms, each built by the one action pipeline (lib/action.ts).
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { createReply } from "@/db/mutations/replies";
import { createThread, deleteThread, updateThread } from "@/db/mutations/threads";
import { attempt, formAction } from "@/lib/action";
import { threadsChanged } from "@/lib/invalidate";
import { replyPath, threadPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { parseId, replyInput, threadInput } from "@/lib/validation";

const threadId = (formData: FormData) => parseId(formData.get("threadId"));

export const createThreadAction = formAction({
  fields: ["title", "body"],
  target: () => "new",
  signInReturn: () => "/threads/new",
  schema: threadInput,
  mutate: (user, input) => createThread(user.id, input),
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
  fields: ["body"],
  target: threadId,
  signInReturn: (id) => `/threads/${id}#reply`,
  schema: replyInput,
  mutate: (user, input, id) => createReply(user.id, id, input),
  done: (reply) => replyPath(reply),
});

export async function deleteThreadAction(formData: FormData): Promise<void> {
  const id = threadId(formData);
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/threads/${id}`));
  const result = await attempt(() => deleteThread(user.id, id));
  if (!result.ok) redirect(`/threads/${id}?error=forbidden`);
  threadsChanged();
  redirect("/?deleted=1");
}
