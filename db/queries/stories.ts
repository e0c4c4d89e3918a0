// Reads for stories: filtered lists with keyset pagination, facet counts, one story, "paths like mine".
// Each function runs a fixed number of SQL statements; counting and ranking happen in Postgres.
import "server-only";
import { cache } from "react";
import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { type NumberCursor, encodeNumberCursor } from "@/lib/urls/cursor";
import { DURATIONS, EDUCATION, type EducationSlug, type FieldSlug } from "@/lib/stories/story-facts";
import type { FilterName, StoryFilters, StorySort } from "@/lib/stories/story-filters";
import { getDb } from "../index";
import { tagNames } from "./thread-order";
import { resources, stories, storyMilestones, storyResources, threads, users } from "../schema";
import { followUpCount, storyFollowUps } from "./follow-ups";

/** Stories that lists, facets and insights count: neither deleted nor hidden by the moderators. */
export const listed = and(isNull(stories.deletedAt), isNull(stories.hiddenAt));

export const STORIES_PER_PAGE = 20;

// The duration bucket as SQL, built from lib/stories/story-facts.ts. Constants are inlined (not parameters)
// so the expression is textually the same in SELECT and GROUP BY.
const durationBucket = sql.raw(
  `case ${DURATIONS.map((d) => `when "stories"."months_to_offer" < ${d.max} then '${d.slug}'`).join(" ")} end`,
);

function filterCondition(name: FilterName, filters: StoryFilters): SQL | undefined {
  switch (name) {
    case "education":
      return filters.education ? eq(stories.education, filters.education) : undefined;
    case "role":
      return filters.role ? eq(stories.role, filters.role) : undefined;
    case "field":
      return filters.field ? eq(stories.previousField, filters.field) : undefined;
    case "how":
      return filters.how ? eq(stories.howHired, filters.how) : undefined;
    case "time": {
      const bucket = DURATIONS.find((d) => d.slug === filters.time);
      return bucket
        ? sql`${stories.monthsToOffer} >= ${bucket.min} and ${stories.monthsToOffer} < ${bucket.max}`
        : undefined;
    }
  }
}

const FILTER_NAMES: FilterName[] = ["education", "role", "field", "time", "how"];

export function allFilters(filters: StoryFilters, except?: FilterName): SQL | undefined {
  return and(...FILTER_NAMES.filter((n) => n !== except).map((n) => filterCondition(n, filters)));
}

const storyCard = {
  id: stories.threadId,
  title: threads.title,
  createdAt: stories.createdAt,
  replyCount: threads.replyCount,
  helpfulCount: stories.helpfulCount,
  role: stories.role,
  education: stories.education,
  previousField: stories.previousField,
  previousTitle: stories.previousTitle,
  monthsToOffer: stories.monthsToOffer,
  firstRoleYear: stories.firstRoleYear,
  howHired: stories.howHired,
  // Follow-ups (db/queries/follow-ups.ts), for the card's "2 follow-ups".
  followUps: followUpCount,
  // Ask the author: whether the story takes questions (the story page's form, the invitations).
  questionsOpen: stories.questionsOpen,
  author: { id: users.id, login: users.login, image: users.image, isSample: users.isSample },
};

export type StoryCard = Awaited<ReturnType<typeof listStories>>["stories"][number];

/** The column of each story order, its direction, and a row's value of it (the next page's cursor). */
export function sortKey(sort: StorySort) {
  switch (sort) {
    case "helpful":
      return {
        column: stories.helpfulCount,
        direction: "desc" as const,
        value: (s: { helpfulCount: number }) => s.helpfulCount,
      };
    case "fastest":
      return {
        column: stories.monthsToOffer,
        direction: "asc" as const,
        value: (s: { monthsToOffer: number }) => s.monthsToOffer,
      };
    case "newest":
      return {
        column: stories.createdAt,
        direction: "desc" as const,
        value: (s: { createdAt: Date }) => s.createdAt.getTime(),
      };
  }
}

/** One page of stories matching the filters, in the chosen order, after the keyset cursor. */
export async function listStories(
  filters: StoryFilters,
  sort: StorySort,
  cursor: NumberCursor | null,
  limit = STORIES_PER_PAGE,
) {
  const key = sortKey(sort);
  const cursorValue = cursor && (sort === "newest" ? new Date(cursor.value) : cursor.value);
  // A row comparison, so the index scan starts at the cursor (see listThreads).
  const after =
    cursor && cursorValue !== null
      ? key.direction === "desc"
        ? sql`(${key.column}, ${stories.threadId}) < (${sql.param(cursorValue, key.column)}, ${cursor.id})`
        : sql`(${key.column}, ${stories.threadId}) > (${sql.param(cursorValue, key.column)}, ${cursor.id})`
      : undefined;
  const order =
    key.direction === "desc" ? [desc(key.column), desc(stories.threadId)] : [asc(key.column), asc(stories.threadId)];
  const rows = await getDb()
    .select(storyCard)
    .from(stories)
    .innerJoin(threads, eq(threads.id, stories.threadId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(listed, allFilters(filters), after))
    .orderBy(...order)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    stories: page,
    nextCursor:
      rows.length > limit && last
        ? encodeNumberCursor({ value: (key.value as (s: typeof last) => number)(last), id: last.id })
        : null,
  };
}

export type Facets = Record<FilterName, Record<string, number>> & { total: number };

/**
 * Counts per filter value for the current selection, in one statement. Each dimension is counted
 * under every other active filter but not its own, so a reader sees what switching a value would give.
 */
export async function storyFacets(filters: StoryFilters): Promise<Facets> {
  const countUnless = (name: FilterName) =>
    sql<number>`count(*) filter (where ${allFilters(filters, name) ?? sql`true`})`.mapWith(Number);
  const rows = await getDb()
    .select({
      education: stories.education,
      role: stories.role,
      field: stories.previousField,
      how: stories.howHired,
      time: sql<string | null>`${durationBucket}`,
      grouped: sql<string>`case when grouping(${stories.education}) = 0 then 'education'
        when grouping(${stories.role}) = 0 then 'role'
        when grouping(${stories.previousField}) = 0 then 'field'
        when grouping(${stories.howHired}) = 0 then 'how'
        when grouping(${durationBucket}) = 0 then 'time' else 'total' end`,
      education_n: countUnless("education"),
      role_n: countUnless("role"),
      field_n: countUnless("field"),
      how_n: countUnless("how"),
      time_n: countUnless("time"),
      total_n: sql<number>`count(*) filter (where ${allFilters(filters) ?? sql`true`})`.mapWith(Number),
    })
    .from(stories)
    .where(listed)
    .groupBy(
      sql`grouping sets ((${stories.education}), (${stories.role}), (${stories.previousField}), (${stories.howHired}), (${durationBucket}), ())`,
    );
  const facets = { education: {}, role: {}, field: {}, how: {}, time: {}, total: 0 } as Facets;
  for (const row of rows) {
    if (row.grouped === "total") {
      facets.total = row.total_n;
      continue;
    }
    const name = row.grouped as FilterName;
    const value = row[name];
    if (value !== null) facets[name][value] = row[`${name}_n`];
  }
  return facets;
}

/** A live story with its thread, author, resources, milestones and follow-ups (four statements, once per request). */
export const getStory = cache(async (id: number) => {
  const db = getDb();
  const [[story], storyResourceRows, milestones, followUps] = await Promise.all([
    db
      .select({
        ...storyCard,
        body: threads.body,
        bodyHtml: threads.bodyHtml,
        updatedAt: threads.updatedAt,
        editedAt: threads.editedAt,
        hiddenAt: threads.hiddenAt,
        hiddenReason: threads.hiddenReason,
        lockedAt: threads.lockedAt,
        author: { id: users.id, login: users.login, name: users.name, image: users.image, isSample: users.isSample },
        tags: tagNames,
      })
      .from(stories)
      .innerJoin(threads, eq(threads.id, stories.threadId))
      .innerJoin(users, eq(users.id, threads.authorId))
      .where(and(eq(stories.threadId, id), isNull(stories.deletedAt))),
    db
      .select({ label: storyResources.label, name: resources.name, key: resources.key })
      .from(storyResources)
      .innerJoin(resources, eq(resources.id, storyResources.resourceId))
      .where(eq(storyResources.storyId, id))
      .orderBy(asc(storyResources.position)),
    db
      .select({ month: storyMilestones.month, text: storyMilestones.text, kind: storyMilestones.kind })
      .from(storyMilestones)
      .where(eq(storyMilestones.storyId, id))
      .orderBy(asc(storyMilestones.position)),
    storyFollowUps(id),
  ]);
  if (!story) return null;
  // A hidden story's words never reach its public page, only the moderators' reason.
  if (story.hiddenAt)
    return {
      ...story,
      title: "",
      body: "",
      bodyHtml: "",
      previousTitle: "",
      resources: [],
      milestones: [],
      followUps: [],
      tags: [],
    };
  return { ...story, resources: storyResourceRows, milestones, followUps };
});

export type StoryView = NonNullable<Awaited<ReturnType<typeof getStory>>>;

const educationOrder = sql.raw(`array[${EDUCATION.map((e) => `'${e.slug}'`).join(",")}]::text[]`);

export type StartingPoint = { education?: EducationSlug; field?: FieldSlug };

/**
 * How close a story's starting point is to `start`, as SQL over `stories`: same education scores 3,
 * a neighbouring level 1; the same previous field 3 (lib/stories/match-reasons.ts says it in words).
 * Also the weekly digest's "paths like mine" (db/queries/digest.ts).
 */
export function startingPointScore(start: StartingPoint): SQL<number> {
  const educationScore = start.education
    ? sql`case
        when ${stories.education} = ${start.education} then 3
        when abs(array_position(${educationOrder}, ${stories.education}) - array_position(${educationOrder}, ${start.education}::text)) = 1 then 1
        else 0 end`
    : sql`0`;
  const fieldScore = start.field ? sql`case when ${stories.previousField} = ${start.field} then 3 else 0 end` : sql`0`;
  return sql<number>`(${educationScore}) + (${fieldScore})`;
}

/**
 * "Paths like mine": stories ranked by how close their starting point is to the reader's
 * (startingPointScore). Ties: most helpful, newest.
 */
export async function pathsLikeMine(start: StartingPoint, limit = 20) {
  const score = startingPointScore(start).mapWith(Number);
  return getDb()
    .select({ ...storyCard, score })
    .from(stories)
    .innerJoin(threads, eq(threads.id, stories.threadId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(listed, sql`${startingPointScore(start)} > 0`))
    .orderBy(desc(score), desc(stories.helpfulCount), desc(stories.createdAt), desc(stories.threadId))
    .limit(limit);
}

/** The newest stories, for the home page. */
export async function recentStories(limit = 5) {
  return (await listStories({}, "newest", null, limit)).stories;
}
