// Profiles: found without case, with counts that leave out what readers cannot see; old logins lead to
// the member; the lists page by keyset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshMember } from "./mutations/logins";
import { setPostHidden } from "./mutations/moderation";
import { createReply, deleteReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { toggleHelpful } from "./mutations/votes";
import { createThread, deleteThread } from "./mutations/threads";
import { findMember, memberReplies, memberThreads } from "./queries/profiles";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember({ login: "Ada-L" })).id;
  grace = (await aMember({ login: "grace" })).id;
  mod = (await aMember({ role: "moderator" })).id;
});
afterAll(() => done());

describe("a member's profile", () => {
  it("is found without case, and counts only what readers can see", async () => {
    const kept = await createThread(ada, { title: "Kept thread", body: "Stays." });
    const deleted = await createThread(ada, { title: "Deleted thread", body: "Goes." });
    const hidden = await createThread(ada, { title: "Hidden thread", body: "Hidden." });
    await deleteThread(ada, deleted.id);
    await setPostHidden(mod, { threadId: hidden.id }, true, { reason: "Spam", note: null });
    await createReply(ada, kept.id, { body: "A reply that stays." });
    const gone = await createReply(ada, kept.id, { body: "A reply that goes." });
    await deleteReply(ada, gone.id);
    const story = await createStory(ada, sampleStory("Ada's path"));
    await toggleHelpful(grace, { threadId: story.id });

    const { member } = await findMember("ada-l");
    expect(member).toMatchObject({ login: "Ada-L", discussions: 1, replies: 1, helpfulReceived: 1 });
    expect((await memberThreads(ada, "discussion", null)).items.map((t) => t.title)).toEqual(["Kept thread"]);
    expect((await memberThreads(ada, "story", null)).items.map((t) => t.title)).toEqual(["Ada's path"]);
    expect((await findMember("nobody")).member).toBeNull();
  });

  it("pages replies newest first, each page after the last", async () => {
    const { id } = await createThread(grace, { title: "Many replies", body: "Go." });
    for (let i = 1; i <= 5; i++) await createReply(grace, id, { body: `Reply number ${i}` });
    const first = await memberReplies(grace, null, 2);
    expect(first.items.map((r) => r.excerpt)).toEqual(["Reply number 5", "Reply number 4"]);
    const { decodeCursor } = await import("@/lib/urls/cursor");
    const second = await memberReplies(grace, decodeCursor(first.next!), 2);
    expect(second.items.map((r) => r.excerpt)).toEqual(["Reply number 3", "Reply number 2"]);
    const third = await memberReplies(grace, decodeCursor(second.next!), 2);
    expect(third.items.map((r) => r.excerpt)).toEqual(["Reply number 1"]);
    expect(third.next).toBeNull();
  });

  it("a renamed member's old login leads to them; a login someone holds now is theirs", async () => {
    expect(await refreshMember(grace, "grace-hopper", null)).toBe(true);
    expect(await findMember("grace")).toEqual({ member: null, movedTo: "grace-hopper" });
    expect(await findMember("GRACE")).toEqual({ member: null, movedTo: "grace-hopper" });
    await aMember({ login: "grace" });
    expect((await findMember("grace")).member?.login).toBe("grace");
  });
});
