// The write limits hold exactly: per member, by account age, counted in the database under the
// member's row lock, so requests sent at once cannot slip past them.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, RateLimitedError } from "@/lib/errors";
import { DEFAULT_RATE_LIMITS as LIMITS, UNLIMITED } from "@/lib/limits/rate-limits";
import { getDb } from "./index";
import { flagPost } from "./mutations/moderation";
import { createReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { toggleHelpful } from "./mutations/votes";
import { createThread, updateThread } from "./mutations/threads";
import { replies, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, hoursAgo, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let author: string;
let seq = 0;

beforeAll(async () => {
  done = await useFreshDatabase();
  author = await member("someone", 30);
});
afterAll(() => done());

/** A member whose account is `ageHours` old. */
const member = async (login: string, ageHours: number) =>
  (await aMember({ login: `${login}-${++seq}`, createdAt: hoursAgo(ageHours) })).id;

/** Moves a member's posts back in time, as if they had been made `seconds` earlier. */
async function age(table: typeof threads | typeof replies, authorId: string, seconds: number) {
  await getDb()
    .update(table)
    .set({ createdAt: sql`${table.createdAt} - make_interval(secs => ${seconds})` })
    .where(eq(table.authorId, authorId));
}

const thread = (who: string, n: number | string) =>
  createThread(who, { title: `Thread number ${n}`, body: `Body ${n} by ${who}` }, { limits: LIMITS });
const reply = (who: string, threadId: number, n: number | string) =>
  createReply(who, threadId, { body: `Reply ${n}` }, { limits: LIMITS });

describe("new topics", () => {
  it("an established member waits 15 seconds between topics, and is told how long", async () => {
    const old = await member("old", 48);
    await thread(old, 1);
    await expect(thread(old, 2)).rejects.toThrow(/too quickly\. Please try again in 1[45] seconds/);
    await age(threads, old, LIMITS.threadIntervalSeconds);
    await expect(thread(old, 3)).resolves.toMatchObject({ id: expect.any(Number) });
  });

  it("a new account waits two minutes and starts at most three topics on its first day", async () => {
    const fresh = await member("fresh", 1);
    await thread(fresh, 1);
    const refused = await thread(fresh, 2).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(100);
    for (const n of [3, 4]) {
      await age(threads, fresh, LIMITS.newThreadIntervalSeconds);
      await thread(fresh, n);
    }
    await age(threads, fresh, LIMITS.newThreadIntervalSeconds);
    await expect(thread(fresh, 5)).rejects.toThrow(/limit of 3 new topics a day\. Please try again in 2[34] hours/);
  });

  it("twenty topics a day for an established member; stories count as topics", async () => {
    const busy = await member("busy", 48);
    for (let n = 0; n < LIMITS.threadsPerDay; n++) {
      await (n === 0 ? createStory(busy, sampleStory("A story counts too"), { limits: LIMITS }) : thread(busy, n));
      await age(threads, busy, LIMITS.threadIntervalSeconds);
    }
    await expect(thread(busy, "one too many")).rejects.toThrow(/limit of 20 new topics a day/);
    const [{ n }] = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(threads)
      .where(eq(threads.authorId, busy));
    expect(n).toBe(LIMITS.threadsPerDay);
  });

  it("five topics sent at once by one member: exactly one is written", async () => {
    const eager = await member("eager", 48);
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => thread(eager, n)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [{ n }] = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(threads)
      .where(eq(threads.authorId, eager));
    expect(n).toBe(1);
  });
});

describe("replies", () => {
  it("five seconds apart for an established member, thirty and ten a day for a new one", async () => {
    const { id: threadId } = await createThread(
      author,
      { title: "Somewhere to reply", body: "Replies below." },
      { limits: UNLIMITED },
    );
    const old = await member("old-replier", 48);
    await reply(old, threadId, 1);
    await expect(reply(old, threadId, 2)).rejects.toThrow(
      /posting replies too quickly\. Please try again in [45] seconds/,
    );
    await age(replies, old, LIMITS.replyIntervalSeconds);
    await reply(old, threadId, 3);

    const fresh = await member("new-replier", 2);
    for (let n = 0; n < LIMITS.newRepliesPerDay; n++) {
      await reply(fresh, threadId, `fresh ${n}`);
      await expect(reply(fresh, threadId, `too soon ${n}`)).rejects.toBeInstanceOf(RateLimitedError);
      await age(replies, fresh, LIMITS.newReplyIntervalSeconds);
    }
    await expect(reply(fresh, threadId, "eleventh")).rejects.toThrow(/limit of 10 replies a day/);
  });
});

describe("links and images from new accounts", () => {
  it("a new account may post two links and no image; an established one may post more", async () => {
    const fresh = await member("linker", 1);
    const links = "[a](https://a.example) [b](https://b.example) https://c.example";
    await expect(createThread(fresh, { title: "Three links", body: links }, { limits: LIMITS })).rejects.toThrow(
      /at most 2 links/,
    );
    await expect(
      createThread(fresh, { title: "A picture", body: "![plot](https://i.imgur.com/x.png)" }, { limits: LIMITS }),
    ).rejects.toThrow(/can't post images/);
    const { id } = await createThread(
      fresh,
      { title: "Two links", body: "[a](https://a.example) [b](https://b.example)" },
      { limits: LIMITS },
    );
    // Nor can an edit add them.
    await expect(updateThread(fresh, id, { title: "Two links", body: links }, LIMITS)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const old = await member("old-linker", 48);
    await expect(createThread(old, { title: "Three links", body: links }, { limits: LIMITS })).resolves.toBeTruthy();
  });
});

describe("votes and flags", () => {
  it("fifty helpful marks a day, taking one back always allowed; twenty flags a day", async () => {
    const storyIds: number[] = [];
    for (let n = 0; n <= LIMITS.votesPerDay; n++)
      storyIds.push((await createStory(author, sampleStory(`Helpful story ${n}`), { limits: UNLIMITED })).id);
    const reader = await member("reader", 48);
    for (const id of storyIds.slice(0, LIMITS.votesPerDay)) await toggleHelpful(reader, { threadId: id }, LIMITS);
    await expect(toggleHelpful(reader, { threadId: storyIds[LIMITS.votesPerDay] }, LIMITS)).rejects.toThrow(
      /limit of 50 helpful marks a day/,
    );
    await expect(toggleHelpful(reader, { threadId: storyIds[0] }, LIMITS)).resolves.toMatchObject({ marked: false });

    const flagger = await member("flagger", 48);
    for (const id of storyIds.slice(0, LIMITS.flagsPerDay))
      await flagPost(flagger, { threadId: id }, { reason: "spam", note: null }, LIMITS);
    await expect(
      flagPost(flagger, { threadId: storyIds[LIMITS.flagsPerDay] }, { reason: "spam", note: null }, LIMITS),
    ).rejects.toThrow(/limit of 20 flags a day/);
  });
});
