import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { EDUCATION, FIELDS, HOW_HIRED, MILESTONE_KINDS, ROLES, slugsOf } from "@/lib/stories/story-facts";
import { getDb } from "./index";
import { createStory, deleteStory, updateStory } from "./mutations/stories";
import { toggleHelpful } from "./mutations/votes";
import { getInsights } from "./queries/insights";
import { getStory, listStories, pathsLikeMine, storyFacets } from "./queries/stories";
import { decodeStoryCursor } from "@/lib/stories/story-filters";
import { helpfulVotes, resources, stories, storyMilestones, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, aThreadRow, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
let alan: string;
const ids: Record<string, number> = {};

type Fixture = {
  education: string;
  previousField: string;
  role: string;
  howHired: string;
  months: number;
  resources: string[];
  milestones?: string;
};
const FIXTURES: Record<string, Fixture> = {
  s1: {
    education: "no-degree",
    previousField: "finance",
    role: "ml-engineer",
    howHired: "referral",
    months: 10,
    resources: ["fast.ai", "Kaggle"],
    milestones: "month 8: first interview\n2: started fast.ai",
  },
  s2: {
    education: "no-degree",
    previousField: "software",
    role: "data-scientist",
    howHired: "portfolio",
    months: 20,
    resources: ["Fast.ai course"],
  },
  s3: {
    education: "bootcamp-self-taught",
    previousField: "finance",
    role: "ml-engineer",
    howHired: "referral",
    months: 6,
    resources: ["Andrew Ng's ML course"],
  },
  s4: {
    education: "bachelors-cs",
    previousField: "software",
    role: "mlops",
    howHired: "internal-transfer",
    months: 4,
    resources: ["the fast.ai course", "Hands-On ML"],
  },
  s5: {
    education: "no-degree",
    previousField: "teaching",
    role: "ml-engineer",
    howHired: "cold-application",
    months: 30,
    resources: [],
  },
  gone: {
    education: "masters",
    previousField: "finance",
    role: "applied-scientist",
    howHired: "referral",
    months: 14,
    resources: ["Kaggle"],
  },
};

function story(name: string, f: Fixture) {
  return sampleStory(`Story ${name} headline`, {
    body: `The story of ${name}.`,
    role: f.role,
    education: f.education,
    previousField: f.previousField,
    previousTitle: "Previous job",
    monthsToOffer: String(f.months),
    howHired: f.howHired,
    resources: f.resources.join("\n"),
    milestones: f.milestones ?? "",
  });
}

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember({ login: "ada" })).id;
  grace = (await aMember()).id;
  alan = (await aMember()).id;
  let day = 1;
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    ids[name] = (await createStory(ada, story(name, fixture), { createdAt: new Date(Date.UTC(2026, 0, day++)) })).id;
  }
  await deleteStory(ada, ids.gone);
});
afterAll(() => done());

describe("story pages", () => {
  it("reads a story with its facts, resources as written and milestones in month order", async () => {
    const s1 = await getStory(ids.s1);
    expect(s1).toMatchObject({
      title: "Story s1 headline",
      education: "no-degree",
      monthsToOffer: 10,
      author: { login: "ada" },
    });
    expect(s1?.resources.map((r) => r.label)).toEqual(["fast.ai", "Kaggle"]);
    expect(s1?.milestones).toEqual([
      { month: 2, text: "started fast.ai", kind: null },
      { month: 8, text: "first interview", kind: null },
    ]);
    expect(await getStory(ids.gone)).toBeNull();
    expect(await getStory(987654)).toBeNull();
  });

  it("spellings of one resource share one row", async () => {
    const rows = await getDb()
      .select({ key: resources.key, name: resources.name })
      .from(resources)
      .orderBy(resources.key);
    expect(rows).toEqual([
      { key: "andrew-ng-ml", name: "Andrew Ng's Machine Learning Specialization" },
      { key: "fastai", name: "fast.ai (Practical Deep Learning)" },
      { key: "hands-on-ml", name: "Hands-On Machine Learning (Géron)" },
      { key: "kaggle", name: "Kaggle" },
    ]);
  });
});

describe("lists and facets", () => {
  it("filters combine, and deleted stories never show", async () => {
    const { stories } = await listStories({ education: "no-degree", field: "finance" }, "newest", null);
    expect(stories.map((s) => s.id)).toEqual([ids.s1]);
    const all = await listStories({}, "newest", null);
    expect(all.stories.map((s) => s.id)).toEqual([ids.s5, ids.s4, ids.s3, ids.s2, ids.s1]);
    const quick = await listStories({ time: "under-6-months" }, "newest", null);
    expect(quick.stories.map((s) => s.id)).toEqual([ids.s4]);
  });

  it("sorts by fastest transition and pages with a keyset cursor", async () => {
    const seen: number[] = [];
    let cursor = null;
    do {
      const page = await listStories({}, "fastest", cursor, 2);
      seen.push(...page.stories.map((s) => s.id));
      cursor = decodeStoryCursor(page.nextCursor ?? undefined, "fastest");
    } while (cursor);
    expect(seen).toEqual([ids.s4, ids.s3, ids.s1, ids.s2, ids.s5]);
  });

  it("counts each facet under the other filters but not its own", async () => {
    const facets = await storyFacets({ education: "no-degree" });
    expect(facets.total).toBe(3);
    expect(facets.education).toEqual({ "no-degree": 3, "bootcamp-self-taught": 1, "bachelors-cs": 1 });
    expect(facets.role).toEqual({ "ml-engineer": 2, "data-scientist": 1, mlops: 0 });
    expect(facets.field).toEqual({ finance: 1, software: 1, teaching: 1 });
    expect(facets.time).toEqual({ "under-6-months": 0, "6-12-months": 1, "1-2-years": 1, "over-2-years": 1 });
    expect(facets.how).toEqual({ referral: 1, portfolio: 1, "cold-application": 1, "internal-transfer": 0 });
  });
});

describe("paths like mine", () => {
  it("ranks the closest starting points first and leaves out stories with nothing in common", async () => {
    const matches = await pathsLikeMine({ education: "no-degree", field: "finance" });
    expect(matches.map((m) => [m.id, m.score])).toEqual([
      [ids.s1, 6],
      [ids.s3, 4],
      [ids.s5, 3],
      [ids.s2, 3],
    ]);
  });
});

describe("insights", () => {
  it("computes counts, medians and quartiles in SQL over live stories only", async () => {
    const insights = await getInsights();
    expect(insights.total).toBe(5);
    expect(insights.storiesPerEducation).toEqual({ "no-degree": 3, "bootcamp-self-taught": 1, "bachelors-cs": 1 });
    expect(insights.overall).toMatchObject({ count: 5, min: 4, p25: 6, median: 10, p75: 20, max: 30 });
    expect(insights.monthsByEducation.find((g) => g.group === "no-degree")).toEqual({
      group: "no-degree",
      count: 3,
      min: 10,
      p25: 15,
      median: 20,
      p75: 25,
      max: 30,
    });
    expect(insights.monthsByField).toEqual([
      { group: "finance", count: 2, min: 6, p25: 7, median: 8, p75: 9, max: 10 },
      { group: "software", count: 2, min: 4, p25: 8, median: 12, p75: 16, max: 20 },
      { group: "teaching", count: 1, min: 30, p25: 30, median: 30, p75: 30, max: 30 },
    ]);
    expect(insights.howHired).toEqual({ referral: 2, portfolio: 1, "internal-transfer": 1, "cold-application": 1 });
    expect(insights.topResources.map((r) => [r.name, r.stories])).toEqual([
      ["fast.ai (Practical Deep Learning)", 3],
      ["Andrew Ng's Machine Learning Specialization", 1],
      ["Hands-On Machine Learning (Géron)", 1],
      ["Kaggle", 1],
    ]);
  });
});

describe("writes", () => {
  it("only the author edits; an edit replaces the facts and lists", async () => {
    await expect(updateStory(grace, ids.s5, story("hijack", FIXTURES.s1))).rejects.toBeInstanceOf(ForbiddenError);
    await updateStory(
      ada,
      ids.s5,
      story("s5", { ...FIXTURES.s5, months: 31, resources: ["Kaggle Learn"], milestones: "month 31: offer" }),
    );
    const s5 = await getStory(ids.s5);
    expect(s5).toMatchObject({
      monthsToOffer: 31,
      resources: [{ label: "Kaggle Learn" }],
      milestones: [{ month: 31, text: "offer", kind: null }],
    });
    await updateStory(ada, ids.s5, story("s5", FIXTURES.s5));
  });

  it("helpful marks toggle per member and drive the most-helpful order", async () => {
    expect((await toggleHelpful(grace, { threadId: ids.s2 })).marked).toBe(true);
    expect((await toggleHelpful(alan, { threadId: ids.s2 })).marked).toBe(true);
    expect((await toggleHelpful(grace, { threadId: ids.s5 })).marked).toBe(true);
    expect((await toggleHelpful(alan, { threadId: ids.s3 })).marked).toBe(true);
    expect((await toggleHelpful(alan, { threadId: ids.s3 })).marked).toBe(false);
    const { stories } = await listStories({}, "helpful", null);
    expect(stories.map((s) => [s.id, s.helpfulCount])).toEqual([
      [ids.s2, 2],
      [ids.s5, 1],
      [ids.s4, 0],
      [ids.s3, 0],
      [ids.s1, 0],
    ]);
  });

  it("an author cannot mark their own story as helpful", async () => {
    const before = (await getStory(ids.s4))!.helpfulCount;
    await expect(toggleHelpful(ada, { threadId: ids.s4 })).rejects.toThrow(
      new ForbiddenError("You can't mark your own post as helpful."),
    );
    expect((await getStory(ids.s4))!.helpfulCount).toBe(before);
    expect(await getDb().select().from(helpfulVotes).where(eq(helpfulVotes.userId, ada))).toEqual([]);
  });
});

/** The check constraint a write broke, whichever driver reported it (drizzle wraps the driver's error). */
async function violatedCheck(write: PromiseLike<unknown>): Promise<string | null> {
  try {
    await write;
    return null;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    expect(cause?.code).toBe("23514");
    return /check constraint "([^"]+)"/.exec(cause?.message ?? "")?.[1] ?? null;
  }
}

describe("the database refuses story facts the validator refuses", () => {
  const valid = {
    role: "ml-engineer",
    education: "no-degree",
    previousField: "finance",
    previousTitle: "Analyst",
    monthsToOffer: 10,
    firstRoleYear: 2024,
    howHired: "referral",
  };

  it("refuses an unknown slug, a first-role year out of range and a milestone month out of range", async () => {
    const thread = await aThreadRow({ kind: "story", authorId: ada, title: "Written around the validator" });
    const insert = (facts: Partial<typeof valid>) =>
      getDb()
        .insert(stories)
        .values({ threadId: thread.id, ...valid, ...facts });
    expect(await violatedCheck(insert({ role: "astronaut" }))).toBe("stories_role_slug");
    expect(await violatedCheck(insert({ education: "hogwarts" }))).toBe("stories_education_slug");
    expect(await violatedCheck(insert({ previousField: "Finance" }))).toBe("stories_previous_field_slug");
    expect(await violatedCheck(insert({ howHired: "" }))).toBe("stories_how_hired_slug");
    expect(await violatedCheck(insert({ firstRoleYear: 1989 }))).toBe("stories_first_role_year_range");
    expect(await violatedCheck(insert({ firstRoleYear: 2101 }))).toBe("stories_first_role_year_range");
    expect(await violatedCheck(insert({ monthsToOffer: 241 }))).toBe("stories_months_range");
    // Every slug the form offers is accepted.
    expect(await violatedCheck(insert({}))).toBeNull();
    for (const [column, options] of [
      ["role", ROLES],
      ["education", EDUCATION],
      ["previousField", FIELDS],
      ["howHired", HOW_HIRED],
    ] as const) {
      for (const slug of slugsOf(options)) {
        await getDb()
          .update(stories)
          .set({ [column]: slug })
          .where(eq(stories.threadId, thread.id));
      }
    }
    const milestone = (month: number) =>
      getDb().insert(storyMilestones).values({ storyId: thread.id, position: month, month, text: "m" });
    expect(await violatedCheck(milestone(241))).toBe("story_milestones_month_range");
    expect(await violatedCheck(milestone(240))).toBeNull();
    const kind = (position: number, value: string | null) =>
      getDb().insert(storyMilestones).values({ storyId: thread.id, position, month: 1, text: "m", kind: value });
    expect(await violatedCheck(kind(100, "offer"))).toBe("story_milestones_kind_slug");
    expect(await violatedCheck(kind(101, null))).toBeNull();
    for (const [i, slug] of slugsOf(MILESTONE_KINDS).entries())
      expect(await violatedCheck(kind(102 + i, slug))).toBeNull();
    await getDb().delete(threads).where(eq(threads.id, thread.id));
  });
});
