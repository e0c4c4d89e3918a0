// Every Server Action, called as a form would call it: signed out, each sends the reader to sign in
// and writes nothing; as a member acting on another member's post, or on what only moderators may do,
// each answers with the rule's sentence and writes nothing. (db/authorization.test.ts tries every
// mutation with every role; this checks that the actions go through them and check who is asking.)
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { flags, helpfulVotes, modActions, replies, stories, threads, users } from "./schema";

const viewer = vi.hoisted(() => ({
  current: null as null | { id: string; login: string; name: string; role: string; suspendedUntil: null },
}));
vi.mock("@/auth", () => ({ currentUser: async () => viewer.current }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { redirectTo: to });
  },
  notFound: () => {
    throw new Error("not found");
  },
}));
vi.mock("next/cache", () => ({ updateTag: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => {} }) }));

const { getDb } = await import("./index");
const { useFreshDatabase } = await import("./test/database");
const { createThread } = await import("./mutations/threads");
const { createReply } = await import("./mutations/replies");
const { createStory } = await import("./mutations/stories");
const { aMember, sampleStory, storyForm } = await import("./test/factories");
const threadActions = await import("@/app/threads/actions");
const replyActions = await import("@/app/replies/actions");
const storyActions = await import("@/app/stories/actions");
const modActionsModule = await import("@/app/mod/actions");

let done: () => Promise<void>;
let ada: string;
let grace: { id: string; login: string; name: string; role: string; suspendedUntil: null };
let threadId: number;
let replyId: number;
let storyId: number;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember()).id;
  grace = {
    id: (await aMember({ login: "grace" })).id,
    login: "grace",
    name: "grace",
    role: "member",
    suspendedUntil: null,
  };
  threadId = (await createThread(ada, { title: "Ada's thread", body: "Hers." })).id;
  replyId = (await createReply(ada, threadId, { body: "Her reply." })).id;
  storyId = (await createStory(ada, sampleStory("Ada's story"))).id;
});
afterAll(() => done());

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
};

type Action = (state: object, formData: FormData) => Promise<{ message?: string; errors?: object }>;

const STORY_FORM = storyForm("Changed", { body: "Changed.", monthsToOffer: "3" });

function cases(): [string, Action, FormData][] {
  const story = STORY_FORM;
  const why = { reason: "Testing the rules", note: "" };
  return [
    [
      "edit a thread",
      threadActions.updateThreadAction,
      form({ threadId, title: "Taken over", body: "Mine now.", category: "off-topic", tags: "" }),
    ],
    ["delete a thread", threadActions.deleteThreadAction, form({ threadId })],
    ["edit a reply", replyActions.updateReplyAction, form({ replyId, body: "Mine now." })],
    ["delete a reply", replyActions.deleteReplyAction, form({ replyId, returnTo: "/" })],
    ["edit a story", storyActions.updateStoryAction, form({ storyId, ...story })],
    ["delete a story", storyActions.deleteStoryAction, form({ storyId })],
    ["hide a post", modActionsModule.moderatePostAction, form({ threadId, do: "hide", ...why })],
    ["lock a thread", modActionsModule.moderatePostAction, form({ threadId, do: "lock", ...why })],
    ["pin a thread", modActionsModule.moderatePostAction, form({ threadId, do: "pin", ...why })],
    ["hide a reply", modActionsModule.moderatePostAction, form({ replyId, do: "hide", ...why })],
    ["suspend a member", modActionsModule.suspendAction, form({ memberId: ada, duration: "7d", ...why })],
    ["make a moderator", modActionsModule.setModeratorAction, form({ memberId: ada, role: "moderator", ...why })],
  ];
}

const forAnyone: [string, () => Action, () => FormData][] = [
  [
    "start a thread",
    () => threadActions.createThreadAction,
    () => form({ title: "A new thread", body: "Hello.", category: "getting-started", tags: "" }),
  ],
  ["reply", () => threadActions.replyAction, () => form({ threadId, body: "Hello." })],
  ["start a story", () => storyActions.createStoryAction, () => form({ ...STORY_FORM, title: "A new story" })],
  ["mark a story helpful", () => threadActions.toggleHelpfulAction, () => form({ threadId: storyId })],
  ["mark a reply helpful", () => threadActions.toggleHelpfulAction, () => form({ threadId, replyId })],
  ["flag a post", () => modActionsModule.flagPostAction, () => form({ threadId, reason: "spam", note: "" })],
];

/** Everything an action could change, to compare before and after. */
async function snapshot() {
  const db = getDb();
  const tables = await Promise.all(
    [threads, replies, stories, flags, modActions, helpfulVotes].map((table) => db.select().from(table)),
  );
  const people = await db.select({ id: users.id, role: users.role, suspendedUntil: users.suspendedUntil }).from(users);
  return JSON.stringify([tables, people]);
}

async function outcome(action: Action, data: FormData) {
  try {
    return { state: await action({}, data) };
  } catch (error) {
    const to = (error as { redirectTo?: string }).redirectTo;
    if (to) return { redirect: to };
    throw error;
  }
}

describe("signed out", () => {
  it("every action sends the reader to sign in and writes nothing", async () => {
    viewer.current = null;
    const before = await snapshot();
    for (const [name, action, data] of [...cases(), ...forAnyone.map(([n, a, d]) => [n, a(), d()] as const)]) {
      const result = await outcome(action, data);
      expect(result.redirect, name).toMatch(/^\/sign-in\?callbackUrl=/);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("another member", () => {
  it("is refused, with the rule's sentence, everything that is the author's or the moderators', and nothing changes", async () => {
    viewer.current = grace;
    const before = await snapshot();
    for (const [name, action, data] of cases()) {
      const result = await outcome(action, data);
      expect(result.redirect, name).toBeUndefined();
      expect(result.state?.message, name).toMatch(/only change your own posts|Only moderators|Only admins/);
    }
    expect(await snapshot()).toBe(before);
  });
});
