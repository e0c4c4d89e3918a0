"use server";
// Editing and deleting a reply, through the one action pipeline (lib/action.ts).
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { deleteReply, updateReply } from "@/db/mutations/replies";
import { attempt, formAction } from "@/lib/action";
import { threadsChanged } from "@/lib/invalidate";
import { replyPath } from "@/lib/paths";
import { safeCallbackPath, signInPath } from "@/lib/safe-redirect";
import { parseId, replyInput } from "@/lib/validation";

const replyId = (formData: FormData) => parseId(formData.get("replyId"));

export const updateReplyAction = formAction({
  fields: ["body"],
  target: replyId,
  signInReturn: (id) => `/replies/${id}/edit`,
  schema: replyInput,
  mutate: (user, input, id) => updateReply(user.id, id, input),
  done: (reply) => replyPath(reply),
});

export async function deleteReplyAction(formData: FormData): Promise<void> {
  const id = replyId(formData);
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
