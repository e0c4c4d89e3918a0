// Who may do what: one rule set, used by every mutation (the real check, on rows read under lock) and
// by every control the browser shows (a hint only). Framework-free, so both sides import it.
// Rules have an "own" and an "any" form, as in epic-stack's permissions: a member edits their own
// post, a moderator hides anyone's, so moderators need no special cases elsewhere.
import { formatUtc } from "./format";
import { type Role, isStaff } from "./roles";

/** The acting member, as loaded for an action (or as the session tells the browser). */
export type Actor = { id: string; role: Role | string; suspendedUntil: Date | string | null };
export type Viewer = Actor | null;

/** A thread (with its opening post) or a reply. */
export type Post = { authorId: string; deletedAt: Date | null; hiddenAt?: Date | null };
export type ThreadState = Post & { lockedAt: Date | null };
export type Member = { id: string; role: Role | string };
export type StoryThread = ThreadState & { kind: "discussion" | "story" };

export type Action =
  | { do: "post" } // start a thread or a story
  | { do: "reply"; thread: ThreadState }
  | { do: "edit" | "delete"; post: Post }
  | { do: "vote"; post: Post }
  | { do: "flag"; post: Post }
  | { do: "hide" | "restore"; post: Post }
  | { do: "lock" | "pin" | "move"; thread: ThreadState }
  | { do: "suspend"; member: Member }
  | { do: "set-role"; member: Member }
  | { do: "moderate" } // read the flag queue and the full log
  // The answer that helped: mark a reply of a discussion (or, reply null, take the mark off).
  | { do: "mark-answer"; thread: ThreadState & { kind: "discussion" | "story" }; reply: Post | null }
  // Ask the author (a story's discussion): put a question to the story's author, answer one (the
  // author), and open or close the story to questions (the author).
  | { do: "ask-author"; thread: StoryThread; questionsOpen: boolean }
  | { do: "answer-question"; thread: StoryThread; question: Post & { isQuestion: boolean } }
  | { do: "set-questions"; story: Post; open: boolean }
  // Follow-ups on a story (lib/stories/follow-ups.ts): its author's own, on a story that is live and not hidden.
  | { do: "add-follow-up"; story: Post }
  | { do: "edit-follow-up" | "delete-follow-up"; story: Post; followUp: Post };

/** Whether a suspension is in force at `now`. */
export function isSuspended(actor: { suspendedUntil: Date | string | null }, now = new Date()): boolean {
  return actor.suspendedUntil !== null && new Date(actor.suspendedUntil) > now;
}

/**
 * Why `viewer` may not do `action`, as a sentence for the form; null when they may. Signed-out
 * readers get "Sign in …": actions send them to sign-in before asking.
 */
export function refusal(viewer: Viewer, action: Action, now = new Date()): string | null {
  if (!viewer) return "Sign in first.";
  const staff = isStaff(viewer.role);
  const own = (post: Post) => post.authorId === viewer.id;
  const suspended = isSuspended(viewer, now);
  // Suspended members keep reading; nothing they could do to others is open to them. Closing their
  // own story to questions touches nobody else, so that stays open to them ("at any time").
  const closing = action.do === "set-questions" && !action.open && own(action.story) && !action.story.deletedAt;
  if (suspended && action.do !== "moderate" && !closing) {
    return `Your account is suspended until ${formatUntil(viewer.suspendedUntil!)}: you can read, but not post, vote or flag.`;
  }
  switch (action.do) {
    case "post":
      return null;
    case "reply":
      if (action.thread.deletedAt) return "This thread was deleted.";
      if (action.thread.lockedAt && !staff) return "This thread is locked: it takes no new replies.";
      if (action.thread.hiddenAt && !staff) return "This thread is hidden by the moderators.";
      return null;
    case "edit":
    case "delete":
      if (action.post.deletedAt) return "This post was deleted.";
      if (!own(action.post)) return "You can only change your own posts.";
      // A hidden post stays as the moderators left it; its author sees why on the post.
      if (action.post.hiddenAt) return "This post is hidden by the moderators and can't be changed.";
      return null;
    case "vote":
      if (own(action.post)) return "You can't mark your own post as helpful.";
      if (action.post.deletedAt) return "This post was deleted.";
      return action.post.hiddenAt ? "This post is hidden by the moderators." : null;
    case "flag":
      if (own(action.post)) return "You can't flag your own post.";
      return action.post.deletedAt ? "This post was deleted." : null;
    case "hide":
    case "restore":
    case "lock":
    case "pin":
    case "move":
    case "moderate":
      return staff ? null : "Only moderators can do that.";
    case "suspend":
      if (!staff) return "Only moderators can do that.";
      if (action.member.id === viewer.id) return "You can't suspend yourself.";
      // Moderators act on members; an admin is needed to stop a moderator, and admins come from configuration.
      if (action.member.role === "admin") return "Admins can't be suspended here.";
      if (action.member.role === "moderator" && viewer.role !== "admin")
        return "Only an admin can suspend a moderator.";
      return null;
    case "set-role":
      if (viewer.role !== "admin") return "Only admins can change roles.";
      return action.member.role === "admin" ? "Admins are set by ADMIN_GITHUB_LOGINS." : null;
    case "add-follow-up":
    case "edit-follow-up":
    case "delete-follow-up":
      return followUpRefusal(viewer, action);
    case "mark-answer":
      return answerRefusal(action, own(action.thread), staff);
    case "ask-author":
    case "answer-question":
    case "set-questions":
      return questionRefusal(action, own, staff);
  }
}

/**
 * Ask the author: any signed-in reader but the author asks, while the story is open to questions and
 * takes replies; only the author answers (a moderator answers nothing for them), a live question; only
 * the author opens or closes, and a story the moderators hid cannot be reopened.
 */
function questionRefusal(
  action: Extract<Action, { do: "ask-author" | "answer-question" | "set-questions" }>,
  own: (post: Post) => boolean,
  staff: boolean,
): string | null {
  if (action.do === "set-questions") {
    if (action.story.deletedAt) return "This story was deleted.";
    if (!own(action.story)) return "Only the story's author can open or close it to questions.";
    if (action.open && action.story.hiddenAt) return "This story is hidden by the moderators.";
    return null;
  }
  const { thread } = action;
  if (thread.kind !== "story") return "Only stories take questions to their author.";
  if (thread.deletedAt) return "This story was deleted.";
  if (thread.hiddenAt && !staff) return "This story is hidden by the moderators.";
  if (thread.lockedAt && !staff) return "This thread is locked: it takes no new replies.";
  if (action.do === "ask-author") {
    if (own(thread)) return "You can't ask yourself a question: reply to your readers instead.";
    return action.questionsOpen ? null : "The author has closed this story to questions.";
  }
  if (!own(thread)) return "Only the story's author can answer its questions.";
  if (!action.question.isQuestion) return "That reply is not a question to the author.";
  if (action.question.deletedAt) return "This question was deleted.";
  if (action.question.hiddenAt) return "This question is hidden by the moderators.";
  return null;
}

/**
 * The answer that helped is the asker's call (Stack Overflow's accepted answer), or a moderator's:
 * discussions only (a story asks nothing), a live reply. A locked or hidden thread stays as the
 * moderators left it, so there only a moderator may change the mark.
 */
function answerRefusal(
  action: Extract<Action, { do: "mark-answer" }>,
  ownThread: boolean,
  staff: boolean,
): string | null {
  const { thread, reply } = action;
  if (thread.kind !== "discussion") return "Only discussions have an answer to mark.";
  if (thread.deletedAt) return "This thread was deleted.";
  if (!ownThread && !staff) return "Only the thread's author or a moderator can mark the answer.";
  if (thread.hiddenAt && !staff) return "This thread is hidden by the moderators.";
  if (thread.lockedAt && !staff) return "This thread is locked: only a moderator can change its answer.";
  if (reply?.deletedAt) return "This reply was deleted.";
  if (reply?.hiddenAt) return "This reply is hidden by the moderators.";
  return null;
}

/**
 * Follow-ups are the story author's own account of what happened next: there is no "any" form (a
 * moderator hides the story instead), and a hidden or deleted story takes none.
 */
function followUpRefusal(
  viewer: Actor,
  action: Extract<Action, { do: "add-follow-up" | "edit-follow-up" | "delete-follow-up" }>,
): string | null {
  if (action.story.deletedAt) return "This story was deleted.";
  if (action.story.authorId !== viewer.id) return "Only the story's author can add or change its follow-ups.";
  if (action.story.hiddenAt) return "This story is hidden by the moderators: its follow-ups can't change.";
  if (action.do === "add-follow-up") return null;
  if (action.followUp.deletedAt) return "This follow-up was deleted.";
  return action.followUp.authorId === viewer.id ? null : "You can only change your own follow-ups.";
}

export function can(viewer: Viewer, action: Action, now = new Date()): boolean {
  return refusal(viewer, action, now) === null;
}

/** Suspensions "for good" end in the year 9999. */
export const FOREVER = new Date("9999-12-31T00:00:00Z");

function formatUntil(until: Date | string): string {
  const date = new Date(until);
  if (date.getTime() >= FOREVER.getTime()) return "further notice";
  return formatUtc(date);
}
