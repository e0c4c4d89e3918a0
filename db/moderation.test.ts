// Moderation against the real database: flags and the queue, hiding (by hand and by enough flags from
// members in good standing), locking, pinning, suspending, roles, and what public reads show afterwards.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { FOREVER } from "@/lib/permissions";
import { DEFAULT_RATE_LIMITS as LIMITS } from "@/lib/limits/rate-limits";
import { getDb } from "./index";
import { tags } from "@/lib/cache-tags";
import { categoryBySlug } from "@/lib/categories";
import {
  dismissFlags,
  flagPost,
  moveThread,
  setModerator,
  setPostHidden,
  setSuspension,
  setThreadLocked,
  setThreadPinned,
  syncAdminRole,
} from "./mutations/moderation";
import { createReply, deleteReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { createThread } from "./mutations/threads";
import { flagQueue, logEntries, postForModeration } from "./queries/moderation";
import { getStory, listStories } from "./queries/stories";
import { getReplyForEdit, getThread, listReplies, listThreads } from "./queries/threads";
import { getInsights } from "./queries/insights";
import { sessions, threads, users } from "./schema";
import { useFreshDatabase } from "./test/database";
import { type Member, aMember, hoursAgo, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let seq = 0;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  mod = await member("moderator");
});
afterAll(() => done());

const member = async (role: Member["role"] = "member", ageHours = 0) =>
  (await aMember({ login: `person-${++seq}`, role, createdAt: hoursAgo(ageHours) })).id;

/** An account made minutes ago that has posted nothing: what a puppet looks like. */
const newcomer = () => member("member", 0.1);

/** A member of a month's standing with `posts` posts of their own (a thread, then replies to it). */
async function regular(posts = LIMITS.flagHistoryPosts) {
  const id = await member("member", 30 * 24);
  if (posts === 0) return id;
  const thread = await createThread(id, { title: `A question from member ${seq}`, body: "How do I start?" });
  for (let i = 1; i < posts; i++) await createReply(id, thread.id, { body: `Answer ${i} from member ${seq}` });
  return id;
}

const why = { reason: "Spam links", note: "Same account posted five of these" };

describe("flags", () => {
  it("one flag per member per post; the queue shows each post once, oldest first, with who and why", async () => {
    const author = await member();
    const [a, b] = [await member(), await member()];
    const first = await createThread(author, { title: "Flag me first", body: "Buy now" });
    const second = await createThread(author, { title: "Flag me second", body: "Buy later" });
    await flagPost(a, { threadId: first.id }, { reason: "spam", note: null });
    await flagPost(b, { threadId: second.id }, { reason: "other", note: "Looks like an ad" });
    await flagPost(b, { threadId: first.id }, { reason: "off-topic", note: null });
    await expect(flagPost(a, { threadId: first.id }, { reason: "abuse", note: null })).rejects.toThrow(
      /already flagged/,
    );
    const { posts } = await flagQueue();
    const ours = posts.filter((p) => p.threadId === first.id || p.threadId === second.id);
    expect(ours.map((p) => p.title)).toEqual(["Flag me first", "Flag me second"]);
    expect(ours[0].flags.map((f) => f.reason)).toEqual(["spam", "off-topic"]);
    expect(ours[1].flags[0].note).toBe("Looks like an ad");

    // Dismissing closes them: the post leaves the queue, and the log says who and why.
    await dismissFlags(mod, { threadId: first.id }, { reason: "Not spam", note: null });
    expect((await flagQueue()).posts.some((p) => p.threadId === first.id)).toBe(false);
    const { entries } = await logEntries({ post: { threadId: first.id }, withNotes: true });
    expect(entries[0]).toMatchObject({ action: "dismiss-flags", reason: "Not spam" });
  });

  it("three different members' flags hide a reply at once, pending review", async () => {
    const author = await member();
    const { id: threadId } = await createThread(author, { title: "A thread with a bad reply", body: "Hello" });
    const spam = await createReply(author, threadId, { body: "Cheap watches here" });
    const flaggers = [await regular(), await regular(), await regular()];
    expect((await flagPost(flaggers[0], { replyId: spam.id }, { reason: "spam", note: null }, LIMITS)).hidden).toBe(
      false,
    );
    expect((await flagPost(flaggers[1], { replyId: spam.id }, { reason: "spam", note: null }, LIMITS)).hidden).toBe(
      false,
    );
    const third = await flagPost(flaggers[2], { replyId: spam.id }, { reason: "abuse", note: null }, LIMITS);
    expect(third.hidden).toBe(true);
    expect(third.changed).toContain(`thread:${threadId}`);
    const page = await listReplies(threadId);
    expect(page.replies[0]).toMatchObject({
      id: spam.id,
      bodyHtml: null,
      hiddenReason: expect.stringMatching(/flags from 3 members/),
    });
    const { entries } = await logEntries({ post: { replyId: spam.id }, withNotes: true });
    expect(entries[0]).toMatchObject({ action: "auto-hide", actor: null });
  });
});

// With the site's own limits (the suite runs with UNLIMITED): only flags from members in good standing
// hide a post before a moderator looks; the others still reach the queue.
describe("flags that hide a post", () => {
  const flagThread = (who: string, threadId: number) =>
    flagPost(who, { threadId }, { reason: "spam", note: null }, LIMITS);
  const aThread = async (title: string) =>
    (await createThread(await member(), { title, body: "An unpopular opinion" })).id;
  const queued = async (threadId: number) => (await flagQueue()).posts.find((p) => p.threadId === threadId);
  const ownThread = async (author: string) =>
    (await getDb().select({ id: threads.id }).from(threads).where(eq(threads.authorId, author)))[0].id;

  it("three accounts made minutes ago flag a thread: it stays up and their flags wait in the queue", async () => {
    const id = await aThread("Puppets want this gone");
    for (const puppet of [await newcomer(), await newcomer(), await newcomer()]) {
      expect((await flagThread(puppet, id)).hidden).toBe(false);
    }
    expect((await getThread(id))?.hiddenReason).toBeNull();
    expect(await queued(id)).toMatchObject({ hidden: false, flags: [{}, {}, {}] });
  });

  it("three established members with a few posts each hide a thread at once", async () => {
    const id = await aThread("Really is spam");
    const [a, b, c] = [await regular(), await regular(), await regular()];
    expect((await flagThread(a, id)).hidden).toBe(false);
    expect((await flagThread(b, id)).hidden).toBe(false);
    expect((await flagThread(c, id)).hidden).toBe(true);
    expect((await getThread(id))?.hiddenReason).toMatch(/flags from 3 members/);
    expect(await queued(id)).toMatchObject({ hidden: true, flags: [{}, {}, {}] });
  });

  it("two established members and one new account do not hide a post", async () => {
    const id = await aThread("Two and a puppet");
    for (const who of [await regular(), await newcomer(), await regular()])
      expect((await flagThread(who, id)).hidden).toBe(false);
    expect((await getThread(id))?.hiddenReason).toBeNull();
    expect(await queued(id)).toMatchObject({ hidden: false, flags: [{}, {}, {}] });
  });

  it("an established member who has not posted does not count", async () => {
    const id = await aThread("Old but silent");
    for (const who of [
      await regular(),
      await regular(),
      await regular(0),
      await regular(LIMITS.flagHistoryPosts - 1),
    ]) {
      expect((await flagThread(who, id)).hidden).toBe(false);
    }
    // The fourth member in good standing is the third whose flag counts.
    const last = await flagThread(await regular(), id);
    expect(last.hidden).toBe(true);
    expect((await getThread(id))?.hiddenReason).toMatch(/flags from 3 members/);
  });

  it("hidden or deleted posts are no history, and a member suspended since flagging stops counting", async () => {
    const id = await aThread("Caught out");
    const hiddenPosts = await regular();
    await setPostHidden(mod, { threadId: await ownThread(hiddenPosts) }, true, why);
    const deletedPosts = await regular();
    const { replies: theirs } = await listReplies(await ownThread(deletedPosts));
    await deleteReply(deletedPosts, theirs[0].id);
    const caught = await regular();
    await flagThread(caught, id);
    await setSuspension(mod, caught, FOREVER, { reason: "Puppet", note: null });
    // Had the suspended member, or either of the two whose posts are gone, counted, the second regular would have hidden it.
    for (const who of [hiddenPosts, deletedPosts, await regular(), await regular()])
      expect((await flagThread(who, id)).hidden).toBe(false);
    expect((await flagThread(await regular(), id)).hidden).toBe(true);
  });

  it("a moderator's flag counts without a history of posts", async () => {
    const id = await aThread("Moderator agrees");
    const freshModerator = await member("moderator");
    for (const who of [await regular(), await regular()]) expect((await flagThread(who, id)).hidden).toBe(false);
    expect((await flagThread(freshModerator, id)).hidden).toBe(true);
  });
});

describe("hiding", () => {
  it("a hidden thread leaves the list, its page keeps the reason and not the text; restoring brings it back", async () => {
    const author = await member();
    const { id } = await createThread(author, { title: "Spammy thread title", body: "Spammy body" });
    expect((await listThreads(null, 100)).threads.some((t) => t.id === id)).toBe(true);
    const reply = await createReply(author, id, { body: "A reply under the spam" });
    await setPostHidden(mod, { threadId: id }, true, why);
    expect((await listThreads(null, 100)).threads.some((t) => t.id === id)).toBe(false);
    const hidden = await getThread(id);
    // Not even the title, which its address would carry as a slug.
    expect(hidden).toMatchObject({ hiddenReason: "Spam links", title: "", bodyHtml: "", body: "" });
    // Nor its replies, nor their text on their edit pages.
    expect((await listReplies(id)).replies).toEqual([]);
    expect(await getReplyForEdit(reply.id)).toMatchObject({ body: "", threadTitle: "" });
    // Moderators still see what was written.
    expect((await postForModeration({ threadId: id }))?.body).toBe("Spammy body");
    // The public log leaves out the note and the hidden thread's title; the moderators' log has both.
    const publicLog = await logEntries({ withNotes: false });
    expect(publicLog.entries[0]).toMatchObject({ action: "hide", reason: "Spam links", note: null, title: null });
    expect((await logEntries({ withNotes: true })).entries[0]).toMatchObject({
      note: "Same account posted five of these",
      title: "Spammy thread title",
    });
    // Its author cannot edit it meanwhile.
    const { updateThread } = await import("./mutations/threads");
    await expect(updateThread(author, id, { title: "Cleaned up", body: "Nothing to see" })).rejects.toThrow(/hidden/);

    await setPostHidden(mod, { threadId: id }, false, { reason: "Reviewed: fine", note: null });
    expect((await getThread(id))?.bodyHtml).toContain("Spammy body");
    expect((await listReplies(id)).replies.map((r) => r.id)).toEqual([reply.id]);
    expect(await getReplyForEdit(reply.id)).toMatchObject({
      body: "A reply under the spam",
      threadTitle: "Spammy thread title",
    });
    expect((await listThreads(null, 100)).threads.some((t) => t.id === id)).toBe(true);
  });

  it("a hidden story leaves the story lists and the insights", async () => {
    const author = await member();
    const { id } = await createStory(author, sampleStory("A story to hide"));
    const before = (await getInsights()).total;
    await setPostHidden(mod, { threadId: id }, true, why);
    expect((await listStories({}, "newest", null, 100)).stories.some((s) => s.id === id)).toBe(false);
    expect(await getStory(id)).toMatchObject({ title: "", body: "", bodyHtml: "" });
    expect((await getInsights()).total).toBe(before - 1);
  });
});

describe("locking and pinning", () => {
  it("a locked thread takes replies from moderators only", async () => {
    const author = await member();
    const { id } = await createThread(author, { title: "Heated thread", body: "Opinions" });
    await setThreadLocked(mod, id, true, { reason: "Cooling off", note: null });
    await expect(createReply(author, id, { body: "One more thing" })).rejects.toThrow(/locked/);
    await expect(createReply(mod, id, { body: "Locked for a day." })).resolves.toBeTruthy();
    await setThreadLocked(mod, id, false, { reason: "Open again", note: null });
    await expect(createReply(author, id, { body: "Thanks" })).resolves.toBeTruthy();
  });

  it("pinned threads are listed apart, at the top of the home page", async () => {
    const author = await member();
    const { id } = await createThread(author, { title: "Read this first", body: "Rules" });
    await setThreadPinned(mod, id, true, { reason: "Welcome post", note: null });
    const { listPinned } = await import("./queries/threads");
    expect((await listPinned()).map((t) => t.id)).toContain(id);
    expect((await listThreads(null, 100)).threads.some((t) => t.id === id)).toBe(false);
  });
});

describe("moving", () => {
  it("a moderator files a discussion in another category under other tags; the log says so; both places' pages expire", async () => {
    const author = await member();
    const { id } = await createThread(author, {
      title: "Which laptop for deep learning",
      body: "Budget 1500",
      category: "getting-started",
      tags: ["hardware"],
    });
    const { changed } = await moveThread(mod, id, {
      category: "off-topic",
      tags: ["hardware", "laptops"],
      reason: "Not about getting started",
      note: null,
    });
    const thread = await getThread(id);
    expect(thread).toMatchObject({ categoryId: categoryBySlug("off-topic")!.id, tags: ["hardware", "laptops"] });
    expect(changed).toEqual(
      expect.arrayContaining([
        tags.thread(id),
        tags.category("getting-started"),
        tags.category("off-topic"),
        tags.tag("laptops"),
        tags.categories,
        tags.modlog,
      ]),
    );
    const [entry] = (await logEntries({ withNotes: false })).entries;
    expect(entry).toMatchObject({ action: "move", threadId: id, reason: "Not about getting started" });
  });

  it("a story keeps its category and may change tags; members may not move anything", async () => {
    const author = await member();
    const { id } = await createStory(author, sampleStory("A story to retag"));
    await expect(
      moveThread(mod, id, { category: "off-topic", tags: [], reason: "Wrong place", note: null }),
    ).rejects.toThrow(/stays among the success stories/);
    await moveThread(mod, id, { tags: ["referrals"], reason: "Tagged for search", note: null });
    expect((await getThread(id))?.tags).toEqual(["referrals"]);
    const someone = await member();
    await expect(moveThread(someone, id, { tags: [], reason: "Mine now", note: null })).rejects.toThrow(ForbiddenError);
    expect((await getThread(id))?.tags).toEqual(["referrals"]);
  });
});

describe("suspending", () => {
  it("ends the member's sessions, stops their posting, and can be lifted", async () => {
    const troll = await member();
    await getDb()
      .insert(sessions)
      .values({ sessionToken: `token-${seq}`, userId: troll, expires: new Date(Date.now() + 86_400_000) });
    await setSuspension(mod, troll, FOREVER, { reason: "Harassment", note: null });
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, troll))).toHaveLength(0);
    await expect(createThread(troll, { title: "I'm back", body: "Hi" })).rejects.toThrow(
      /suspended until further notice/,
    );
    await setSuspension(mod, troll, null, { reason: "Appeal accepted", note: null });
    await expect(createThread(troll, { title: "Thanks for the second chance", body: "Hi" })).resolves.toBeTruthy();
  });
});

describe("roles", () => {
  it("admins come from ADMIN_GITHUB_LOGINS at sign-in; admins make moderators, moderators cannot", async () => {
    const someone = await member();
    const [{ login }] = await getDb().select({ login: users.login }).from(users).where(eq(users.id, someone));
    expect(await syncAdminRole(someone, login, ["Other", login.toUpperCase()])).toBe(true);
    const role = async (id: string) =>
      (await getDb().select({ role: users.role }).from(users).where(eq(users.id, id)))[0].role;
    expect(await role(someone)).toBe("admin");
    const newcomer = await member();
    await expect(setModerator(mod, newcomer, true, { reason: "Helps a lot", note: null })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await setModerator(someone, newcomer, true, { reason: "Helps a lot", note: null });
    expect(await role(newcomer)).toBe("moderator");
    // Off the list, an admin is a member again at their next sign-in.
    expect(await syncAdminRole(someone, login, [])).toBe(true);
    expect(await role(someone)).toBe("member");
    expect(await syncAdminRole(someone, login, [])).toBe(false);
  });
});
