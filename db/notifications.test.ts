// Who is told of a new post: the thread's author, the author of the answered reply, mentioned members
// (existing ones, never the writer, at most MENTIONS_NOTIFIED_MAX), followers (of a reply, or of a
// story's follow-up); nobody who muted the thread; once per member per post, an edit that adds a
// mention included; and only when the post itself is written.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, RateLimitedError } from "@/lib/errors";
import { MENTIONS_NOTIFIED_MAX } from "@/lib/markdown/markdown";
import { rateLimits } from "@/lib/limits/rate-limits";
import { getDb } from "./index";
import { setFollow } from "./mutations/follows";
import { setPostHidden } from "./mutations/moderation";
import { markAllNotificationsRead, markNotificationRead } from "./mutations/notifications";
import { createReply, updateReply } from "./mutations/replies";
import { createStory, updateStory } from "./mutations/stories";
import { createFollowUp, updateFollowUp } from "./mutations/follow-ups";
import { createThread, updateThread } from "./mutations/threads";
import { followUpInput } from "@/lib/stories/follow-up-validation";
import { listNotifications } from "./queries/notifications";
import { notifications, threadFollows } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
let linus: string;
let mod: string;
let many: string[];

beforeAll(async () => {
  done = await useFreshDatabase();
  // Members are mentioned by login in the posts below.
  ada = (await aMember({ login: "ada" })).id;
  grace = (await aMember({ login: "Grace" })).id;
  linus = (await aMember({ login: "linus" })).id;
  mod = (await aMember({ role: "moderator" })).id;
  many = [];
  for (let i = 0; i < 12; i++) many.push((await aMember({ login: `crowd-${i}` })).id);
});
afterAll(() => done());
beforeEach(async () => {
  await getDb().delete(notifications);
});

async function told(threadId: number) {
  return getDb()
    .select({
      recipientId: notifications.recipientId,
      kind: notifications.kind,
      actorId: notifications.actorId,
      replyId: notifications.replyId,
      updateId: notifications.updateId,
    })
    .from(notifications)
    .where(eq(notifications.threadId, threadId));
}
const byRecipient = (rows: { recipientId: string; kind: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.recipientId, r.kind]));

describe("a reply tells", () => {
  it("the thread's author, and the author of the reply it answers, never the writer", async () => {
    const thread = await createThread(ada, { title: "Ada asks", body: "Anyone?" });
    const first = await createReply(grace, thread.id, { body: "Grace answers." });
    expect(byRecipient(await told(thread.id))).toEqual({ [ada]: "reply-to-thread" });

    await getDb().delete(notifications);
    // Ada answers Grace in her own thread: Grace hears (as the answered author), Ada does not.
    const answer = await createReply(ada, thread.id, { body: "Thanks!", replyTo: first.id });
    expect(await told(thread.id)).toEqual([
      { recipientId: grace, kind: "reply-to-reply", actorId: ada, replyId: answer.id, updateId: null },
    ]);
  });

  it("mentioned members that exist, found without case, once each, not the writer, at most the bound", async () => {
    const thread = await createThread(linus, { title: "Mentions", body: "Start." });
    await createReply(ada, thread.id, {
      body: "Hi @grace and @GRACE, @nobody-here, and me @ada. `@linus` in code is not one.",
    });
    // Linus hears as the author; Grace by mention; nobody for the unknown login or the writer.
    expect(byRecipient(await told(thread.id))).toEqual({ [linus]: "reply-to-thread", [grace]: "mention" });

    await getDb().delete(notifications);
    const crowd = Array.from({ length: 12 }, (_, i) => `@crowd-${i}`).join(" ");
    await createReply(ada, thread.id, { body: `Calling ${crowd}` });
    const mentioned = (await told(thread.id)).filter((r) => r.kind === "mention").map((r) => r.recipientId);
    expect(mentioned).toHaveLength(MENTIONS_NOTIFIED_MAX);
    expect(new Set(mentioned)).toEqual(new Set(many.slice(0, MENTIONS_NOTIFIED_MAX)));
  });

  it("followers (and writers follow what they write in), but not members who muted the thread", async () => {
    const thread = await createThread(ada, { title: "Followed", body: "Follow me." });
    await createReply(grace, thread.id, { body: "Grace joins." }); // Grace now follows
    await setFollow(linus, thread.id, "following");
    await getDb().delete(notifications);

    await createReply(mod, thread.id, { body: "A moderator adds something." });
    expect(byRecipient(await told(thread.id))).toEqual({
      [ada]: "reply-to-thread",
      [grace]: "followed",
      [linus]: "followed",
    });

    await getDb().delete(notifications);
    await setFollow(grace, thread.id, "muted");
    await setFollow(ada, thread.id, "muted");
    await createReply(linus, thread.id, { body: "Linus, @grace and @ada: are you there?" });
    // Muted means nothing from this thread, mentions and replies to their own thread included.
    expect(byRecipient(await told(thread.id))).toEqual({ [mod]: "followed" });
  });

  it("one notification per member per post: the strongest reason", async () => {
    const thread = await createThread(ada, { title: "Strongest", body: "Go." });
    const mine = await createReply(ada, thread.id, { body: "Ada's own reply." });
    await getDb().delete(notifications);
    // Ada: author of the thread, of the answered reply, mentioned, and a follower: one, a mention.
    await createReply(grace, thread.id, { body: "@ada yes.", replyTo: mine.id });
    expect(await told(thread.id)).toEqual([expect.objectContaining({ recipientId: ada, kind: "mention" })]);
    const rows = await getDb().select().from(notifications).where(eq(notifications.recipientId, ada));
    // The unique index holds it too: the same event again is no second row.
    await getDb()
      .insert(notifications)
      .values({ recipientId: ada, kind: "followed", actorId: grace, threadId: thread.id, replyId: rows[0].replyId })
      .onConflictDoNothing();
    expect(await told(thread.id)).toHaveLength(1);
  });
});

const followUp = (body: string) =>
  followUpInput.parse({ monthsAfterOffer: "12", kind: "promotion", stillInMl: "yes", body });

describe("a story's follow-up tells", () => {
  it("the story's followers and the members it mentions, not the author nor who muted it", async () => {
    const story = await createStory(ada, sampleStory("Ada's path, a year on"));
    await createReply(grace, story.id, { body: "Congratulations!" }); // Grace follows by replying
    await setFollow(mod, story.id, "following");
    await setFollow(linus, story.id, "muted");
    await getDb().delete(notifications);

    const update = await createFollowUp(
      ada,
      story.id,
      followUp("Promoted. Thanks @linus and @crowd-1 for the advice."),
    );
    const rows = await told(story.id);
    expect(byRecipient(rows)).toEqual({ [grace]: "follow-up", [mod]: "follow-up", [many[1]]: "mention" });
    expect(rows.every((r) => r.updateId === update.id && r.replyId === null && r.actorId === ada)).toBe(true);
    // The reader's list says what it is and where it leads.
    const [item] = (await listNotifications(grace)).items;
    expect(item).toMatchObject({
      kind: "follow-up",
      updateId: update.id,
      gone: false,
      thread: { id: story.id, kind: "story" },
    });
  });

  it("nobody when it is refused (a hidden story takes none)", async () => {
    const story = await createStory(ada, sampleStory("Ada's hidden path"));
    await setFollow(grace, story.id, "following");
    await setPostHidden(mod, { threadId: story.id }, true, { reason: "Spam", note: null });
    await getDb().delete(notifications);
    await expect(createFollowUp(ada, story.id, followUp("Still here, @linus."))).rejects.toThrow(ForbiddenError);
    expect(await told(story.id)).toEqual([]);
  });
});

describe("an edit tells the members it newly mentions", () => {
  it("in a reply: once, and nobody already told of that reply", async () => {
    const thread = await createThread(ada, { title: "Edits mention", body: "Go." });
    const reply = await createReply(grace, thread.id, { body: "First version." });
    expect(byRecipient(await told(thread.id))).toEqual({ [ada]: "reply-to-thread" });

    // Ada was told already (as the thread's author): adding @ada changes nothing; @linus is new.
    await updateReply(grace, reply.id, { body: "Second version, @ada and @linus." });
    expect(byRecipient(await told(thread.id))).toEqual({ [ada]: "reply-to-thread", [linus]: "mention" });
    // Saving again, or mentioning Linus twice, is not a second notification; the follow rules do not rerun.
    await setFollow(mod, thread.id, "following");
    await updateReply(grace, reply.id, { body: "Third version, @linus @linus." });
    const rows = await told(thread.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.recipientId === linus)).toMatchObject({
      kind: "mention",
      actorId: grace,
      replyId: reply.id,
    });
  });

  it("in an opening post, a story and a follow-up, each its own event", async () => {
    const thread = await createThread(ada, { title: "Opening edits", body: "Plain." });
    await updateThread(ada, thread.id, { title: "Opening edits", body: "Now with @grace." });
    expect(await told(thread.id)).toEqual([
      expect.objectContaining({ recipientId: grace, kind: "mention", replyId: null, updateId: null }),
    ]);

    const story = await createStory(ada, sampleStory("Ada's edited path"));
    await updateStory(ada, story.id, { ...sampleStory("Ada's edited path"), body: "Thanks to @linus." });
    const update = await createFollowUp(ada, story.id, followUp("A year on."));
    await updateFollowUp(ada, update.id, followUp("A year on, thanks @linus."));
    // Linus: one for the story's text, one for the follow-up: two posts, two events.
    const rows = await told(story.id);
    expect(rows.map((r) => [r.recipientId, r.kind, r.updateId])).toEqual([
      [linus, "mention", null],
      [linus, "mention", update.id],
    ]);
  });

  it("nobody in a hidden thread", async () => {
    const thread = await createThread(ada, { title: "Hidden thread edit", body: "Go." });
    const reply = await createReply(grace, thread.id, { body: "Before the thread was hidden." });
    await setPostHidden(mod, { threadId: thread.id }, true, { reason: "Spam", note: null });
    await getDb().delete(notifications);
    await updateReply(grace, reply.id, { body: "Edited while hidden, @linus." });
    expect(await told(thread.id)).toEqual([]);
  });
});

describe("nothing is written", () => {
  it("by a refused reply: the notifications roll back with it", async () => {
    const thread = await createThread(ada, { title: "Refusals", body: "Go." });
    const other = await createThread(ada, { title: "Another", body: "Elsewhere." });
    const elsewhere = await createReply(ada, other.id, { body: "In the other thread." });
    await getDb().delete(notifications);
    // Answering a reply of another thread is refused after the reply would have told Ada and @grace.
    await expect(createReply(linus, thread.id, { body: "Hello @grace", replyTo: elsewhere.id })).rejects.toThrow(
      ForbiddenError,
    );
    // A reply refused by the pace limit, likewise.
    await createReply(linus, thread.id, { body: "First." });
    await getDb().delete(notifications);
    await expect(
      createReply(
        linus,
        thread.id,
        { body: "Too soon @grace" },
        { limits: { ...rateLimits(), replyIntervalSeconds: 3600 } },
      ),
    ).rejects.toThrow(RateLimitedError);
    expect(await told(thread.id)).toEqual([]);
  });

  it("for a post in a hidden thread, which only its author and the moderators can open", async () => {
    const thread = await createThread(ada, { title: "To be hidden", body: "Go." });
    await setPostHidden(mod, { threadId: thread.id }, true, { reason: "Spam", note: null });
    await getDb().delete(notifications);
    // Members cannot reply there; a moderator can, and a mention of a member who cannot see it tells nobody.
    await createReply(mod, thread.id, { body: "Still @linus here." });
    expect(await told(thread.id)).toEqual([]);
  });

  it("for the writer's own thread or story, which they follow from the start", async () => {
    const thread = await createThread(ada, { title: "Mine, with @grace", body: "Hello @grace and @ada." });
    const story = await createStory(linus, { ...sampleStory("Linus's path"), body: "Thanks @ada." });
    expect(byRecipient(await told(thread.id))).toEqual({ [grace]: "mention" });
    expect(byRecipient(await told(story.id))).toEqual({ [ada]: "mention" });
    const follows = await getDb()
      .select()
      .from(threadFollows)
      .where(and(eq(threadFollows.userId, linus), eq(threadFollows.threadId, story.id)));
    expect(follows.map((f) => f.level)).toEqual(["following"]);
  });
});

describe("the reader's list", () => {
  it("is newest first, keyset paged, and marks one or all read (only their own)", async () => {
    const thread = await createThread(grace, { title: "Many", body: "Go." });
    for (let i = 0; i < 5; i++) await createReply(ada, thread.id, { body: `Reply ${i}` });
    const first = await listNotifications(grace, undefined, 2);
    expect(first.items).toHaveLength(2);
    expect(first.unread).toBe(5);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = await listNotifications(grace, first.nextBefore!, 2);
    expect(second.items[0].id).toBeLessThan(first.items[1].id);

    await markNotificationRead(ada, first.items[0].id); // not Ada's: nothing
    expect((await listNotifications(grace)).unread).toBe(5);
    await markNotificationRead(grace, first.items[0].id);
    expect((await listNotifications(grace)).unread).toBe(4);
    // Everything up to what the page showed; one arriving after stays unread.
    const shown = (await listNotifications(grace)).newestId!;
    await createReply(ada, thread.id, { body: "Arrives later." });
    await markAllNotificationsRead(grace, shown);
    const after = await listNotifications(grace);
    expect(after.unread).toBe(1);
    expect(after.items[0].readAt).toBeNull();
    expect(after.items[1].readAt).not.toBeNull();
  });
});
