// A post sent twice is written once: resubmitted, replayed, or sent twice at the same moment.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { DEFAULT_RATE_LIMITS, UNLIMITED } from "@/lib/limits/rate-limits";
import { getDb } from "./index";
import { createReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { createThread } from "./mutations/threads";
import { replies, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
// Only the same-text rule: the pace limits have their own tests (db/limits.test.ts).
const sameText = { ...UNLIMITED, sameBodySeconds: DEFAULT_RATE_LIMITS.sameBodySeconds };

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember()).id;
  grace = (await aMember()).id;
});
afterAll(() => done());

const count = async (table: typeof threads | typeof replies, where: ReturnType<typeof eq>) =>
  (
    await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(where)
  )[0].n;

describe("a form sent twice (the same form key)", () => {
  it("a reply sent again, or three times at once, is one reply, counted once", async () => {
    const { id: threadId } = await createThread(ada, { title: "Where replies land", body: "Once each." });
    const first = await createReply(grace, threadId, { body: "Only once." }, { key: "form-1", limits: sameText });
    const again = await createReply(grace, threadId, { body: "Only once." }, { key: "form-1", limits: sameText });
    expect(again.id).toBe(first.id);
    expect(again.changed).toEqual([]);
    const together = await Promise.all(
      [1, 2, 3].map(() =>
        createReply(grace, threadId, { body: "Sent three times at once." }, { key: "form-2", limits: sameText }),
      ),
    );
    expect(new Set(together.map((r) => r.id)).size).toBe(1);
    expect(await count(replies, eq(replies.threadId, threadId))).toBe(2);
    const [thread] = await getDb()
      .select({ replyCount: threads.replyCount })
      .from(threads)
      .where(eq(threads.id, threadId));
    expect(thread.replyCount).toBe(2);
  });

  it("a thread or a story sent twice at once is one; keys are each author's own", async () => {
    const threadsAtOnce = await Promise.all(
      [1, 2].map(() =>
        createThread(ada, { title: "Posted with a double click", body: "Once." }, { key: "k1", limits: sameText }),
      ),
    );
    expect(threadsAtOnce[0].id).toBe(threadsAtOnce[1].id);
    expect(await count(threads, eq(threads.title, "Posted with a double click"))).toBe(1);

    const story = sampleStory("A story sent twice");
    const storiesAtOnce = await Promise.all([
      createStory(ada, story, { key: "k2", limits: sameText }),
      createStory(ada, story, { key: "k2", limits: sameText }),
    ]);
    expect(storiesAtOnce[0].id).toBe(storiesAtOnce[1].id);
    // Another member's identical story, even with the same key, is their own.
    expect((await createStory(grace, story, { key: "k2", limits: sameText })).id).not.toBe(storiesAtOnce[0].id);
  });
});

describe("the same text again without a form key", () => {
  it("is refused within the window, with when to try again, and writes nothing", async () => {
    const { id: threadId } = await createThread(ada, { title: "Same words twice", body: "Text." });
    await createReply(grace, threadId, { body: "Same words." }, { limits: sameText });
    const refused = createReply(grace, threadId, { body: "Same words." }, { limits: sameText });
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toThrow(/posted exactly this .* again in \d+ minutes/);
    expect(await count(replies, eq(replies.threadId, threadId))).toBe(1);
  });

  it("sent three times at once, is one post and two refusals", async () => {
    const { id: threadId } = await createThread(ada, { title: "Three at once", body: "Text." });
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => createReply(grace, threadId, { body: "Three copies." }, { limits: sameText })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(RateLimitedError),
      expect.any(RateLimitedError),
    ]);
  });

  it("other text, another author, or the window passed: a new post", async () => {
    const { id: threadId } = await createThread(ada, { title: "Different enough", body: "Text." });
    const first = await createReply(grace, threadId, { body: "Words of mine." }, { limits: sameText });
    expect((await createReply(grace, threadId, { body: "Other words." }, { limits: sameText })).id).not.toBe(first.id);
    expect((await createReply(ada, threadId, { body: "Words of mine." }, { limits: sameText })).id).not.toBe(first.id);
    await getDb()
      .update(replies)
      .set({ createdAt: sql`now() - make_interval(secs => ${sameText.sameBodySeconds + 1})` })
      .where(eq(replies.authorId, grace));
    expect((await createReply(grace, threadId, { body: "Words of mine." }, { limits: sameText })).id).not.toBe(
      first.id,
    );
  });

  it("a thread with a body the author just posted is refused", async () => {
    await createThread(grace, { title: "First title", body: "Body posted twice." }, { limits: sameText });
    await expect(
      createThread(grace, { title: "Second title", body: "Body posted twice." }, { limits: sameText }),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });
});
