// Reads for follow-ups: a story's timeline of them, one for its edit page, and what they say together
// (one aggregate statement for the insights page).
import "server-only";
import { and, asc, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { PROGRESS_KINDS } from "@/lib/stories/follow-ups";
import { getDb } from "../index";
import { stories, followUps, threads } from "../schema";

// As db/queries/stories.ts `listed` (not imported: that module imports this one): neither deleted nor hidden.
const listed = and(isNull(stories.deletedAt), isNull(stories.hiddenAt));

const live = isNull(followUps.deletedAt);

/** A story's live follow-ups in timeline order (months after the offer, then as written): one index walk. */
export async function storyFollowUps(storyId: number) {
  return getDb()
    .select({
      id: followUps.id,
      monthsAfterOffer: followUps.monthsAfterOffer,
      kind: followUps.kind,
      stillInMl: followUps.stillInMl,
      bodyHtml: followUps.bodyHtml,
      createdAt: followUps.createdAt,
      updatedAt: followUps.updatedAt,
    })
    .from(followUps)
    .where(and(eq(followUps.storyId, storyId), live))
    .orderBy(asc(followUps.monthsAfterOffer), asc(followUps.id));
}

export type FollowUpView = Awaited<ReturnType<typeof storyFollowUps>>[number];

/** Live follow-ups on a listed story: what cards count and the insights aggregate. */
export const followUpCount = sql<number>`(select count(*) from ${followUps}
  where ${followUps.storyId} = ${stories.threadId} and ${followUps.deletedAt} is null)`.mapWith(Number);

/** A live follow-up as written, with its story, for its edit page; null when there is none. */
export async function getFollowUpForEdit(id: number) {
  const [row] = await getDb()
    .select({
      id: followUps.id,
      storyId: followUps.storyId,
      authorId: followUps.authorId,
      monthsAfterOffer: followUps.monthsAfterOffer,
      kind: followUps.kind,
      stillInMl: followUps.stillInMl,
      body: followUps.body,
      storyTitle: threads.title,
      storyHiddenAt: threads.hiddenAt,
    })
    .from(followUps)
    .innerJoin(stories, and(eq(stories.threadId, followUps.storyId), isNull(stories.deletedAt)))
    .innerJoin(threads, eq(threads.id, stories.threadId))
    .where(and(eq(followUps.id, id), live));
  return row ?? null;
}

export type FollowUpInsights = {
  /** Live follow-ups on listed stories, and the stories that have at least one. */
  followUps: number;
  storiesFollowedUp: number;
  /** Follow-ups whose kind is a promotion or a raise. */
  progress: number;
  /** Stories with a follow-up 12 or more months after the offer, and of those, how many say (in the latest such follow-up) they are still in ML. */
  yearOn: number;
  yearOnStillInMl: number;
  /** Follow-ups per kind slug. */
  byKind: Record<string, number>;
};

/**
 * Every follow-up figure in one statement. "Still in ML a year on" reads each story's latest
 * follow-up from month 12 on (latest by month, then by id), so a story that said "yes" at 12 months
 * and "left ML" at 30 counts once, as left.
 */
export async function followUpInsights(): Promise<FollowUpInsights> {
  const db = getDb();
  const progress = sql.join(
    PROGRESS_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const counted = db.$with("counted").as(
    db
      .select({
        storyId: followUps.storyId,
        months: followUps.monthsAfterOffer,
        id: followUps.id,
        kind: followUps.kind,
        stillInMl: followUps.stillInMl,
      })
      .from(followUps)
      .innerJoin(stories, and(eq(stories.threadId, followUps.storyId), listed))
      .where(live),
  );
  const yearOn = db
    .$with("year_on")
    .as(
      db
        .selectDistinctOn([counted.storyId], { storyId: counted.storyId, stillInMl: counted.stillInMl })
        .from(counted)
        .where(gte(counted.months, 12))
        .orderBy(counted.storyId, desc(counted.months), desc(counted.id)),
    );
  const [row] = await db
    .with(counted, yearOn)
    .select({
      followUps: sql<number>`(select count(*) from ${counted})`.mapWith(Number),
      storiesFollowedUp: sql<number>`(select count(distinct story_id) from ${counted})`.mapWith(Number),
      progress: sql<number>`(select count(*) from ${counted} where kind in (${progress}))`.mapWith(Number),
      yearOn: sql<number>`(select count(*) from ${yearOn})`.mapWith(Number),
      yearOnStillInMl: sql<number>`(select count(*) from ${yearOn} where still_in_ml)`.mapWith(Number),
      byKind: sql<
        Record<string, number> | string
      >`(select coalesce(json_object_agg(kind, n), '{}') from (select kind, count(*) as n from ${counted} group by kind) per_kind)`,
    })
    .from(sql`(select 1) as figures`);
  // json arrives parsed from one driver and as text from the other.
  const byKind = typeof row.byKind === "string" ? (JSON.parse(row.byKind) as Record<string, number>) : row.byKind;
  return { ...row, byKind: Object.fromEntries(Object.entries(byKind).map(([k, n]) => [k, Number(n)])) };
}
