import { count } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "./index";
import { replies, threads } from "./schema";
import { seed, seedIfEmpty } from "./seed";
import { SAMPLE_THREADS } from "./seed-data";
import { useFreshDatabase } from "./test-database";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

it("seeds the sample forum once; running it again adds nothing", async () => {
  const expectedReplies = SAMPLE_THREADS.reduce((n, t) => n + t.replies.length, 0);
  expect(await seedIfEmpty()).toEqual({ threads: SAMPLE_THREADS.length, replies: expectedReplies });
  expect(await seedIfEmpty()).toBeNull();
  expect(await seed()).toEqual({ threads: 0, replies: 0 });
  const [{ n: threadRows }] = await getDb().select({ n: count() }).from(threads);
  const [{ n: replyRows }] = await getDb().select({ n: count() }).from(replies);
  expect(threadRows).toBe(SAMPLE_THREADS.length);
  expect(replyRows).toBe(expectedReplies);
});
