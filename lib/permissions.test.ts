// The authorization matrix: every kind of actor against every action lib/permissions.ts decides, in
// every state of the post that changes the answer, with the sentence a refused actor is shown. A rule
// taken out of permissions.ts fails a row here (`npm run test:mutation` measures how many such
// changes the table catches). Limits that depend on the database (new accounts, daily caps) are
// db/mutations/limits.ts's, tested in db/limits.test.ts.
import { describe, expect, it } from "vitest";
import { type Action, type Actor, FOREVER, can, isSuspended, refusal } from "./permissions";

const NOW = new Date("2026-12-07T12:00:00Z");
const EARLIER = new Date("2026-11-30T12:00:00Z");
const LATER = new Date("2026-12-14T12:00:00Z");

const ACTORS = {
  "signed out": null,
  member: { id: "member", role: "member", suspendedUntil: null },
  // The rules here do not depend on an account's age (its limits do, in the database).
  "new member": { id: "new-member", role: "member", suspendedUntil: null },
  "member whose suspension ended": { id: "returning", role: "member", suspendedUntil: EARLIER },
  author: { id: "author", role: "member", suspendedUntil: null },
  "suspended author": { id: "author", role: "member", suspendedUntil: LATER },
  "suspended member": { id: "suspended", role: "member", suspendedUntil: FOREVER },
  moderator: { id: "moderator", role: "moderator", suspendedUntil: null },
  "suspended moderator": { id: "moderator", role: "moderator", suspendedUntil: LATER },
  admin: { id: "admin", role: "admin", suspendedUntil: null },
} satisfies Record<string, Actor | null>;
type ActorName = keyof typeof ACTORS;

const MEMBERS: ActorName[] = ["member", "new member", "member whose suspension ended"];
const STAFF: ActorName[] = ["moderator", "admin"];
const EVERYONE: ActorName[] = [...MEMBERS, "author", ...STAFF];

const live = { authorId: "author", deletedAt: null, hiddenAt: null };
const hidden = { ...live, hiddenAt: EARLIER };
const deleted = { ...live, deletedAt: EARLIER };
const open = { ...live, lockedAt: null };
const locked = { ...open, lockedAt: EARLIER };
const discussion = { ...open, kind: "discussion" as const };
const story = { ...open, kind: "story" as const };
const question = { ...live, authorId: "member", isQuestion: true };

type Row = {
  action: Action;
  /** The actors who may. */
  may: ActorName[];
  /** What every other signed-in, unsuspended actor is told, unless `told` says otherwise for them. */
  refusal?: string;
  told?: Partial<Record<ActorName, string>>;
};

const STAFF_ONLY = "Only moderators can do that.";
const ONLY_AUTHOR = "Only the story's author can answer its questions.";
const ONLY_ASKER = "Only the thread's author or a moderator can mark the answer.";
const ROWS: Record<string, Row> = {
  "start a thread or a story": { action: { do: "post" }, may: EVERYONE },
  "reply to an open thread": { action: { do: "reply", thread: open }, may: EVERYONE },
  "reply to a locked thread": {
    action: { do: "reply", thread: locked },
    may: STAFF,
    refusal: "This thread is locked: it takes no new replies.",
  },
  "reply to a hidden thread": {
    action: { do: "reply", thread: { ...open, hiddenAt: EARLIER } },
    may: STAFF,
    refusal: "This thread is hidden by the moderators.",
  },
  "reply to a deleted thread": {
    action: { do: "reply", thread: { ...open, deletedAt: EARLIER } },
    may: [],
    refusal: "This thread was deleted.",
  },
  "edit a post": {
    action: { do: "edit", post: live },
    may: ["author"],
    refusal: "You can only change your own posts.",
  },
  "delete a post": {
    action: { do: "delete", post: live },
    may: ["author"],
    refusal: "You can only change your own posts.",
  },
  "edit a hidden post": {
    action: { do: "edit", post: hidden },
    may: [],
    refusal: "You can only change your own posts.",
    told: { author: "This post is hidden by the moderators and can't be changed." },
  },
  "delete a deleted post": { action: { do: "delete", post: deleted }, may: [], refusal: "This post was deleted." },
  "mark a post helpful": {
    action: { do: "vote", post: live },
    may: [...MEMBERS, ...STAFF],
    refusal: "You can't mark your own post as helpful.",
  },
  "mark a hidden post helpful": {
    action: { do: "vote", post: hidden },
    may: [],
    refusal: "This post is hidden by the moderators.",
    told: { author: "You can't mark your own post as helpful." },
  },
  "mark a deleted post helpful": {
    action: { do: "vote", post: deleted },
    may: [],
    refusal: "This post was deleted.",
    told: { author: "You can't mark your own post as helpful." },
  },
  "flag a post": {
    action: { do: "flag", post: live },
    may: [...MEMBERS, ...STAFF],
    refusal: "You can't flag your own post.",
  },
  "flag a hidden post": {
    action: { do: "flag", post: hidden },
    may: [...MEMBERS, ...STAFF],
    refusal: "You can't flag your own post.",
  },
  "flag a deleted post": {
    action: { do: "flag", post: deleted },
    may: [],
    refusal: "This post was deleted.",
    told: { author: "You can't flag your own post." },
  },
  "hide a post": { action: { do: "hide", post: live }, may: STAFF, refusal: STAFF_ONLY },
  "restore a post": { action: { do: "restore", post: hidden }, may: STAFF, refusal: STAFF_ONLY },
  "lock a thread": { action: { do: "lock", thread: open }, may: STAFF, refusal: STAFF_ONLY },
  "unlock a thread": { action: { do: "lock", thread: locked }, may: STAFF, refusal: STAFF_ONLY },
  "pin or unpin a thread": { action: { do: "pin", thread: open }, may: STAFF, refusal: STAFF_ONLY },
  "move a thread": { action: { do: "move", thread: open }, may: STAFF, refusal: STAFF_ONLY },
  // Reading the queue and the full log stays open to a suspended moderator, as reading does to all.
  "read the flag queue": { action: { do: "moderate" }, may: [...STAFF, "suspended moderator"], refusal: STAFF_ONLY },
  "suspend a member, or lift it": {
    action: { do: "suspend", member: { id: "someone", role: "member" } },
    may: STAFF,
    refusal: STAFF_ONLY,
  },
  "suspend a moderator": {
    action: { do: "suspend", member: { id: "another-moderator", role: "moderator" } },
    may: ["admin"],
    refusal: STAFF_ONLY,
    told: { moderator: "Only an admin can suspend a moderator." },
  },
  "suspend an admin": {
    action: { do: "suspend", member: { id: "another-admin", role: "admin" } },
    may: [],
    refusal: STAFF_ONLY,
    told: { moderator: "Admins can't be suspended here.", admin: "Admins can't be suspended here." },
  },
  "suspend oneself": {
    action: { do: "suspend", member: { id: "moderator", role: "moderator" } },
    may: ["admin"],
    refusal: STAFF_ONLY,
    told: { moderator: "You can't suspend yourself." },
  },
  "make a member a moderator, or not": {
    action: { do: "set-role", member: { id: "someone", role: "member" } },
    may: ["admin"],
    refusal: "Only admins can change roles.",
  },
  "change an admin's role": {
    action: { do: "set-role", member: { id: "another-admin", role: "admin" } },
    may: [],
    refusal: "Only admins can change roles.",
    told: { admin: "Admins are set by ADMIN_GITHUB_LOGINS." },
  },
  "add a follow-up to a story": {
    action: { do: "add-follow-up", story: live },
    may: ["author"],
    refusal: "Only the story's author can add or change its follow-ups.",
  },
  "add a follow-up to a hidden story": {
    action: { do: "add-follow-up", story: hidden },
    may: [],
    refusal: "Only the story's author can add or change its follow-ups.",
    told: { author: "This story is hidden by the moderators: its follow-ups can't change." },
  },
  "add a follow-up to a deleted story": {
    action: { do: "add-follow-up", story: deleted },
    may: [],
    refusal: "This story was deleted.",
  },
  "edit a follow-up": {
    action: { do: "edit-follow-up", story: live, followUp: live },
    may: ["author"],
    refusal: "Only the story's author can add or change its follow-ups.",
  },
  "delete a deleted follow-up": {
    action: { do: "delete-follow-up", story: live, followUp: deleted },
    may: [],
    refusal: "Only the story's author can add or change its follow-ups.",
    told: { author: "This follow-up was deleted." },
  },
  "mark a reply as the answer": {
    action: { do: "mark-answer", thread: discussion, reply: { ...live, authorId: "replier" } },
    may: ["author", ...STAFF],
    refusal: ONLY_ASKER,
  },
  "take the answer mark off": {
    action: { do: "mark-answer", thread: discussion, reply: null },
    may: ["author", ...STAFF],
    refusal: ONLY_ASKER,
  },
  // The asker may mark their own reply (what they found out themselves); nobody is notified of it.
  "mark one's own reply as the answer": {
    action: { do: "mark-answer", thread: discussion, reply: live },
    may: ["author", ...STAFF],
    refusal: ONLY_ASKER,
  },
  "mark an answer in a story": {
    action: { do: "mark-answer", thread: { ...discussion, kind: "story" }, reply: live },
    may: [],
    refusal: "Only discussions have an answer to mark.",
  },
  "mark an answer in a deleted thread": {
    action: { do: "mark-answer", thread: { ...discussion, deletedAt: EARLIER }, reply: live },
    may: [],
    refusal: "This thread was deleted.",
  },
  "mark an answer in a locked thread": {
    action: { do: "mark-answer", thread: { ...discussion, lockedAt: EARLIER }, reply: null },
    may: STAFF,
    refusal: ONLY_ASKER,
    told: { author: "This thread is locked: only a moderator can change its answer." },
  },
  "mark an answer in a hidden thread": {
    action: { do: "mark-answer", thread: { ...discussion, hiddenAt: EARLIER }, reply: live },
    may: STAFF,
    refusal: ONLY_ASKER,
    told: { author: "This thread is hidden by the moderators." },
  },
  "mark a deleted reply as the answer": {
    action: { do: "mark-answer", thread: discussion, reply: deleted },
    may: [],
    refusal: ONLY_ASKER,
    told: { author: "This reply was deleted.", moderator: "This reply was deleted.", admin: "This reply was deleted." },
  },
  "mark a hidden reply as the answer": {
    action: { do: "mark-answer", thread: discussion, reply: hidden },
    may: [],
    refusal: ONLY_ASKER,
    told: {
      author: "This reply is hidden by the moderators.",
      moderator: "This reply is hidden by the moderators.",
      admin: "This reply is hidden by the moderators.",
    },
  },
  "ask a story's author a question": {
    action: { do: "ask-author", thread: story, questionsOpen: true },
    may: [...MEMBERS, ...STAFF],
    told: { author: "You can't ask yourself a question: reply to your readers instead." },
  },
  "ask a question of a story closed to questions": {
    action: { do: "ask-author", thread: story, questionsOpen: false },
    may: [],
    refusal: "The author has closed this story to questions.",
    told: { author: "You can't ask yourself a question: reply to your readers instead." },
  },
  "ask a question in a discussion": {
    action: { do: "ask-author", thread: discussion, questionsOpen: true },
    may: [],
    refusal: "Only stories take questions to their author.",
  },
  "ask a question of a deleted story": {
    action: { do: "ask-author", thread: { ...story, deletedAt: EARLIER }, questionsOpen: true },
    may: [],
    refusal: "This story was deleted.",
  },
  "ask a question of a hidden story": {
    action: { do: "ask-author", thread: { ...story, hiddenAt: EARLIER }, questionsOpen: true },
    may: STAFF,
    refusal: "This story is hidden by the moderators.",
  },
  "ask a question of a locked story": {
    action: { do: "ask-author", thread: { ...story, lockedAt: EARLIER }, questionsOpen: true },
    may: STAFF,
    refusal: "This thread is locked: it takes no new replies.",
  },
  "answer a question": {
    action: { do: "answer-question", thread: story, question },
    may: ["author"],
    refusal: "Only the story's author can answer its questions.",
  },
  // Closing stops new questions; the ones already asked may still be answered.
  "answer a question on a story closed to questions": {
    action: { do: "answer-question", thread: story, question },
    may: ["author"],
    refusal: "Only the story's author can answer its questions.",
  },
  "answer a reply that is not a question": {
    action: { do: "answer-question", thread: story, question: { ...question, isQuestion: false } },
    may: [],
    refusal: "Only the story's author can answer its questions.",
    told: { author: "That reply is not a question to the author." },
  },
  "answer a deleted question": {
    action: { do: "answer-question", thread: story, question: { ...question, deletedAt: EARLIER } },
    may: [],
    refusal: "Only the story's author can answer its questions.",
    told: { author: "This question was deleted." },
  },
  "answer a hidden question": {
    action: { do: "answer-question", thread: story, question: { ...question, hiddenAt: EARLIER } },
    may: [],
    refusal: "Only the story's author can answer its questions.",
    told: { author: "This question is hidden by the moderators." },
  },
  "answer a question in a discussion": {
    action: { do: "answer-question", thread: discussion, question },
    may: [],
    refusal: "Only stories take questions to their author.",
  },
  "answer a question in a locked story": {
    action: { do: "answer-question", thread: { ...story, lockedAt: EARLIER }, question },
    may: [],
    refusal: "This thread is locked: it takes no new replies.",
    told: { moderator: ONLY_AUTHOR, admin: ONLY_AUTHOR },
  },
  "answer a question in a hidden story": {
    action: { do: "answer-question", thread: { ...story, hiddenAt: EARLIER }, question },
    may: [],
    refusal: "This story is hidden by the moderators.",
    told: { moderator: ONLY_AUTHOR, admin: ONLY_AUTHOR },
  },
  "answer a question in a deleted story": {
    action: { do: "answer-question", thread: { ...story, deletedAt: EARLIER }, question },
    may: [],
    refusal: "This story was deleted.",
  },
  // Closing touches nobody else, so a suspended author may still close their story.
  "close a story to questions": {
    action: { do: "set-questions", story: live, open: false },
    may: ["author", "suspended author"],
    refusal: "Only the story's author can open or close it to questions.",
  },
  "open a story to questions": {
    action: { do: "set-questions", story: live, open: true },
    may: ["author"],
    refusal: "Only the story's author can open or close it to questions.",
  },
  "open a hidden story to questions": {
    action: { do: "set-questions", story: hidden, open: true },
    may: [],
    refusal: "Only the story's author can open or close it to questions.",
    told: { author: "This story is hidden by the moderators." },
  },
  "close a hidden story to questions": {
    action: { do: "set-questions", story: hidden, open: false },
    may: ["author", "suspended author"],
    refusal: "Only the story's author can open or close it to questions.",
  },
  "close a deleted story to questions": {
    action: { do: "set-questions", story: deleted, open: false },
    may: [],
    refusal: "This story was deleted.",
  },
  // A follow-up written by someone else under the author's story (the story changed hands, say).
  "edit someone else's follow-up": {
    action: { do: "edit-follow-up", story: live, followUp: { ...live, authorId: "someone" } },
    may: [],
    refusal: "Only the story's author can add or change its follow-ups.",
    told: { author: "You can only change your own follow-ups." },
  },
};

describe("who may do what (lib/permissions.ts)", () => {
  for (const [what, row] of Object.entries(ROWS)) {
    it(what, () => {
      for (const [name, actor] of Object.entries(ACTORS) as [ActorName, Actor | null][]) {
        const answer = refusal(actor, row.action, NOW);
        const expected = row.may.includes(name)
          ? null
          : actor === null
            ? "Sign in first."
            : isSuspended(actor, NOW) && row.action.do !== "moderate"
              ? expect.stringMatching(
                  /^Your account is suspended until .+: you can read, but not post, vote or flag\.$/,
                )
              : (row.told?.[name] ?? row.refusal);
        expect(answer, `${name}: ${what}`).toEqual(expected);
        expect(can(actor, row.action, NOW), `${name}: ${what}`).toBe(answer === null);
      }
    });
  }

  it("says until when a suspension lasts, and 'further notice' for one for good", () => {
    expect(refusal(ACTORS["suspended author"], { do: "post" }, NOW)).toBe(
      "Your account is suspended until 2026-12-14 12:00 UTC: you can read, but not post, vote or flag.",
    );
    expect(refusal(ACTORS["suspended member"], { do: "post" }, NOW)).toBe(
      "Your account is suspended until further notice: you can read, but not post, vote or flag.",
    );
  });

  it("a suspension ends at its time, to the millisecond", () => {
    const until = new Date(NOW.getTime() + 1);
    expect(isSuspended({ suspendedUntil: until }, NOW)).toBe(true);
    expect(isSuspended({ suspendedUntil: NOW }, NOW)).toBe(false);
    expect(isSuspended({ suspendedUntil: until.toISOString() }, NOW)).toBe(true);
    expect(isSuspended({ suspendedUntil: null }, NOW)).toBe(false);
  });
});
