import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "./index";
import { replies, stories, threads } from "./schema";
import { seed, seedIfEmpty } from "./seed";
import { SAMPLE_THREADS } from "./seed-data";
import { SAMPLE_STORIES } from "./seed-stories-data";
import { useFreshDatabase } from "./test-database";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

it("seeds the sample forum once; running it again adds nothing", async () => {
  const expectedReplies =
    SAMPLE_THREADS.reduce((n, t) => n + t.replies.length, 0) + SAMPLE_STORIES.reduce((n, s) => n + s.replies.length, 0);
  expect(await seedIfEmpty()).toEqual({ threads: SAMPLE_THREADS.length, stories: SAMPLE_STORIES.length, replies: expectedReplies });
  expect(await seedIfEmpty()).toBeNull();
  expect(await seed()).toEqual({ threads: 0, stories: 0, replies: 0 });
  const [{ n: discussionRows }] = await getDb().select({ n: count() }).from(threads).where(eq(threads.kind, "discussion"));
  const [{ n: storyRows }] = await getDb().select({ n: count() }).from(stories);
  const [{ n: replyRows }] = await getDb().select({ n: count() }).from(replies);
  expect(discussionRows).toBe(SAMPLE_THREADS.length);
  expect(storyRows).toBe(SAMPLE_STORIES.length);
  expect(replyRows).toBe(expectedReplies);
});

it("has at least 30 varied sample stories, most of them without an advanced degree", () => {
  expect(SAMPLE_STORIES.length).toBeGreaterThanOrEqual(30);
  const withoutAdvancedDegree = SAMPLE_STORIES.filter((s) => s.education !== "masters" && s.education !== "phd");
  expect(withoutAdvancedDegree.length / SAMPLE_STORIES.length).toBeGreaterThan(0.6);
  expect(new Set(SAMPLE_STORIES.map((s) => s.previousField)).size).toBeGreaterThanOrEqual(10);
});
