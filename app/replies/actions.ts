"use server";
// Editing and deleting a reply: the same order as every action (user → zod → mutation → redirect).
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { deleteReply, updateReply } from "@/db/mutations/replies";
import { attempt } from "@/lib/attempt";
import { threadsChanged } from "@/lib/invalidate";
import { type FormState, formString } from "@/lib/form-state";
import { replyPath } from "@/lib/paths";
import { safeCallbackPath, signInPath } from "@/lib/safe-redirect";
import { fieldErrors, parseId, replyInput } from "@/lib/validation";

export async function updateReplyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = parseId(formData.get("replyId"));
  if (id === null) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/replies/${id}/edit`));
  const values = { body: formString(formData, "body") };
  const parsed = replyInput.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await attempt(() => updateReply(user.id, id, parsed.data));
  if (!result.ok) return { message: result.message, values };
  threadsChanged();
  redirect(replyPath(result.value));
}

export async function deleteReplyAction(formData: FormData): Promise<void> {
  const id = parseId(formData.get("replyId"));
  if (id === null) notFound();
  const user = await currentUser();
  const back = safeCallbackPath(formData.get("returnTo"), "/");
  if (!user) redirect(signInPath(back));
  const result = await attempt(() => deleteReply(user.id, id));
  const page = back.split("#")[0];
  if (!result.ok) redirect(`${page}${page.includes("?") ? "&" : "?"}error=forbidden`);
  threadsChanged();
  redirect(`${page}#reply-${id}`);
}
