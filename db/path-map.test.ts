// The path map's figures, checked against values worked out by hand for a small fixed set of stories.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStory, deleteStory } from "./mutations/stories";
import { getPathMap } from "./queries/path-map";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;

// field, education, how, role, months to offer, milestones ("month (kind): text" lines, as the form takes them)
const STORIES = {
  a: [
    "teaching",
    "no-degree",
    "referral",
    "ml-engineer",
    12,
    "0 (course): step a\n2 (course): step b\n5 (project): step c\n10 (interview): step d",
  ],
  b: [
    "teaching",
    "no-degree",
    "portfolio",
    "data-scientist",
    20,
    "1 (course): step a\n8 (project): step b\n12 (public work): step c\n18 (interview): step d",
  ],
  c: [
    "teaching",
    "bachelors-unrelated",
    "referral",
    "ml-engineer",
    8,
    "0 (course): step a\n3 (project): step b\n6 (interview): step c",
  ],
  d: [
    "finance",
    "no-degree",
    "referral",
    "data-scientist",
    30,
    "4 (course): step a\n10 (project): step b\n20 (public work): step c",
  ],
  e: ["software", "bachelors-cs", "internal-transfer", "mlops", 4, "1: no kind"],
  f: ["finance", "no-degree", "referral", "ml-engineer", 16, "3 (course): step a\n12 (interview): step b"],
  // Deleted: counted nowhere.
  gone: [
    "teaching",
    "no-degree",
    "referral",
    "ml-engineer",
    2,
    "0 (course): step a\n1 (project): step b\n1 (interview): step c",
  ],
} as const;

beforeAll(async () => {
  done = await useFreshDatabase();
  const ada = (await aMember()).id;
  for (const [name, [previousField, education, howHired, role, months, milestones]] of Object.entries(STORIES)) {
    const { id } = await createStory(
      ada,
      sampleStory(`Story ${name}`, {
        previousField,
        education,
        howHired,
        role,
        monthsToOffer: String(months),
        milestones,
      }),
    );
    if (name === "gone") await deleteStory(ada, id);
  }
});
afterAll(() => done());

const byKey = <T>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), r]));

describe("the path map", () => {
  it("counts every stage's values and every flow between neighbouring stages", async () => {
    const map = await getPathMap({});
    expect(map.total).toBe(6);
    const nodes = Object.fromEntries(map.nodes.map((n) => [`${n.stage}:${n.value}`, n.count]));
    expect(nodes).toEqual({
      "field:teaching": 3,
      "field:finance": 2,
      "field:software": 1,
      "education:no-degree": 4,
      "education:bachelors-unrelated": 1,
      "education:bachelors-cs": 1,
      "how:referral": 4,
      "how:portfolio": 1,
      "how:internal-transfer": 1,
      "role:ml-engineer": 3,
      "role:data-scientist": 2,
      "role:mlops": 1,
    });
    const flows = Object.fromEntries(map.flows.map((f) => [`${f.from}:${f.source}>${f.target}`, f.count]));
    expect(flows).toEqual({
      "field:teaching>no-degree": 2,
      "field:teaching>bachelors-unrelated": 1,
      "field:finance>no-degree": 2,
      "field:software>bachelors-cs": 1,
      "education:no-degree>referral": 3,
      "education:no-degree>portfolio": 1,
      "education:bachelors-unrelated>referral": 1,
      "education:bachelors-cs>internal-transfer": 1,
      "how:referral>ml-engineer": 3,
      "how:referral>data-scientist": 1,
      "how:portfolio>data-scientist": 1,
      "how:internal-transfer>mlops": 1,
    });
  });

  it("puts each milestone kind's first month at its quartiles (percentile_cont), over the stories that have one", async () => {
    const spreads = byKey((await getPathMap({})).milestones, (m) => m.kind);
    // course: first per story 0 (a: 0 and 2), 1, 0, 4, 3 → 0 0 1 3 4
    expect(spreads.course).toEqual({ kind: "course", count: 5, p25: 0, median: 1, p75: 3 });
    // project: 5, 8, 3, 10 → 3 5 8 10
    expect(spreads.project).toEqual({ kind: "project", count: 4, p25: 4.5, median: 6.5, p75: 8.5 });
    expect(spreads["public-work"]).toEqual({ kind: "public-work", count: 2, p25: 14, median: 16, p75: 18 });
    // interview: 10, 18, 6, 12 → 6 10 12 18
    expect(spreads.interview).toEqual({ kind: "interview", count: 4, p25: 9, median: 11, p75: 13.5 });
    // offer: every story's months to offer → 4 8 12 16 20 30
    expect(spreads.offer).toEqual({ kind: "offer", count: 6, p25: 9, median: 14, p75: 19 });
    expect(Object.keys(spreads).sort()).toEqual(["course", "interview", "offer", "project", "public-work"]);
  });

  it("takes the story list's filters", async () => {
    const map = await getPathMap({ field: "teaching" });
    expect(map.total).toBe(3);
    expect(map.flows.map((f) => `${f.from}:${f.source}>${f.target}=${f.count}`).sort()).toEqual([
      "education:bachelors-unrelated>referral=1",
      "education:no-degree>portfolio=1",
      "education:no-degree>referral=1",
      "field:teaching>bachelors-unrelated=1",
      "field:teaching>no-degree=2",
      "how:portfolio>data-scientist=1",
      "how:referral>ml-engineer=2",
    ]);
    const spreads = byKey(map.milestones, (m) => m.kind);
    expect(spreads.course).toMatchObject({ count: 3, p25: 0, median: 0, p75: 0.5 });
    expect(spreads.project).toMatchObject({ count: 3, p25: 4, median: 5, p75: 6.5 });
    expect(spreads["public-work"]).toMatchObject({ count: 1, median: 12 });
    expect(spreads.interview).toMatchObject({ count: 3, p25: 8, median: 10, p75: 14 });
    expect(spreads.offer).toMatchObject({ count: 3, p25: 10, median: 12, p75: 16 });
    // Filters combine, as on /stories; nothing matching is an empty map, not an error.
    // Teaching and a referral are a (12 months) and c (8); "6 to 12 months" is [6, 12): c alone.
    expect((await getPathMap({ field: "teaching", how: "referral", time: "6-12-months" })).total).toBe(1);
    expect(await getPathMap({ field: "healthcare" })).toEqual({ total: 0, nodes: [], flows: [], milestones: [] });
  });
});
