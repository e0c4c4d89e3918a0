// The weekly digest's content for one member (issue 26): the most helpful discussions of the week in
// the categories they read, and new stories from starting points close to their own. Three statements
// at most, whatever the data: the member (suspension, own starting point, categories read), then the
// discussions and the stories side by side. Sends nothing; the sender calls digestFor once per member.
import "server-only";
import { and, desc, eq, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { type CategorySlug, categoryById } from "@/lib/categories";
import {
  DIGEST_DISCUSSIONS,
  DIGEST_STORIES,
  type Digest,
  type DigestDiscussion,
  type DigestStory,
  digestWeekStart,
  plainExcerpt,
} from "@/lib/digest";
import { isSuspended } from "@/lib/permissions";
import { matchReasons } from "@/lib/stories/match-reasons";
import type { EducationSlug, FieldSlug } from "@/lib/stories/story-facts";
import { storyPathSentence } from "@/lib/stories/story-path";
import { storyPath, threadPath } from "@/lib/urls/paths";
import { getDb } from "../index";
import { stories, threads, users } from "../schema";
import { type StartingPoint, listed, startingPointScore } from "./stories";

/**
 * How much of a member's history says what they read: their latest this many reads, threads and
 * replies each. Recent interests, and a bound on the work: a member who has read thousands of
 * threads would otherwise cost a probe of each (or a walk of all threads) every week.
 */
const HISTORY = 100;

/** How much of an opening post's plain text is read for its excerpt (whitespace collapses after). */
const EXCERPT_SOURCE_CHARS = 1000;

type DigestOptions = {
  /** When "suspended" is judged; the time of the call unless given (tests). */
  now?: Date;
  discussions?: number;
  stories?: number;
};

/**
 * The digest of the week [weekEnd − 7 days, weekEnd) for `userId`, or null when nothing should be
 * sent: no such member, a suspended member, or a week with nothing new for them.
 */
export async function digestFor(
  userId: string,
  weekEnd: Date,
  { now = new Date(), discussions = DIGEST_DISCUSSIONS, stories: storyLimit = DIGEST_STORIES }: DigestOptions = {},
): Promise<Digest | null> {
  const weekStart = digestWeekStart(weekEnd);
  const member = await memberFacts(userId);
  if (!member || isSuspended(member, now)) return null;
  const week = { userId, weekStart, weekEnd };
  const [found, liked] = await Promise.all([
    helpfulDiscussions(week, member.categoryIds, discussions),
    member.start ? storiesLikeMine(week, member.start, storyLimit) : Promise.resolve([]),
  ]);
  if (found.length === 0 && liked.length === 0) return null;
  return {
    userId,
    weekStart,
    weekEnd,
    categories: member.categoryIds && member.categoryIds.map((id) => categoryById(id).slug as CategorySlug),
    discussions: found,
    stories: liked,
  };
}

type Week = { userId: string; weekStart: Date; weekEnd: Date };

/**
 * One statement, index probes by the member's id (a parameter, not correlated: Drizzle leaves columns
 * unqualified in a one-table select, where "id" would name a subquery's own):
 * - their suspension;
 * - the starting point of their newest story: the only background the data holds (members state none
 *   elsewhere, and the paths-like-mine form's answers stay in the browser);
 * - the categories of the discussions they recently read (thread_reads), started or replied in
 *   (HISTORY of each). Stories they read do not count: they all sit in one category, which holds no
 *   discussions, and the digest picks stories by starting point instead.
 * Their threads and replies are walked newest first on threads_author_id_idx and replies_author_id_idx;
 * their reads are found by thread_reads' primary key and sorted by time. No index orders a member's
 * reads by time: fine for a weekly job (db/query-plans.test.ts checks a member who read 3,000
 * threads); (user_id, updated_at) would be the index to add if members come to read tens of thousands.
 */
async function memberFacts(userId: string) {
  const [row] = await getDb()
    .select({
      suspendedUntil: users.suspendedUntil,
      start: sql<[string, string] | null>`(
        select array[own.education, own.previous_field]
        from ${threads} mine join ${stories} own on own.thread_id = mine.id
        where mine.author_id = ${userId} and own.deleted_at is null
        order by mine.created_at desc, mine.id desc limit 1)`,
      categoryIds: sql<number[]>`array(
        select distinct t.category_id from ${threads} t
        where t.kind = 'discussion' and t.id in (
          (select r.thread_id from thread_reads r where r.user_id = ${userId} order by r.updated_at desc limit ${HISTORY})
          union (select s.id from ${threads} s where s.author_id = ${userId} order by s.created_at desc limit ${HISTORY})
          union (select p.thread_id from replies p where p.author_id = ${userId} order by p.created_at desc limit ${HISTORY}))
        order by t.category_id)`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return null;
  const [education, field] = row.start ?? [];
  const start: StartingPoint | null = row.start
    ? { education: education as EducationSlug, field: field as FieldSlug }
    : null;
  // PGlite answers the array as numbers, postgres-js (smallint[]) too; Number() keeps both honest.
  const ids = (row.categoryIds ?? []).map(Number);
  return {
    suspendedUntil: row.suspendedUntil,
    start,
    // A member with no history yet (one who turned the digest on before reading anything signed in)
    // gets the week's best of every category, as the home page shows a signed-out reader, rather than
    // a digest that can never have anything in it.
    categoryIds: ids.length > 0 ? ids : null,
  };
}

/**
 * The week's "Top this week" (lib/urls/thread-sorts.ts) in those categories: discussions started in
 * the week, by helpful marks on the opening post, then newest id. Listed ones only (neither deleted nor
 * hidden by the moderators), not the member's own, and only those someone marked helpful: a week whose
 * new discussions nobody found helpful has no "most helpful" to tell of. Counts are as they are at the
 * call, like the site's own Top list. Walks threads_category_newest_idx (or threads_newest_idx for
 * every category) over the week's range and sorts those few rows.
 */
async function helpfulDiscussions(
  week: Week,
  categoryIds: number[] | null,
  limit: number,
): Promise<DigestDiscussion[]> {
  const rows = await getDb()
    .select({
      id: threads.id,
      title: threads.title,
      categoryId: threads.categoryId,
      replyCount: threads.replyCount,
      helpfulCount: threads.helpfulCount,
      text: sql<string>`left(${threads.bodyText}, ${sql.raw(String(EXCERPT_SOURCE_CHARS))})`,
    })
    .from(threads)
    .where(
      and(
        // A literal, as the list indexes' predicates are written (db/queries/threads.ts unansweredDiscussions).
        sql`${threads.kind} = 'discussion'`,
        isNull(threads.deletedAt),
        isNull(threads.hiddenAt),
        ne(threads.authorId, week.userId),
        gte(threads.createdAt, week.weekStart),
        lt(threads.createdAt, week.weekEnd),
        gte(threads.helpfulCount, 1),
        categoryIds ? inArray(threads.categoryId, categoryIds) : undefined,
      ),
    )
    .orderBy(desc(threads.helpfulCount), desc(threads.id))
    .limit(limit);
  return rows.map((row) => {
    const category = categoryById(row.categoryId);
    return {
      id: row.id,
      title: row.title,
      path: threadPath({ id: row.id, title: row.title, kind: "discussion" }),
      category: { slug: category.slug, name: category.name },
      replyCount: row.replyCount,
      helpfulCount: row.helpfulCount,
      excerpt: plainExcerpt(row.text),
    };
  });
}

/**
 * Stories published in the week (listed, not the member's own) whose starting point scores above 0
 * against the member's (paths like mine, db/queries/stories.ts), closest first, then most helpful,
 * newest. Walks stories_newest_idx over the week's range.
 */
async function storiesLikeMine(week: Week, start: StartingPoint, limit: number): Promise<DigestStory[]> {
  const score = startingPointScore(start).mapWith(Number);
  const rows = await getDb()
    .select({
      id: stories.threadId,
      title: threads.title,
      education: stories.education,
      previousField: stories.previousField,
      previousTitle: stories.previousTitle,
      role: stories.role,
      monthsToOffer: stories.monthsToOffer,
      score,
    })
    .from(stories)
    .innerJoin(threads, eq(threads.id, stories.threadId))
    .where(
      and(
        listed,
        ne(threads.authorId, week.userId),
        gte(stories.createdAt, week.weekStart),
        lt(stories.createdAt, week.weekEnd),
        sql`${startingPointScore(start)} > 0`,
      ),
    )
    .orderBy(desc(score), desc(stories.helpfulCount), desc(stories.createdAt), desc(stories.threadId))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    path: storyPath({ id: row.id, title: row.title }),
    summary: storyPathSentence(row),
    reasons: matchReasons(start, row),
  }));
}
