"use server";
// Flagging, and what moderators and admins do, through the one action pipeline (server/action.ts). Every
// mutation checks lib/permissions.ts itself; these only read the form.
import {
  dismissFlags,
  flagPost,
  moveThread,
  type PostTarget,
  setModerator,
  setPostHidden,
  setSuspension,
  setThreadLocked,
  setThreadPinned,
} from "@/db/mutations/moderation";
import { formAction } from "@/server/action";
import { ForbiddenError } from "@/lib/errors";
import { parseId } from "@/lib/ids";
import { flagInput, modInput, moveInput, suspendInput } from "@/lib/moderation-input";
import { SUSPENSIONS } from "@/lib/moderation-options";
import { FOREVER } from "@/lib/permissions";
import { postPath } from "@/lib/urls/paths";

/** The post a form names: a reply's id, or a thread's. */
function postTarget(formData: FormData): PostTarget | null {
  const replyId = parseId(formData.get("replyId"));
  if (replyId !== null) return { replyId };
  const threadId = parseId(formData.get("threadId"));
  return threadId === null ? null : { threadId };
}

const flagPage = (t: PostTarget) => ("replyId" in t ? `/replies/${t.replyId}/flag` : `/threads/${t.threadId}/flag`);
const modPage = (t: PostTarget) => ("replyId" in t ? `/mod/replies/${t.replyId}` : `/mod/threads/${t.threadId}`);

export const flagPostAction = formAction({
  kind: "post.flag",
  fields: ["reason", "note"],
  target: postTarget,
  signInReturn: flagPage,
  schema: flagInput,
  mutate: (user, input, target) => flagPost(user.id, target, input),
  done: ({ place }) => postPath(place),
  notice: "flagged",
});

/** One form on a post's moderation page; the button pressed says what to do. */
const POST_ACTIONS = ["hide", "restore", "dismiss", "lock", "unlock", "pin", "unpin"] as const;
type PostAction = (typeof POST_ACTIONS)[number];

export const moderatePostAction = formAction({
  fields: ["reason", "note"],
  target: (formData) => {
    const post = postTarget(formData);
    const what = formData.get("do");
    if (!post || !POST_ACTIONS.includes(what as PostAction)) return null;
    return { post, what: what as PostAction };
  },
  kind: ({ what }) => `post.${what}`,
  signInReturn: ({ post }) => modPage(post),
  schema: modInput,
  mutate: (user, input, { post, what }) => {
    switch (what) {
      case "hide":
      case "restore":
        return setPostHidden(user.id, post, what === "hide", input);
      case "dismiss":
        return dismissFlags(user.id, post, input);
      default: {
        // Locking and pinning are about threads: a reply's form cannot ask for them.
        if (!("threadId" in post)) return Promise.reject(new ForbiddenError("Only threads can be locked or pinned."));
        const on = what === "lock" || what === "pin";
        return what === "lock" || what === "unlock"
          ? setThreadLocked(user.id, post.threadId, on, input)
          : setThreadPinned(user.id, post.threadId, on, input);
      }
    }
  },
  done: (_, __, { post }) => modPage(post),
});

/** A thread filed elsewhere: its category (a discussion's) and its tags. */
export const moveThreadAction = formAction({
  kind: "thread.move",
  fields: ["category", "tags", "reason", "note"],
  target: (formData) => parseId(formData.get("threadId")),
  signInReturn: (threadId) => `/mod/threads/${threadId}`,
  schema: moveInput,
  mutate: (user, input, threadId) => moveThread(user.id, threadId, input),
  done: (_, __, threadId) => `/mod/threads/${threadId}`,
});

const memberTarget = (formData: FormData) => {
  const id = formData.get("memberId");
  return typeof id === "string" && /^[\w-]{1,64}$/.test(id) ? id : null;
};

export const suspendAction = formAction({
  kind: "member.suspend",
  fields: ["reason", "note", "duration"],
  target: memberTarget,
  signInReturn: () => "/mod/members",
  schema: suspendInput,
  mutate: (user, { duration, ...input }, memberId) => {
    const days = SUSPENSIONS.find((s) => s.slug === duration)!.days;
    return setSuspension(user.id, memberId, days === null ? FOREVER : new Date(Date.now() + days * 86_400_000), input);
  },
  done: () => "/mod/members",
});

export const liftSuspensionAction = formAction({
  kind: "member.unsuspend",
  fields: ["reason", "note"],
  target: memberTarget,
  signInReturn: () => "/mod/members",
  schema: modInput,
  mutate: (user, input, memberId) => setSuspension(user.id, memberId, null, input),
  done: () => "/mod/members",
});

export const setModeratorAction = formAction({
  kind: "member.set-role",
  fields: ["reason", "note"],
  target: (formData) => {
    const memberId = memberTarget(formData);
    const role = formData.get("role");
    return memberId && (role === "moderator" || role === "member")
      ? { memberId, moderator: role === "moderator" }
      : null;
  },
  signInReturn: () => "/mod/members",
  schema: modInput,
  mutate: (user, input, { memberId, moderator }) => setModerator(user.id, memberId, moderator, input),
  done: () => "/mod/members",
});
