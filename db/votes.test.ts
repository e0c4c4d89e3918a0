// Helpful marks: one mechanism for discussions, stories and replies; one per member per post, toggled,
// counted in the post's row in the same transaction; never on one's own, deleted or hidden posts.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getDb } from "./index";
import { setPostHidden } from "./mutations/moderation";
import { createReply, deleteReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { createThread } from "./mutations/threads";
import { toggleHelpful } from "./mutations/votes";
import { findMember } from "./queries/profiles";
import { readerState } from "./queries/reader";
import { listCategoryThreads, listTagThreads } from "./queries/thread-lists";
import { listThreads } from "./queries/threads";
import { decodeThreadCursor } from "@/lib/urls/thread-sorts";
import { helpfulVotes, replies, stories, tags, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
let alan: string;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember({ login: "ada" })).id;
  grace = (await aMember()).id;
  alan = (await aMember()).id;
  mod = (await aMember({ role: "moderator" })).id;
});
afterAll(() => done());

const threadCount = async (id: number) =>
  (await getDb().select({ n: threads.helpfulCount }).from(threads).where(eq(threads.id, id)))[0].n;
const replyCount = async (id: number) =>
  (await getDb().select({ n: replies.helpfulCount }).from(replies).where(eq(replies.id, id)))[0].n;
const marks = async (userId: string) => getDb().select().from(helpfulVotes).where(eq(helpfulVotes.userId, userId));

describe("helpful marks", () => {
  it("toggle once per member on a discussion, a reply and a story, each counted on its own post", async () => {
    const { id: threadId } = await createThread(ada, {
      title: "How I prepared for interviews",
      body: "Lots of practice.",
    });
    const { id: replyId } = await createReply(ada, threadId, { body: "And mock interviews." });
    const { id: storyId } = await createStory(ada, sampleStory("Bookkeeper to ML engineer"));

    expect(await toggleHelpful(grace, { threadId })).toMatchObject({ marked: true });
    expect(await toggleHelpful(alan, { threadId })).toMatchObject({ marked: true });
    expect(await toggleHelpful(grace, { replyId })).toMatchObject({ marked: true });
    expect(await toggleHelpful(grace, { threadId: storyId })).toMatchObject({ marked: true });
    expect([await threadCount(threadId), await replyCount(replyId), await threadCount(storyId)]).toEqual([2, 1, 1]);
    // The story lists order by their own copy of the count.
    expect(
      (await getDb().select({ n: stories.helpfulCount }).from(stories).where(eq(stories.threadId, storyId)))[0].n,
    ).toBe(1);

    // A second press takes the mark back, on that post only.
    expect(await toggleHelpful(grace, { threadId })).toMatchObject({ marked: false });
    expect([await threadCount(threadId), await replyCount(replyId)]).toEqual([1, 1]);
    expect((await marks(grace)).map((m) => [m.threadId, m.replyId])).toEqual(
      expect.arrayContaining([
        [threadId, replyId],
        [storyId, null],
      ]),
    );
    expect(await marks(grace)).toHaveLength(2);

    // The per-reader request tells each reader which posts of the thread they marked (0: the opening post).
    expect((await readerState(grace, { thread: threadId })).thread?.helpful).toEqual([replyId]);
    expect((await readerState(alan, { thread: threadId })).thread?.helpful).toEqual([0]);
    expect((await readerState(ada, { thread: threadId })).thread?.helpful).toEqual([]);

    // The author's profile counts the marks on all their posts.
    expect((await findMember("ada")).member).toMatchObject({ helpfulReceived: 3 });
  });

  it("name the post's page and the author's profile, and an opening post's the lists its marks order", async () => {
    const { id: threadId } = await createThread(ada, { title: "Tags of a mark", body: "Body." });
    const { id: storyId } = await createStory(ada, sampleStory("Tags of a story mark"));
    // The Top orders of the discussions' list and of its category's page.
    expect((await toggleHelpful(grace, { threadId })).changed).toEqual([
      `thread:${threadId}`,
      "threads",
      "category:getting-started",
      `posts-by:${ada}`,
    ]);
    expect((await toggleHelpful(grace, { threadId: storyId })).changed).toEqual([
      `thread:${storyId}`,
      "stories",
      "category:success-stories",
      `posts-by:${ada}`,
    ]);
    const { id: replyId } = await createReply(grace, threadId, { body: "A reply to mark." });
    expect((await toggleHelpful(ada, { replyId })).changed).toEqual([`thread:${threadId}`, `posts-by:${grace}`]);
  });

  it("are refused on one's own post, and on deleted or hidden posts, changing nothing", async () => {
    const { id: threadId } = await createThread(ada, { title: "Not for the author", body: "Body." });
    const { id: replyId } = await createReply(grace, threadId, { body: "A reply to delete." });
    const { id: hiddenReply } = await createReply(grace, threadId, { body: "A reply to hide." });
    await deleteReply(grace, replyId);
    await setPostHidden(mod, { replyId: hiddenReply }, true, { reason: "Spam", note: null });
    const before = (await marks(ada)).length;

    await expect(toggleHelpful(ada, { threadId })).rejects.toThrow(
      new ForbiddenError("You can't mark your own post as helpful."),
    );
    await expect(toggleHelpful(ada, { replyId })).rejects.toThrow(NotFoundError);
    await expect(toggleHelpful(ada, { replyId: hiddenReply })).rejects.toThrow(
      new ForbiddenError("This post is hidden by the moderators."),
    );
    await expect(toggleHelpful(ada, { threadId: 987654 })).rejects.toThrow(NotFoundError);
    await expect(toggleHelpful(ada, { replyId: 987654 })).rejects.toThrow(NotFoundError);
    expect(await marks(ada)).toHaveLength(before);
    expect([await threadCount(threadId), await replyCount(hiddenReply)]).toEqual([0, 0]);
  });

  it("on a reply of a hidden thread are refused", async () => {
    const { id: threadId } = await createThread(ada, { title: "A thread to hide", body: "Body." });
    const { id: replyId } = await createReply(grace, threadId, { body: "Its reply." });
    await setPostHidden(mod, { threadId }, true, { reason: "Off-topic", note: null });
    await expect(toggleHelpful(alan, { replyId })).rejects.toThrow(ForbiddenError);
    await expect(toggleHelpful(alan, { threadId })).rejects.toThrow(ForbiddenError);
    expect(
      await getDb()
        .select()
        .from(helpfulVotes)
        .where(and(eq(helpfulVotes.threadId, threadId))),
    ).toEqual([]);
  });

  it("made at once by one member count once", async () => {
    const { id: threadId } = await createThread(ada, { title: "Pressed twice at once", body: "Body." });
    const results = await Promise.all([toggleHelpful(alan, { threadId }), toggleHelpful(alan, { threadId })]);
    // One press marks, the other takes it back: the count always matches the rows.
    expect(results.map((r) => r.marked).sort()).toEqual([false, true]);
    expect(await threadCount(threadId)).toBe(0);
  });
});

describe("the Top order", () => {
  it("orders discussions by marks within the period, paging by keyset", async () => {
    const db = getDb();
    const made = [];
    for (const [title, count, daysAgo] of [
      ["Top old", 9, 40],
      ["Top month", 5, 20],
      ["Top week a", 3, 2],
      ["Top week b", 3, 1],
      ["Top week c", 1, 0],
    ] as const) {
      const { id } = await createThread(ada, { title, body: `Body of ${title}` });
      await db
        .update(threads)
        .set({ helpfulCount: count, createdAt: new Date(Date.now() - daysAgo * 86_400_000 - 60_000) })
        .where(eq(threads.id, id));
      made.push(id);
    }
    const titles = (page: { threads: { title: string }[] }) =>
      page.threads.map((t) => t.title).filter((t) => t.startsWith("Top "));
    expect(titles(await listThreads(null, undefined, "top-week"))).toEqual(["Top week b", "Top week a", "Top week c"]);
    expect(titles(await listThreads(null, undefined, "top-month"))).toEqual([
      "Top month",
      "Top week b",
      "Top week a",
      "Top week c",
    ]);
    expect(titles(await listThreads(null, undefined, "top-all")).slice(0, 2)).toEqual(["Top old", "Top month"]);

    const first = await listThreads(null, 2, "top-week");
    expect(titles(first)).toEqual(["Top week b", "Top week a"]);
    const second = await listThreads(decodeThreadCursor(first.nextCursor, "top-week"), 2, "top-week");
    expect(second.threads.map((t) => t.title)[0]).toBe("Top week c");
  });

  it("orders a category's and a tag's threads by marks too, through the tag list's copy of the count", async () => {
    const one = await createThread(ada, {
      title: "Portfolio one",
      body: "First.",
      category: "projects-and-portfolios",
      tags: ["top-order"],
    });
    const two = await createThread(ada, {
      title: "Portfolio two",
      body: "Second.",
      category: "projects-and-portfolios",
      tags: ["top-order"],
    });
    await toggleHelpful(grace, { threadId: one.id });
    await toggleHelpful(alan, { threadId: one.id });
    await toggleHelpful(grace, { threadId: two.id });
    const [tag] = await getDb().select({ id: tags.id }).from(tags).where(eq(tags.name, "top-order"));
    expect((await listTagThreads(tag.id, "top-all", null)).threads.map((t) => t.id)).toEqual([one.id, two.id]);
    expect((await listTagThreads(tag.id, "new", null)).threads.map((t) => t.id)).toEqual([two.id, one.id]);
    // Taking marks back moves it down: the copy follows the thread in the mark's transaction.
    await toggleHelpful(grace, { threadId: one.id });
    await toggleHelpful(alan, { threadId: one.id });
    expect((await listTagThreads(tag.id, "top-week", null)).threads.map((t) => t.id)).toEqual([two.id, one.id]);
    const category = (await listCategoryThreads(3, "top-all", null)).threads.map((t) => t.id);
    expect(category.indexOf(two.id)).toBeLessThan(category.indexOf(one.id));
  });
});
