"use server";
// Editing and deleting a reply, through the one action pipeline (server/action.ts).
import { deleteReply, updateReply } from "@/db/mutations/replies";
import { buttonAction, formAction } from "@/server/action";
import { replyPath } from "@/lib/urls/paths";
import { safeCallbackPath } from "@/lib/urls/safe-redirect";
import { parseId } from "@/lib/ids";
import { replyInput } from "@/lib/validation";

const replyId = (formData: FormData) => parseId(formData.get("replyId"));

export const updateReplyAction = formAction({
  kind: "reply.update",
  fields: ["body"],
  target: replyId,
  signInReturn: (id) => `/replies/${id}/edit`,
  schema: replyInput,
  mutate: (user, input, id) => updateReply(user.id, id, input),
  done: (reply) => replyPath(reply),
});

// The reply keeps its place as "deleted by its author", so the reader goes back to where it was.
export const deleteReplyAction = buttonAction({
  kind: "reply.delete",
  target: (formData) => {
    const id = replyId(formData);
    return id === null ? null : { id, back: safeCallbackPath(formData.get("returnTo"), "/").split("#")[0] };
  },
  signInReturn: ({ back }) => back,
  mutate: (user, { id }) => deleteReply(user.id, id),
  done: (_, { id, back }) => ({ redirect: `${back}#reply-${id}` }),
});
