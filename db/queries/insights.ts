// What the stories say together. Every number is computed in Postgres (counts, percentiles), so the
// page costs a handful of aggregate statements however many stories there are.
import "server-only";
import { and, count, desc, eq, max, min, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { listed } from "./stories";
import { followUpInsights } from "./follow-ups";
import { resources, stories, storyResources } from "../schema";

export type Spread = {
  group: string;
  count: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
};

// Hidden stories are left out, as from every list.
const live = listed;
const percentile = (p: number) =>
  sql<number>`percentile_cont(${sql.raw(String(p))}) within group (order by ${stories.monthsToOffer})`.mapWith(Number);

/** Months to the first offer per group (and overall, as group null): count, min, quartiles, max. */
async function monthsSpreadBy(column: PgColumn): Promise<{ groups: Spread[]; overall: Spread | null }> {
  const rows = await getDb()
    .select({
      group: sql<string | null>`${column}`,
      count: count().mapWith(Number),
      min: min(stories.monthsToOffer).mapWith(Number),
      p25: percentile(0.25),
      median: percentile(0.5),
      p75: percentile(0.75),
      max: max(stories.monthsToOffer).mapWith(Number),
    })
    .from(stories)
    .where(live)
    .groupBy(sql`grouping sets ((${column}), ())`)
    .orderBy(sql`${column} nulls first`);
  const overall = rows.find((r) => r.group === null);
  return {
    groups: rows.filter((r): r is Spread => r.group !== null),
    overall: overall && overall.count > 0 ? { ...overall, group: "all" } : null,
  };
}

async function countsBy(column: PgColumn): Promise<Record<string, number>> {
  const rows = await getDb()
    .select({ value: sql<string>`${column}`, count: count().mapWith(Number) })
    .from(stories)
    .where(live)
    .groupBy(column);
  return Object.fromEntries(rows.map((r) => [r.value, r.count]));
}

/** Resources by how many live stories cite them; spelling variants share one row (lib/stories/resource-key.ts). */
async function topResources(limit: number) {
  return getDb()
    .select({ name: resources.name, key: resources.key, stories: count().mapWith(Number) })
    .from(storyResources)
    .innerJoin(resources, eq(resources.id, storyResources.resourceId))
    .innerJoin(stories, and(eq(stories.threadId, storyResources.storyId), live))
    .groupBy(resources.id)
    .orderBy(desc(count()), resources.name)
    .limit(limit);
}

export async function getInsights() {
  const [byEducation, byField, perEducation, howHired, cited, followUps] = await Promise.all([
    monthsSpreadBy(stories.education),
    monthsSpreadBy(stories.previousField),
    countsBy(stories.education),
    countsBy(stories.howHired),
    topResources(15),
    followUpInsights(),
  ]);
  return {
    total: byEducation.overall?.count ?? 0,
    overall: byEducation.overall,
    storiesPerEducation: perEducation,
    monthsByEducation: byEducation.groups,
    monthsByField: byField.groups,
    howHired,
    topResources: cited,
    followUps,
  };
}
