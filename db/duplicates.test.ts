// A post sent twice is written once: resubmitted, replayed, or sent twice at the same moment.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "./index";
import { RESUBMIT_WINDOW_SECONDS } from "./mutations/duplicates";
import { createReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { createThread } from "./mutations/threads";
import { replies, threads, users } from "./schema";
import { useFreshDatabase } from "./test-database";
import { sampleStory } from "./test-story";

let done: () => Promise<void>;
let ada: string;
let grace: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  [ada, grace] = (await getDb().insert(users).values([{ login: "ada" }, { login: "grace" }]).returning({ id: users.id })).map((r) => r.id);
});
afterAll(() => done());

const count = async (table: typeof threads | typeof replies, where: ReturnType<typeof eq>) =>
  (await getDb().select({ n: sql<number>`count(*)::int` }).from(table).where(where))[0].n;

describe("a post sent twice", () => {
  it("a reply sent again, or twice at once, is one reply, counted once", async () => {
    const { id: threadId } = await createThread(ada, { title: "Where replies land", body: "Once each." });
    const first = await createReply(grace, threadId, { body: "Only once." });
    const again = await createReply(grace, threadId, { body: "Only once." });
    expect(again.id).toBe(first.id);
    expect(again.changed).toEqual([]);
    const together = await Promise.all([1, 2, 3].map(() => createReply(grace, threadId, { body: "Sent three times at once." })));
    expect(new Set(together.map((r) => r.id)).size).toBe(1);
    expect(await count(replies, eq(replies.threadId, threadId))).toBe(2);
    const [thread] = await getDb().select({ replyCount: threads.replyCount }).from(threads).where(eq(threads.id, threadId));
    expect(thread.replyCount).toBe(2);
  });

  it("is a new post when the text, the thread or the author differ, or the first is old enough", async () => {
    const { id: threadId } = await createThread(ada, { title: "Different enough", body: "Text." });
    const { id: otherThread } = await createThread(ada, { title: "Another thread", body: "Text." });
    const first = await createReply(grace, threadId, { body: "Same words." });
    expect((await createReply(grace, threadId, { body: "Other words." })).id).not.toBe(first.id);
    expect((await createReply(grace, otherThread, { body: "Same words." })).id).not.toBe(first.id);
    expect((await createReply(ada, threadId, { body: "Same words." })).id).not.toBe(first.id);
    await getDb()
      .update(replies)
      .set({ createdAt: sql`now() - make_interval(secs => ${RESUBMIT_WINDOW_SECONDS + 1})` })
      .where(eq(replies.id, first.id));
    expect((await createReply(grace, threadId, { body: "Same words." })).id).not.toBe(first.id);
  });

  it("a thread or a story sent twice at once is one", async () => {
    const threadsAtOnce = await Promise.all([1, 2].map(() => createThread(ada, { title: "Posted with a double click", body: "Once." })));
    expect(threadsAtOnce[0].id).toBe(threadsAtOnce[1].id);
    expect(await count(threads, eq(threads.title, "Posted with a double click"))).toBe(1);

    const story = sampleStory("A story sent twice");
    const storiesAtOnce = await Promise.all([createStory(ada, story), createStory(ada, story)]);
    expect(storiesAtOnce[0].id).toBe(storiesAtOnce[1].id);
    // Another member's identical story is their own.
    expect((await createStory(grace, story)).id).not.toBe(storiesAtOnce[0].id);
  });
});
