// Every list, in every order: keyset pages add up to the whole list (ties included), and no cursor a
// reader can type, however junk, huge or negative, reaches the database as an error.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURSOR_MAX, decodeCursor } from "@/lib/urls/cursor";
import { decodeThreadCursor } from "@/lib/urls/thread-sorts";
import { SORTS, type StorySort } from "@/lib/stories/story-filters";
import { parseId } from "@/lib/ids";
import { replyPageRequest } from "@/lib/urls/reply-paging";
import { getDb } from "./index";
import { createStory } from "./mutations/stories";
import { createThread } from "./mutations/threads";
import { listStories, storyFacets } from "./queries/stories";
import { decodeStoryCursor } from "@/lib/stories/story-filters";
import { listReplies, listThreads } from "./queries/threads";
import { stories, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, aThread, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let threadId: number;
const storyIds: number[] = [];

// Few distinct sort values, so every order has ties that only the id can break.
const FACTS = [
  { education: "no-degree", previousField: "finance", months: 6, helpful: 3, day: 1 },
  { education: "no-degree", previousField: "software", months: 6, helpful: 3, day: 1 },
  { education: "no-degree", previousField: "finance", months: 12, helpful: 0, day: 2 },
  { education: "masters", previousField: "finance", months: 6, helpful: 3, day: 2 },
  { education: "no-degree", previousField: "finance", months: 12, helpful: 1, day: 1 },
  { education: "bachelors-cs", previousField: "software", months: 3, helpful: 0, day: 3 },
  { education: "no-degree", previousField: "teaching", months: 6, helpful: 1, day: 3 },
];

beforeAll(async () => {
  done = await useFreshDatabase();
  const user = await aMember();
  for (const [i, f] of FACTS.entries()) {
    const input = sampleStory(`Paging story ${i}`, {
      body: "A path.",
      education: f.education,
      previousField: f.previousField,
      monthsToOffer: String(f.months),
    });
    const { id } = await createStory(user.id, input, { createdAt: new Date(Date.UTC(2026, 0, f.day)) });
    await getDb().update(stories).set({ helpfulCount: f.helpful }).where(eq(stories.threadId, id));
    storyIds.push(id);
  }
  for (let i = 0; i < 5; i++) await createThread(user.id, { title: `Paging thread ${i}`, body: "Hello." });
  threadId = (await aThread(user.id, { title: "Thread with replies", body: "Hello.", replies: 5 })).id;
  // Equal activity times for some threads: the id decides.
  await getDb()
    .update(threads)
    .set({ lastActivityAt: new Date("2026-02-01T00:00:00Z") })
    .where(eq(threads.kind, "discussion"));
});
afterAll(() => done());

const expectedOrder: Record<
  StorySort,
  (a: (typeof FACTS)[number] & { id: number }, b: (typeof FACTS)[number] & { id: number }) => number
> = {
  newest: (a, b) => b.day - a.day || b.id - a.id,
  helpful: (a, b) => b.helpful - a.helpful || b.id - a.id,
  fastest: (a, b) => a.months - b.months || a.id - b.id,
};

describe("story lists", () => {
  it.each(SORTS.map((s) => s.slug))(
    "pages of two in %s order add up to the whole list, ties broken by id",
    async (sort) => {
      const seen: number[] = [];
      let cursor = null;
      let pages = 0;
      do {
        const page = await listStories({}, sort, cursor, 2);
        seen.push(...page.stories.map((s) => s.id));
        cursor = decodeStoryCursor(page.nextCursor ?? undefined, sort);
        pages += 1;
      } while (cursor && pages < 20);
      const expected = FACTS.map((f, i) => ({ ...f, id: storyIds[i] }))
        .sort(expectedOrder[sort])
        .map((s) => s.id);
      expect(seen).toEqual(expected);
      expect(pages).toBe(4);
    },
  );

  it("pages within several filters at once", async () => {
    const seen: number[] = [];
    let cursor = null;
    do {
      const page = await listStories({ education: "no-degree", field: "finance" }, "helpful", cursor, 1);
      seen.push(...page.stories.map((s) => s.id));
      cursor = decodeStoryCursor(page.nextCursor ?? undefined, "helpful");
    } while (cursor);
    expect(seen).toEqual([storyIds[0], storyIds[4], storyIds[2]]);
  });

  it("counts each facet under every other active filter but its own", async () => {
    const facets = await storyFacets({ education: "no-degree", field: "finance", time: "6-12-months" });
    const nonZero = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    // Matching all three: stories 0 (6 months), 2 and 4 (12 months fall in 1-2 years) → only story 0.
    expect(facets.total).toBe(1);
    // Education counted under field=finance and time=6-12: stories 0 (no-degree) and 3 (masters).
    expect(nonZero(facets.education)).toEqual({ "no-degree": 1, masters: 1 });
    // Field counted under no-degree and 6-12 months: 0 (finance), 1 (software), 6 (teaching).
    expect(nonZero(facets.field)).toEqual({ finance: 1, software: 1, teaching: 1 });
    // Time counted under no-degree and finance: 0 (6-12), 2 and 4 (1-2 years).
    expect(nonZero(facets.time)).toEqual({ "6-12-months": 1, "1-2-years": 2 });
  });
});

// What readers can put in ?after= / ?before=: junk, negative, huge, and the largest values a
// decoder accepts (which must still be inside the column's range).
const JUNK = [
  "",
  "abc",
  "-1.2",
  "1.-2",
  "1.2.3",
  "1;drop table",
  "1e3.4",
  "0x10.1",
  " 1.2",
  "１.２",
  "NaN.1",
  "Infinity.1",
  "99999.1",
  "999999999999999.1",
  "9999999999999999.1",
  "1.99999999999999999",
  "1.0",
  "0.0",
  `${CURSOR_MAX.smallint}.1`,
  `${CURSOR_MAX.smallint + 1}.1`,
  `${CURSOR_MAX.integer}.1`,
  `${CURSOR_MAX.integer + 1}.1`,
  `${CURSOR_MAX.timestamp}.1`,
  `${CURSOR_MAX.timestamp + 1}.1`,
  `1.${Number.MAX_SAFE_INTEGER}`,
  `1.${Number.MAX_SAFE_INTEGER + 2}`,
];

describe("cursors from the address bar", () => {
  it.each(SORTS.map((s) => s.slug))("never break the %s story list", async (sort) => {
    for (const value of JUNK) {
      const cursor = decodeStoryCursor(value, sort);
      await expect(listStories({ education: "no-degree" }, sort, cursor), `after=${value}`).resolves.toBeDefined();
    }
  });

  it("never break the thread list", async () => {
    for (const value of JUNK) {
      await expect(listThreads(decodeThreadCursor(value, "active")), `after=${value}`).resolves.toBeDefined();
    }
  });

  it("never break a thread's replies, paging either way", async () => {
    for (const value of [...JUNK, "1", "0", "-5", String(Number.MAX_SAFE_INTEGER), "99999999999999999999"]) {
      for (const name of ["after", "before"]) {
        const request = replyPageRequest(new URLSearchParams({ [name]: value }));
        await expect(listReplies(threadId, request), `${name}=${value}`).resolves.toBeDefined();
      }
    }
    expect(parseId("-5")).toBeNull();
  });

  it("out-of-range values are read as the first page", async () => {
    expect(decodeStoryCursor(`${CURSOR_MAX.smallint + 1}.1`, "fastest")).toBeNull();
    expect(decodeStoryCursor("99999.1", "fastest")).toBeNull();
    expect(decodeStoryCursor("5.1", "fastest")).toEqual({ value: 5, id: 1 });
    expect(decodeStoryCursor("999999999999999.1", "helpful")).toBeNull();
    expect(decodeCursor("999999999999999.1")).toBeNull();
    expect(decodeCursor(`${CURSOR_MAX.timestamp}.1`)).toEqual({ at: new Date("9999-12-31T23:59:59.999Z"), id: 1 });
    expect(decodeCursor("9999999999999999.1")).toBeNull();
  });
});
