import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "./index";
import { claimLogin } from "./mutations/logins";
import { createStory } from "./mutations/stories";
import { getStory, listStories } from "./queries/stories";
import { getInsights } from "./queries/insights";
import { getPathMap } from "./queries/path-map";
import { listQuestions } from "./queries/questions";
import { MILESTONE_MIN_STORIES, TIMELINE_STEPS } from "@/lib/stories/path-map";
import { answerMarks, replies, stories, followUps, threads, users } from "./schema";
import { seed, seedIfEmpty } from "./seed";
import { SAMPLE_THREADS } from "./seed-data";
import { SAMPLE_FOLLOW_UPS } from "./seed-follow-ups-data";
import { SAMPLE_STORIES } from "./seed-stories-data";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

it("seeds the sample forum once; running it again adds nothing", async () => {
  const expectedReplies =
    SAMPLE_THREADS.reduce((n, t) => n + t.replies.length, 0) + SAMPLE_STORIES.reduce((n, s) => n + s.replies.length, 0);
  expect(await seedIfEmpty()).toEqual({
    threads: SAMPLE_THREADS.length,
    stories: SAMPLE_STORIES.length,
    replies: expectedReplies,
  });
  expect(await seedIfEmpty()).toBeNull();
  expect(await seed()).toEqual({ threads: 0, stories: 0, replies: 0 });
  const [{ n: discussionRows }] = await getDb()
    .select({ n: count() })
    .from(threads)
    .where(eq(threads.kind, "discussion"));
  const [{ n: storyRows }] = await getDb().select({ n: count() }).from(stories);
  const [{ n: replyRows }] = await getDb().select({ n: count() }).from(replies);
  expect(discussionRows).toBe(SAMPLE_THREADS.length);
  expect(storyRows).toBe(SAMPLE_STORIES.length);
  expect(replyRows).toBe(expectedReplies);
  // The sample questions marked as answered, each with its mark in the thread's history.
  const answered = await getDb()
    .select({ title: threads.title, body: replies.body, marks: count(answerMarks.id) })
    .from(threads)
    .innerJoin(replies, eq(replies.id, threads.answerReplyId))
    .innerJoin(answerMarks, eq(answerMarks.threadId, threads.id))
    .groupBy(threads.title, replies.body);
  const questions = SAMPLE_THREADS.filter((t) => t.answer !== undefined);
  expect(answered.map((a) => a.title).sort()).toEqual(questions.map((t) => t.title).sort());
  for (const q of questions)
    expect(answered.find((a) => a.title === q.title)).toMatchObject({ body: q.replies[q.answer!].body, marks: 1 });
  // The sample questions to stories' authors, with the authors' answers, so a fresh start shows some.
  const asked = SAMPLE_STORIES.filter((s) => s.replies.some((r) => r.question));
  expect(asked.length).toBeGreaterThan(0);
  const storyIds = await getDb()
    .select({ id: threads.id, title: threads.title })
    .from(threads)
    .where(eq(threads.kind, "story"));
  for (const story of asked) {
    const { id } = storyIds.find((s) => s.title === story.title)!;
    const shown = await listQuestions(id);
    const questionBodies = story.replies.filter((r) => r.question).map((r) => r.body);
    expect(shown.questions.map((q) => q.bodyHtml).join("")).toContain(questionBodies[0].slice(0, 30));
    const answers = story.replies.filter((r) => r.answers !== undefined).length;
    expect(shown.answered).toBe(answers);
    expect(shown.questions.flatMap((q) => q.answers)).toHaveLength(answers);
  }
});

it("has at least 30 varied sample stories, most of them without an advanced degree", () => {
  expect(SAMPLE_STORIES.length).toBeGreaterThanOrEqual(30);
  const withoutAdvancedDegree = SAMPLE_STORIES.filter((s) => s.education !== "masters" && s.education !== "phd");
  expect(withoutAdvancedDegree.length / SAMPLE_STORIES.length).toBeGreaterThan(0.6);
  expect(new Set(SAMPLE_STORIES.map((s) => s.previousField)).size).toBeGreaterThanOrEqual(10);
});

it("sample stories are marked by who the seed made, not by login: a real member named sample-… is no sample", async () => {
  // A real GitHub member whose login happens to start with "sample-", and one who signed up with a seeded member's login.
  await claimLogin("sample-priya");
  const fan = await aMember({ login: "sample-fan" });
  const priya = await aMember({ login: "sample-priya" });
  const { id } = await createStory(
    fan.id,
    sampleStory("A real story by a real member", { body: "Nothing sample about it.", monthsToOffer: "12" }),
  );
  expect((await getStory(id))?.author).toMatchObject({ login: "sample-fan", isSample: false });

  const { stories: listed } = await listStories({}, "newest", null, 100);
  expect(listed.find((s) => s.id === id)?.author.isSample).toBe(false);
  expect(listed.filter((s) => s.id !== id).every((s) => s.author.isSample)).toBe(true);

  // Seeding again finds its people by their key: nothing is added, and nothing lands on the real "sample-priya".
  expect(await seed()).toEqual({ threads: 0, stories: 0, replies: 0 });
  const [{ n: priyaThreads }] = await getDb()
    .select({ n: count() })
    .from(threads)
    .where(eq(threads.authorId, priya.id));
  expect(priyaThreads).toBe(0);
  const [priyaRow] = await getDb().select().from(users).where(eq(users.id, priya.id));
  expect(priyaRow).toMatchObject({ login: "sample-priya", name: null, isSample: false });
});

it("sample stories carry sample follow-ups, once, so a fresh forum's insights have figures", async () => {
  const expected = SAMPLE_FOLLOW_UPS.reduce((n, s) => n + s.followUps.length, 0);
  await seed();
  const [{ n }] = await getDb().select({ n: count() }).from(followUps);
  expect(n).toBe(expected);
  const { followUps: figures } = await getInsights();
  expect(figures.followUps).toBe(expected);
  expect(figures.yearOn).toBeGreaterThan(0);
});

it("sample stories carry milestone kinds, so a fresh forum's path map has flows and a median for every step", async () => {
  await seed();
  const map = await getPathMap({});
  expect(map.total).toBeGreaterThanOrEqual(SAMPLE_STORIES.length);
  expect(map.flows.length).toBeGreaterThan(0);
  for (const step of TIMELINE_STEPS) {
    expect(map.milestones.find((m) => m.kind === step.kind)?.count, step.kind).toBeGreaterThanOrEqual(
      MILESTONE_MIN_STORIES,
    );
  }
});
