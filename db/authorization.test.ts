// The authorization matrix: every mutation, tried by every kind of member, against the real database.
// Each case acts on a fresh target, so the outcomes do not depend on each other. A refusal must be a
// ForbiddenError (the form shows its sentence) and must leave the data as it was.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { FOREVER, refusal } from "@/lib/permissions";
import { getDb } from "./index";
import {
  dismissFlags,
  flagPost,
  setModerator,
  setPostHidden,
  setSuspension,
  setThreadLocked,
  setThreadPinned,
} from "./mutations/moderation";
import { createReply, deleteReply, updateReply } from "./mutations/replies";
import { createStory, deleteStory, updateStory } from "./mutations/stories";
import { toggleHelpful } from "./mutations/votes";
import { setAnswer } from "./mutations/answers";
import { createThread, deleteThread, updateThread } from "./mutations/threads";
import { flags, modActions, replies, stories, threads, users } from "./schema";
import { useFreshDatabase } from "./test/database";
import { type Member, aMember, sampleStory } from "./test/factories";

const ROLES = ["author", "other member", "suspended author", "moderator", "admin"] as const;
type Who = (typeof ROLES)[number];
type Outcome = "ok" | "refused";

let done: () => Promise<void>;
let seq = 0;
let poster: string;
let moderator: string;
let admin: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  poster = await newMember("member");
  moderator = await newMember("moderator");
  admin = await newMember("admin");
});
afterAll(() => done());

const newMember = async (role: Member["role"] = "member") => (await aMember({ role })).id;

/** Whose post the target is and who acts: the author acts on their own post; others on `poster`'s. */
async function cast(who: Who) {
  const me = who === "moderator" ? moderator : who === "admin" ? admin : await newMember();
  const owner = who === "author" || who === "suspended author" ? me : poster;
  return { me, owner };
}

/** Everything the matrix could change, to compare before and after a refusal. */
async function snapshot() {
  const db = getDb();
  const [t, r, s, f, m, u] = await Promise.all([
    db.select().from(threads).orderBy(threads.id),
    db.select().from(replies).orderBy(replies.id),
    db.select().from(stories).orderBy(stories.threadId),
    db.select().from(flags).orderBy(flags.id),
    db.select().from(modActions).orderBy(modActions.id),
    db.select({ id: users.id, role: users.role, suspendedUntil: users.suspendedUntil }).from(users).orderBy(users.id),
  ]);
  return JSON.stringify([t, r, s, f, m, u]);
}

const mod = { reason: "Testing", note: null };
type Case = {
  name: string;
  /** Makes the target as `owner` (before any suspension) and returns the attempt. */
  setUp: (owner: string) => Promise<(me: string) => Promise<unknown>>;
  expected: Record<Who, Outcome>;
};

const everyone: Record<Who, Outcome> = {
  author: "ok",
  "other member": "ok",
  "suspended author": "refused",
  moderator: "ok",
  admin: "ok",
};
const ownOnly: Record<Who, Outcome> = {
  author: "ok",
  "other member": "refused",
  "suspended author": "refused",
  moderator: "refused",
  admin: "refused",
};
const notOwn: Record<Who, Outcome> = {
  author: "refused",
  "other member": "ok",
  "suspended author": "refused",
  moderator: "ok",
  admin: "ok",
};
const staffOnly: Record<Who, Outcome> = {
  author: "refused",
  "other member": "refused",
  "suspended author": "refused",
  moderator: "ok",
  admin: "ok",
};
const adminOnly: Record<Who, Outcome> = { ...staffOnly, moderator: "refused" };
const ownOrStaff: Record<Who, Outcome> = { ...ownOnly, moderator: "ok", admin: "ok" };

const aThread = async (owner: string) =>
  (await createThread(owner, { title: `Target thread ${++seq}`, body: `Body ${seq}` })).id;
const aReply = async (owner: string) =>
  (await createReply(owner, await aThread(poster), { body: `Reply ${++seq}` })).id;
const aStory = async (owner: string) => (await createStory(owner, sampleStory(`Target story ${++seq}`))).id;

const CASES: Case[] = [
  {
    name: "start a thread",
    setUp: async () => (me) => createThread(me, { title: `New thread ${++seq}`, body: "Hello." }),
    expected: everyone,
  },
  {
    name: "start a story",
    setUp: async () => (me) => createStory(me, sampleStory(`New story ${++seq}`)),
    expected: everyone,
  },
  {
    name: "reply",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => createReply(me, id, { body: `A reply ${++seq}` });
    },
    expected: everyone,
  },
  {
    name: "edit a thread",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => updateThread(me, id, { title: "Changed title", body: "Changed." });
    },
    expected: ownOnly,
  },
  {
    name: "delete a thread",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => deleteThread(me, id);
    },
    expected: ownOnly,
  },
  {
    name: "edit a reply",
    setUp: async (owner) => {
      const id = await aReply(owner);
      return (me) => updateReply(me, id, { body: "Changed." });
    },
    expected: ownOnly,
  },
  {
    name: "delete a reply",
    setUp: async (owner) => {
      const id = await aReply(owner);
      return (me) => deleteReply(me, id);
    },
    expected: ownOnly,
  },
  {
    name: "edit a story",
    setUp: async (owner) => {
      const id = await aStory(owner);
      return (me) => updateStory(me, id, sampleStory("Changed story"));
    },
    expected: ownOnly,
  },
  {
    name: "delete a story",
    setUp: async (owner) => {
      const id = await aStory(owner);
      return (me) => deleteStory(me, id);
    },
    expected: ownOnly,
  },
  {
    name: "mark a story helpful",
    setUp: async (owner) => {
      const id = await aStory(owner);
      return (me) => toggleHelpful(me, { threadId: id });
    },
    expected: notOwn,
  },
  {
    name: "mark a thread helpful",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => toggleHelpful(me, { threadId: id });
    },
    expected: notOwn,
  },
  {
    name: "mark a reply helpful",
    setUp: async (owner) => {
      const id = await aReply(owner);
      return (me) => toggleHelpful(me, { replyId: id });
    },
    expected: notOwn,
  },
  {
    name: "flag a thread",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => flagPost(me, { threadId: id }, { reason: "spam", note: null });
    },
    expected: notOwn,
  },
  {
    name: "flag a reply",
    setUp: async (owner) => {
      const id = await aReply(owner);
      return (me) => flagPost(me, { replyId: id }, { reason: "abuse", note: "Rude" });
    },
    expected: notOwn,
  },
  {
    name: "hide a thread",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => setPostHidden(me, { threadId: id }, true, mod);
    },
    expected: staffOnly,
  },
  {
    name: "restore a reply",
    setUp: async (owner) => {
      const id = await aReply(owner);
      await setPostHidden(moderator, { replyId: id }, true, mod);
      return (me) => setPostHidden(me, { replyId: id }, false, mod);
    },
    expected: staffOnly,
  },
  {
    name: "dismiss flags",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => dismissFlags(me, { threadId: id }, mod);
    },
    expected: staffOnly,
  },
  {
    name: "lock a thread",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => setThreadLocked(me, id, true, mod);
    },
    expected: staffOnly,
  },
  {
    name: "pin a thread",
    setUp: async (owner) => {
      const id = await aThread(owner);
      return (me) => setThreadPinned(me, id, true, mod);
    },
    expected: staffOnly,
  },
  {
    name: "mark a reply as the answer",
    setUp: async (owner) => {
      const id = await aThread(owner);
      const reply = (await createReply(poster, id, { body: `An answer ${++seq}` })).id;
      return (me) => setAnswer(me, id, reply);
    },
    expected: ownOrStaff,
  },
  {
    name: "take the answer mark off",
    setUp: async (owner) => {
      const id = await aThread(owner);
      const reply = (await createReply(poster, id, { body: `An answer ${++seq}` })).id;
      await setAnswer(owner, id, reply);
      return (me) => setAnswer(me, id, null);
    },
    expected: ownOrStaff,
  },
  {
    name: "suspend a member",
    setUp: async () => {
      const target = await newMember();
      return (me) => setSuspension(me, target, FOREVER, mod);
    },
    expected: staffOnly,
  },
  {
    name: "make a member a moderator",
    setUp: async () => {
      const target = await newMember();
      return (me) => setModerator(me, target, true, mod);
    },
    expected: adminOnly,
  },
];

describe("who may do what", () => {
  for (const c of CASES) {
    for (const who of ROLES) {
      it(`${c.name}: ${who} → ${c.expected[who]}`, async () => {
        const { me, owner } = await cast(who);
        const attempt = await c.setUp(owner);
        if (who === "suspended author")
          await getDb().update(users).set({ suspendedUntil: FOREVER }).where(eq(users.id, me));
        const before = await snapshot();
        const outcome = await attempt(me).then(
          () => "ok" as const,
          (error: unknown) => {
            if (error instanceof ForbiddenError) return "refused" as const;
            throw error;
          },
        );
        expect(outcome).toBe(c.expected[who]);
        if (outcome === "refused") expect(await snapshot()).toBe(before);
      });
    }
  }
});

describe("the rules themselves", () => {
  const post = { authorId: "a", deletedAt: null, hiddenAt: null };
  const member = (id: string, extra = {}) => ({ id, role: "member", suspendedUntil: null, ...extra });

  it("a signed-out reader may do nothing", () => {
    expect(refusal(null, { do: "post" })).toMatch(/Sign in/);
    expect(refusal(null, { do: "flag", post })).toMatch(/Sign in/);
  });

  it("a suspension ends when it says", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    expect(refusal(member("b", { suspendedUntil: new Date("2026-11-27T13:00:00Z") }), { do: "post" }, now)).toMatch(
      /suspended until 2026-11-27 13:00 UTC/,
    );
    expect(refusal(member("b", { suspendedUntil: new Date("2026-11-27T11:00:00Z") }), { do: "post" }, now)).toBeNull();
    expect(refusal(member("b", { suspendedUntil: FOREVER }), { do: "post" }, now)).toMatch(/further notice/);
  });

  it("locked and hidden threads take replies from moderators only; hidden posts cannot be edited", () => {
    const locked = { ...post, lockedAt: new Date() };
    expect(refusal(member("b"), { do: "reply", thread: locked })).toMatch(/locked/);
    expect(refusal(member("b", { role: "moderator" }), { do: "reply", thread: locked })).toBeNull();
    expect(refusal(member("a"), { do: "edit", post: { ...post, hiddenAt: new Date() } })).toMatch(/hidden/);
  });

  it("moderators cannot suspend admins, other moderators need an admin, nobody suspends themselves", () => {
    const mod = member("m", { role: "moderator" });
    const adm = member("x", { role: "admin" });
    expect(refusal(mod, { do: "suspend", member: { id: "x", role: "admin" } })).not.toBeNull();
    expect(refusal(mod, { do: "suspend", member: { id: "n", role: "moderator" } })).not.toBeNull();
    expect(refusal(adm, { do: "suspend", member: { id: "n", role: "moderator" } })).toBeNull();
    expect(refusal(mod, { do: "suspend", member: { id: "m", role: "moderator" } })).not.toBeNull();
    expect(refusal(adm, { do: "set-role", member: { id: "y", role: "admin" } })).not.toBeNull();
  });
});
