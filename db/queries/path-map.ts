// The path map (/stories/map): how many stories go each way from previous field to education to how
// the job came to the first ML role, and when the usual milestones happened. Two statements, both
// aggregates in Postgres, whatever the number of stories; the filters are the story list's.
import "server-only";
import { and, sql } from "drizzle-orm";
import type { StoryFilters } from "@/lib/stories/story-filters";
import { PATH_STAGES, type PathStage } from "@/lib/stories/path-map";
import { getDb } from "../index";
import { rowsOf } from "../rows";
import { stories } from "../schema";
import { allFilters, listed } from "./stories";

/** A value of one stage ("field" "teaching") and how many stories in view pass through it. */
export type PathNode = { stage: PathStage; value: string; count: number };
/** Stories going from a value of one stage to a value of the next. */
export type PathFlow = { from: PathNode["stage"]; source: string; target: string; count: number };
/** When the first milestone of a kind came, in months from starting to learn, over `count` stories. */
export type MilestoneSpread = { kind: string; count: number; p25: number; median: number; p75: number };

export type PathMap = {
  total: number;
  nodes: PathNode[];
  flows: PathFlow[];
  milestones: MilestoneSpread[];
};

const column = {
  field: stories.previousField,
  education: stories.education,
  how: stories.howHired,
  role: stories.role,
} as const satisfies Record<PathStage, unknown>;

// grouping(field, education, how, role) has a bit set for each column a row is NOT grouped by, the
// first column the highest bit; a row's set of grouped columns is what it counts.
const groupedBy = (mask: number): PathStage[] => PATH_STAGES.filter((_, i) => (mask & (1 << (3 - i))) === 0);

/**
 * Nodes, the flows between neighbouring stages and the total, in one statement: a grouping set per
 * stage, one per pair of neighbours, and the empty set.
 */
async function flowsAndNodes(filters: StoryFilters) {
  const cols = PATH_STAGES.map((s) => column[s]);
  const set = (...stages: PathStage[]) =>
    sql`(${sql.join(
      stages.map((s) => column[s]),
      sql`, `,
    )})`;
  const sets = [
    ...PATH_STAGES.map((s) => set(s)),
    ...PATH_STAGES.slice(1).map((s, i) => set(PATH_STAGES[i], s)),
    sql`()`,
  ];
  const rows = await getDb()
    .select({
      field: stories.previousField,
      education: stories.education,
      how: stories.howHired,
      role: stories.role,
      mask: sql<number>`grouping(${sql.join(cols, sql`, `)})`.mapWith(Number),
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(stories)
    .where(and(listed, allFilters(filters)))
    .groupBy(sql`grouping sets (${sql.join(sets, sql`, `)})`);
  let total = 0;
  const nodes: PathNode[] = [];
  const flows: PathFlow[] = [];
  for (const row of rows) {
    const stages = groupedBy(row.mask);
    if (stages.length === 0) total = row.count;
    else if (stages.length === 1) nodes.push({ stage: stages[0], value: row[stages[0]], count: row.count });
    else flows.push({ from: stages[0], source: row[stages[0]], target: row[stages[1]], count: row.count });
  }
  return { total, nodes, flows };
}

/**
 * For each milestone kind, the month of each story's first milestone of that kind, as quartiles over
 * the stories that have one; the first offer is every story's months to offer.
 */
async function milestoneSpreads(filters: StoryFilters): Promise<MilestoneSpread[]> {
  const percentile = (p: number) => sql.raw(`percentile_cont(${p}) within group (order by month)`);
  const rows = rowsOf<{ kind: string; count: number; p25: number; median: number; p75: number }>(
    await getDb().execute(sql`
      with shown as (
        select ${stories.threadId} as id, ${stories.monthsToOffer} as months
        from ${stories}
        where ${and(listed, allFilters(filters))}
      ),
      firsts as (
        select m.kind, min(m.month) as month
        from story_milestones m join shown on shown.id = m.story_id
        where m.kind is not null
        group by m.story_id, m.kind
        union all
        select 'offer', months from shown
      )
      select kind, count(*)::int as count, ${percentile(0.25)} as p25, ${percentile(0.5)} as median,
        ${percentile(0.75)} as p75
      from firsts
      group by kind`),
  );
  // The drivers differ on numeric types: read each as a number.
  return rows.map((r) => ({
    kind: r.kind,
    count: Number(r.count),
    p25: Number(r.p25),
    median: Number(r.median),
    p75: Number(r.p75),
  }));
}

export async function getPathMap(filters: StoryFilters): Promise<PathMap> {
  const [{ total, nodes, flows }, milestones] = await Promise.all([flowsAndNodes(filters), milestoneSpreads(filters)]);
  return { total, nodes, flows, milestones };
}
