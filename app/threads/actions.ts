"use server";
// Thread and reply writes from forms: current user → zod → mutation → redirect (outside try/catch).
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { createReply } from "@/db/mutations/replies";
import { createThread, deleteThread, updateThread } from "@/db/mutations/threads";
import { attempt } from "@/lib/attempt";
import { threadsChanged } from "@/lib/invalidate";
import { type FormState, formString } from "@/lib/form-state";
import { replyPath, threadPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { fieldErrors, parseId, replyInput, threadInput } from "@/lib/validation";

export async function createThreadAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) redirect(signInPath("/threads/new"));
  const values = { title: formString(formData, "title"), body: formString(formData, "body") };
  const parsed = threadInput.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const { id } = await createThread(user.id, parsed.data);
  threadsChanged();
  redirect(threadPath({ id, title: parsed.data.title }));
}

export async function updateThreadAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = parseId(formData.get("threadId"));
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/threads/${id}/edit`));
  const values = { title: formString(formData, "title"), body: formString(formData, "body") };
  const parsed = threadInput.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await attempt(() => updateThread(user.id, id, parsed.data));
  if (!result.ok) return { message: result.message, values };
  threadsChanged();
  redirect(threadPath({ id, title: parsed.data.title }));
}

export async function deleteThreadAction(formData: FormData): Promise<void> {
  const id = parseId(formData.get("threadId"));
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/threads/${id}`));
  const result = await attempt(() => deleteThread(user.id, id));
  if (!result.ok) redirect(`/threads/${id}?error=forbidden`);
  threadsChanged();
  redirect("/?deleted=1");
}

export async function replyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const threadId = parseId(formData.get("threadId"));
  if (threadId === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/threads/${threadId}#reply`));
  const values = { body: formString(formData, "body") };
  const parsed = replyInput.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await attempt(() => createReply(user.id, threadId, parsed.data));
  if (!result.ok) return { message: result.message, values };
  threadsChanged();
  redirect(replyPath(result.value));
}
