// Every list query, as the app sends it, is planned as an index walk in list order on a few thousand
// rows: no whole-table Seq Scan of threads, replies or stories, and no Sort of (most of) a table.
// An index whose ASC/DESC or NULLS FIRST/LAST differs from the ORDER BY cannot serve it, and the
// planner then reads and sorts everything; that only shows once there are enough rows, hence this test.
//
// Left out on purpose, because they read every live story by design: storyFacets and getInsights
// (counts and percentiles over all stories) and pathsLikeMine (ranked by a score computed per reader,
// which no index can hold in order); and listCategories, the category index's count of every listed
// thread per category (cached under "categories", which only a new, deleted, hidden or moved thread expires).
import type { PGlite } from "@electric-sql/pglite";
import { sql, type DrizzleConfig, type Logger } from "drizzle-orm";
import type { Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EDUCATION, FIELDS, HOW_HIRED, ROLES } from "@/lib/stories/story-facts";
import { SORTS, type StoryFilters } from "@/lib/stories/story-filters";
import { getDb } from "./index";
import { listStories, recentStories } from "./queries/stories";
import { decodeStoryCursor } from "@/lib/stories/story-filters";
import { listReplies, listThreads } from "./queries/threads";
import { getPostHistory } from "./queries/revisions";
import { storyFollowUps } from "./queries/follow-ups";
import { searchPosts } from "./queries/search";
import type { SearchRequest } from "@/lib/urls/search-query";
import { listCategoryThreads, listTagThreads } from "./queries/thread-lists";
import { feedCategoryThreads, feedTagThreads } from "./queries/feeds";
import { THREAD_SORTS, decodeThreadCursor } from "@/lib/urls/thread-sorts";
import { FEED_ENTRIES } from "@/lib/feeds";
import { listNotifications } from "./queries/notifications";
import { readerState } from "./queries/reader";
import { digestFor } from "./queries/digest";
import type * as schema from "./schema";
import { useFreshDatabase } from "./test/database";

type Schema = typeof schema;

type SentQuery = { text: string; params: unknown[] };

// postgres-js answers `execute` with the rows, PGlite with { rows }.
const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];

// The SQL and parameters the real query functions send, read through Drizzle's public logger option:
// db/index.ts builds its handle with `drizzle(client, { schema })`, and these mocks add a logger to
// that call and change nothing else, so the app's code stays free of test hooks.
const sent = vi.hoisted(() => {
  const log = { recording: null as SentQuery[] | null };
  const logger: Logger = {
    logQuery(text, params) {
      log.recording?.push({ text, params });
    },
  };
  return { log, logger };
});
vi.mock("drizzle-orm/pglite", async (importOriginal) => {
  const actual = await importOriginal<typeof import("drizzle-orm/pglite")>();
  return {
    ...actual,
    drizzle: (client: PGlite, config: DrizzleConfig<Schema>) =>
      actual.drizzle(client, { ...config, logger: sent.logger }),
  };
});
vi.mock("drizzle-orm/postgres-js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("drizzle-orm/postgres-js")>();
  return {
    ...actual,
    drizzle: (client: Sql, config: DrizzleConfig<Schema>) => actual.drizzle(client, { ...config, logger: sent.logger }),
  };
});

/** The statements `run` sends to the database. */
async function recorded(run: () => Promise<unknown>): Promise<SentQuery[]> {
  sent.log.recording = [];
  try {
    await run();
    return sent.log.recording;
  } finally {
    sent.log.recording = null;
  }
}

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Plan Rows": number;
  "Sort Key"?: string[];
  Plans?: PlanNode[];
};

/** EXPLAIN of one sent statement, with the same parameter values (so the planner sees a real cursor). */
async function plan(query: SentQuery): Promise<PlanNode> {
  // Drizzle writes parameters as $1…$n (these statements hold no "$" otherwise); each becomes a
  // parameter again, so the values reach the planner as the query function sent them.
  const parts = query.text.split(/\$(\d+)/);
  const chunks = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${query.params[Number(part) - 1]}`));
  const [row] = rowsOf<{ "QUERY PLAN": unknown }>(
    await getDb().execute(sql`explain (format json) ${sql.join(chunks)}`),
  );
  const json = row["QUERY PLAN"];
  const explained = (typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[];
  return explained[0].Plan;
}

const LIST_TABLES = ["threads", "replies", "stories", "post_revisions", "story_updates", "thread_tags"];
// A Sort over at least this share of a table's rows is sorting the table. Below it is a filtered
// handful: a story list under selective filters may well be planned as a bitmap scan of the facet
// indexes and a sort of the few matches, which is fine.
const WHOLE_TABLE_SHARE = 0.25;

function relationsUnder(node: PlanNode): string[] {
  return [...(node["Relation Name"] ? [node["Relation Name"]] : []), ...(node.Plans ?? []).flatMap(relationsUnder)];
}

/** What in a plan reads or sorts a whole list table. */
function wholeTableWork(node: PlanNode, tableRows: Record<string, number>): string[] {
  const found: string[] = [];
  const relation = node["Relation Name"];
  if (node["Node Type"] === "Seq Scan" && relation && LIST_TABLES.includes(relation)) {
    found.push(`Seq Scan on ${relation}`);
  }
  if (node["Node Type"] === "Sort") {
    for (const table of new Set(relationsUnder(node).filter((r) => LIST_TABLES.includes(r)))) {
      if (node["Plan Rows"] >= WHOLE_TABLE_SHARE * tableRows[table]) {
        found.push(
          `Sort by ${node["Sort Key"]?.join(", ")} over ~${node["Plan Rows"]} of the ${tableRows[table]} rows of ${table}`,
        );
      }
    }
  }
  return [...found, ...(node.Plans ?? []).flatMap((child) => wholeTableWork(child, tableRows))];
}

const THREADS = 6_000; // half discussions, half stories' threads, interleaved in time
const PLAN_TAGS = 60;
let planTagId: number;
const USERS = 40;
const REPLIES_PER_DISCUSSION = 4;
const LONG_THREAD_REPLIES = 1_000;
const tableRows: Record<string, number> = {};
let longThreadId: number;
let shortThreadId: number;
let middleReplyId: number;
let editedReplyId: number;
const EDITS_OF_ONE_POST = 600;
let aStoryId: number;
let done: () => Promise<void>;

const slugArray = (options: readonly { slug: string }[]) =>
  sql.raw(`array[${options.map((o) => `'${o.slug}'`).join(", ")}]`);

beforeAll(async () => {
  done = await useFreshDatabase();
  const db = getDb();
  await db.execute(sql`
    insert into users (id, login, name)
    select 'plan-user-' || g, 'plan-user-' || g, 'Plan user ' || g from generate_series(0, ${sql.raw(String(USERS - 1))}) g`);
  // Activity times come in pairs, so the list order has ties only the id breaks; a few threads are
  // deleted. Bodies have a realistic length: with tiny rows the whole table fits in a few pages, and
  // hashing all of it beats a few dozen index probes, which says nothing about the indexes.
  await db.execute(sql`
    insert into threads (kind, title, author_id, body, body_html, renderer_version, created_at, updated_at, last_activity_at, deleted_at)
    select case when g % 2 = 0 then 'discussion' else 'story' end, 'Plan thread ' || g, 'plan-user-' || (g % ${sql.raw(String(USERS))}),
      repeat('A paragraph about one path into machine learning. ', 12),
      '<p>' || repeat('A paragraph about one path into machine learning. ', 12) || '</p>', 1,
      timestamptz '2026-01-01 00:00Z' + g * interval '1 minute',
      timestamptz '2026-01-01 00:00Z' + g * interval '1 minute',
      timestamptz '2026-01-01 00:00Z' + ((g * 7919) % ${sql.raw(String(THREADS))} / 2) * interval '1 minute',
      case when g % 97 = 0 then timestamptz '2026-06-01 00:00Z' end
    from generate_series(1, ${sql.raw(String(THREADS))}) g`);
  // A few replies on every discussion, and one long conversation to page through (some replies
  // deleted), written in time order so its replies sit among the others as they would in a real forum.
  await db.execute(sql`
    insert into replies (thread_id, author_id, body, body_html, renderer_version, created_at, updated_at, deleted_at)
    select thread_id, author_id, repeat('A reply. ', 20), '<p>' || repeat('A reply. ', 20) || '</p>', 1, at, at, deleted_at
    from (
      select id as thread_id, author_id, last_activity_at - r * interval '1 second' as at, null::timestamptz as deleted_at
      from threads, generate_series(1, ${sql.raw(String(REPLIES_PER_DISCUSSION))}) r where kind = 'discussion'
      union all
      select (select min(id) from threads where kind = 'discussion'), 'plan-user-' || (g % ${sql.raw(String(USERS))}),
        timestamptz '2026-01-01 00:00Z' + g * interval '3 minutes',
        case when g % 31 = 0 then timestamptz '2026-06-01 00:00Z' end
      from generate_series(1, ${sql.raw(String(LONG_THREAD_REPLIES))}) g
    ) written order by at`);
  // Facets spread independently of each other and of time; helpful counts and months repeat (ties).
  await db.execute(sql`
    insert into stories (thread_id, role, education, previous_field, previous_title, months_to_offer, first_role_year, how_hired,
      created_at, helpful_count, deleted_at)
    select id,
      (${slugArray(ROLES)})[1 + n % ${sql.raw(String(ROLES.length))}],
      (${slugArray(EDUCATION)})[1 + n % ${sql.raw(String(EDUCATION.length))}],
      (${slugArray(FIELDS)})[1 + (n / 7) % ${sql.raw(String(FIELDS.length))}],
      'Analyst', (n * 37) % 121, 2000 + n % 26,
      (${slugArray(HOW_HIRED)})[1 + (n / 3) % ${sql.raw(String(HOW_HIRED.length))}],
      created_at, (n * 13) % 40, deleted_at
    from (select id, created_at, deleted_at, row_number() over (order by id) as n from threads where kind = 'story') story_threads`);
  // Edit history: one earlier version of every discussion, and a long history for one thread and one reply.
  await db.execute(sql`
    insert into post_revisions (thread_id, version, title, body, editor_id, created_at)
    select id, 1, title, body, author_id, created_at + interval '1 minute' from threads where kind = 'discussion'
    union all
    select (select max(id) from threads where kind = 'discussion' and deleted_at is null), v, 'Plan thread', repeat('An older version. ', 12),
      'plan-user-1', timestamptz '2026-02-01 00:00Z' + v * interval '1 minute'
    from generate_series(2, ${sql.raw(String(EDITS_OF_ONE_POST))}) v`);
  await db.execute(sql`
    insert into post_revisions (reply_id, version, body, editor_id, created_at)
    select (select max(id) from replies where deleted_at is null), v, repeat('An older reply. ', 12), 'plan-user-2',
      timestamptz '2026-02-01 00:00Z' + v * interval '1 minute'
    from generate_series(1, ${sql.raw(String(EDITS_OF_ONE_POST))}) v`);
  // Follow-ups: three on every story (one deleted on some), so a story card's count and a story's
  // timeline must each find theirs through the index, not by reading all of them.
  await db.execute(sql`
    insert into story_updates (story_id, author_id, months_after_offer, kind, still_in_ml, body, body_html, renderer_version, created_at, updated_at, deleted_at)
    select s.thread_id, t.author_id, (k * 11) % 60, 'same-role', true, repeat('Later. ', 20), '<p>' || repeat('Later. ', 20) || '</p>', 1,
      s.created_at, s.created_at, case when k = 3 and s.thread_id % 5 = 0 then timestamptz '2026-06-01 00:00Z' end
    from stories s join threads t on t.id = s.thread_id, generate_series(1, 3) k`);
  // Search text: every post says the same common words, and one in 250 also a rare one, so a search
  // for it must find its few rows through the GIN indexes rather than read every post.
  await db.execute(sql`update threads set body_text = body || case when id % 250 = 0 then ' zeppelin' else '' end`);
  await db.execute(sql`update replies set body_text = body || case when id % 250 = 0 then ' zeppelin' else '' end`);
  // Categories spread over the threads; each thread has two of 60 tags (thread_tags copies its sort
  // keys, as setThreadTags does).
  await db.execute(sql`update threads set category_id = 1 + (id * 13) % 6`);
  // Two discussions in three have a reply marked as the answer, so the Unanswered lists are a third of them.
  await db.execute(sql`
    update threads set answer_reply_id = (select min(r.id) from replies r where r.thread_id = threads.id)
    where kind = 'discussion' and id % 3 <> 0`);
  await db.execute(
    sql`insert into tags (name) select 'plan-tag-' || g from generate_series(0, ${sql.raw(String(PLAN_TAGS - 1))}) g`,
  );
  await db.execute(sql`
    insert into thread_tags (thread_id, tag_id, position, last_activity_at, created_at, listed)
    select t.id, tag.id, p, t.last_activity_at, t.created_at, t.deleted_at is null and t.hidden_at is null
    from threads t, generate_series(0, 1) p
    join tags tag on true
    where tag.name = 'plan-tag-' || ((t.id * (p * 6 + 1)) % ${sql.raw(String(PLAN_TAGS))})
    on conflict do nothing`);
  await db.execute(sql`analyze`);

  const [found] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      select (select count(*) from threads)::int as threads, (select count(*) from replies)::int as replies,
        (select count(*) from stories)::int as stories, (select count(*) from story_updates)::int as story_updates,
        (select count(*) from post_revisions)::int as post_revisions, (select count(*) from thread_tags)::int as thread_tags,
        (select max(id) from replies where deleted_at is null)::int as edited_reply,
        (select min(thread_id) from stories where deleted_at is null)::int as a_story,
        (select id from tags where name = 'plan-tag-7')::int as tag_id,
        (select min(id) from threads where kind = 'discussion')::int as long_thread,
        (select max(id) from threads where kind = 'discussion' and deleted_at is null)::int as short_thread`),
  );
  Object.assign(tableRows, {
    threads: found.threads,
    replies: found.replies,
    stories: found.stories,
    post_revisions: found.post_revisions,
    story_updates: found.story_updates,
    thread_tags: found.thread_tags,
  });
  editedReplyId = found.edited_reply;
  aStoryId = found.a_story;
  planTagId = found.tag_id;
  longThreadId = found.long_thread;
  shortThreadId = found.short_thread;
  const [middle] = rowsOf<{ id: number }>(
    await db.execute(
      sql`select id from replies where thread_id = ${longThreadId} order by id offset ${LONG_THREAD_REPLIES / 2} limit 1`,
    ),
  );
  middleReplyId = Number(middle.id);
}, 120_000);
afterAll(() => done());

// A list call under test; `after`, when given, first fetches (unrecorded) the cursor a reader would
// have from the page before, and `page` receives it.
// `seeks`: the cursor must be an index condition, where the scan starts, not a filter applied to every
// row before it (page 2,000 would then read 60,000 rows).
type ListCase = {
  name: string;
  after?: () => Promise<string | undefined>;
  page: (after?: string) => Promise<unknown>;
  seeks?: boolean;
};

// Top of all time with the filter walks Top's own index and skips the answered (no index of its own).
const UNANSWERED_SORTS = ["active", "new", "top-all"] as const;
// The unanswered discussions (ids divisible by 6, see beforeAll) are all filed in category 1.
const UNANSWERED_CATEGORY = 1;

const nextCursorOf = async (page: Promise<{ nextCursor: string | null }>) => (await page).nextCursor ?? undefined;

const FILTER_SETS: { name: string; filters: StoryFilters }[] = [
  { name: "unfiltered", filters: {} },
  { name: "one filter", filters: { education: "no-degree" } },
  { name: "two filters", filters: { field: "finance", how: "referral" } },
  { name: "a time filter", filters: { time: "1-2-years" } },
];

const LISTS: ListCase[] = [
  // The Top orders of a week or a month list only recent threads, and these rows are months old: their
  // first pages are checked; their next pages walk the same index as Top of all time.
  ...THREAD_SORTS.flatMap(({ slug: sort, days }): ListCase[] =>
    (
      [
        { name: `thread list by ${sort}, first page`, page: () => listThreads(null, undefined, sort) },
        {
          name: `thread list by ${sort}, next page`,
          after: () => nextCursorOf(listThreads(null, undefined, sort)),
          page: (after) => listThreads(decodeThreadCursor(after, sort), undefined, sort),
          seeks: true,
        },
        { name: `category list by ${sort}, first page`, page: () => listCategoryThreads(3, sort, null) },
        {
          name: `category list by ${sort}, next page`,
          after: () => nextCursorOf(listCategoryThreads(3, sort, null)),
          page: (after) => listCategoryThreads(3, sort, decodeThreadCursor(after, sort)),
          seeks: true,
        },
        { name: `tag list by ${sort}, first page`, page: () => listTagThreads(planTagId, sort, null) },
        {
          name: `tag list by ${sort}, next page`,
          after: () => nextCursorOf(listTagThreads(planTagId, sort, null)),
          page: (after) => listTagThreads(planTagId, sort, decodeThreadCursor(after, sort)),
          seeks: true,
        },
      ] as ListCase[]
    ).filter((c) => days === null || !c.after),
  ),
  ...UNANSWERED_SORTS.flatMap((sort): ListCase[] => [
    { name: `unanswered by ${sort}, first page`, page: () => listThreads(null, undefined, sort, "unanswered") },
    {
      name: `unanswered by ${sort}, next page`,
      after: () => nextCursorOf(listThreads(null, undefined, sort, "unanswered")),
      page: (after) => listThreads(decodeThreadCursor(after, sort), undefined, sort, "unanswered"),
      seeks: sort !== "top-all",
    },
    {
      name: `unanswered in a category by ${sort}, first page`,
      page: () => listCategoryThreads(UNANSWERED_CATEGORY, sort, null, undefined, "unanswered"),
    },
    {
      name: `unanswered in a category by ${sort}, next page`,
      after: () => nextCursorOf(listCategoryThreads(UNANSWERED_CATEGORY, sort, null, undefined, "unanswered")),
      page: (after) =>
        listCategoryThreads(UNANSWERED_CATEGORY, sort, decodeThreadCursor(after, sort), undefined, "unanswered"),
      seeks: sort !== "top-all",
    },
  ]),
  { name: "category feed", page: () => feedCategoryThreads(3, FEED_ENTRIES) },
  { name: "tag feed", page: () => feedTagThreads(planTagId, FEED_ENTRIES) },
  { name: "replies of a short thread", page: () => listReplies(shortThreadId) },
  { name: "replies, first page", page: () => listReplies(longThreadId) },
  { name: "replies, after a reply", page: () => listReplies(longThreadId, { after: middleReplyId }) },
  { name: "replies, before a reply", page: () => listReplies(longThreadId, { before: middleReplyId }) },
  { name: "recent stories", page: () => recentStories() },
  { name: "a thread's edit history, first page", page: () => getPostHistory({ threadId: shortThreadId }) },
  {
    name: "a thread's edit history, an older page",
    page: () => getPostHistory({ threadId: shortThreadId }, EDITS_OF_ONE_POST / 2),
  },
  { name: "a reply's edit history, first page", page: () => getPostHistory({ replyId: editedReplyId }) },
  {
    name: "a reply's edit history, an older page",
    page: () => getPostHistory({ replyId: editedReplyId }, EDITS_OF_ONE_POST / 2),
  },
  { name: "a story's follow-ups", page: () => storyFollowUps(aStoryId) },
  ...SORTS.flatMap(({ slug: sort }) =>
    FILTER_SETS.flatMap(({ name, filters }): ListCase[] => [
      { name: `stories by ${sort}, ${name}, first page`, page: () => listStories(filters, sort, null) },
      {
        name: `stories by ${sort}, ${name}, next page`,
        after: () => nextCursorOf(listStories(filters, sort, null)),
        page: (after) => listStories(filters, sort, decodeStoryCursor(after, sort)),
        seeks: name === "unfiltered",
      },
    ]),
  ),
];

describe("list queries on a few thousand rows", () => {
  it.each(LISTS)("$name: walks an index in list order", async ({ after, page, seeks }) => {
    const cursor = await after?.();
    if (after) expect(cursor, "the first page has a next page").toBeDefined();
    const queries = await recorded(() => page(cursor));
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      const planned = await plan(query);
      expect(wholeTableWork(planned, tableRows), `${query.text}\n${outline(planned)}`).toEqual([]);
      if (seeks)
        expect(
          indexConditions(planned).some((c) => c.includes("ROW(")),
          `the cursor starts the scan\n${outline(planned)}`,
        ).toBe(true);
    }
  });
});

describe("the Unanswered lists", () => {
  const cases = [
    {
      name: "home, active",
      page: () => listThreads(null, undefined, "active", "unanswered"),
      index: "threads_unanswered_activity_idx",
    },
    {
      name: "home, new",
      page: () => listThreads(null, undefined, "new", "unanswered"),
      index: "threads_unanswered_newest_idx",
    },
    {
      name: "a category, active",
      page: () => listCategoryThreads(UNANSWERED_CATEGORY, "active", null, undefined, "unanswered"),
      index: "threads_category_unanswered_activity_idx",
    },
    {
      name: "a category, new",
      page: () => listCategoryThreads(UNANSWERED_CATEGORY, "new", null, undefined, "unanswered"),
      index: "threads_category_unanswered_newest_idx",
    },
  ];
  it.each(cases)("$name: walks its own partial index", async ({ page, index }) => {
    const [query] = await recorded(page);
    const planned = await plan(query);
    expect(indexNames(planned), outline(planned)).toContain(index);
  });

  it("list only unanswered discussions, in order", async () => {
    const { threads: rows } = await listThreads(null, 100, "active", "unanswered");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => !row.answered && row.kind === "discussion")).toBe(true);
    const times = rows.map((row) => row.lastActivityAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

const SEARCHES: { name: string; request: Partial<SearchRequest>; indexes: string[] }[] = [
  { name: "everything", request: {}, indexes: ["threads_search_idx", "replies_search_idx"] },
  { name: "everything, a later page", request: { page: 3 }, indexes: ["threads_search_idx", "replies_search_idx"] },
  { name: "discussions", request: { kind: "discussion" }, indexes: ["threads_search_idx"] },
  { name: "replies", request: { kind: "reply" }, indexes: ["replies_search_idx"] },
  {
    name: "stories with a fact",
    request: { kind: "story", story: { education: "no-degree" } },
    indexes: ["threads_search_idx"],
  },
  {
    name: "a phrase, or, -word",
    request: { q: '"zeppelin" or blimp -dirigible' },
    indexes: ["threads_search_idx", "replies_search_idx"],
  },
  // Few threads carry one tag: the planner starts from them (thread_tags), not from the text.
  {
    name: "in a category with a tag",
    request: { category: "projects-and-portfolios", tag: "plan-tag-7" },
    indexes: [],
  },
];

describe("search on a few thousand posts", () => {
  it.each(SEARCHES)("$name: finds its rows through the GIN indexes", async ({ request, indexes }) => {
    const queries = await recorded(() =>
      searchPosts({ q: "zeppelin", kind: null, category: null, tag: null, story: {}, page: 1, ...request }),
    );
    // Each statement follows its settings (what is left of SEARCH_TIMEOUT_MS, and whether a walk may
    // use the GIN index): the first look at each table, the rest of the few matches (through the
    // index: one in 250 posts says zeppelin), and the page.
    const own = queries.filter((q) => !/^\s*(begin|set transaction|commit)\b/i.test(q.text));
    const settings = own.filter((_, i) => i % 2 === 0);
    const statements = own.filter((_, i) => i % 2 === 1);
    expect(
      settings.every((q) => /set_config\('statement_timeout'/.test(q.text)),
      own.map((q) => q.text.slice(0, 60)).join("\n"),
    ).toBe(true);
    expect(statements.length).toBeGreaterThanOrEqual(2);
    expect(statements.length).toBeLessThanOrEqual(4);
    const used: string[] = [];
    for (const statement of statements) {
      const planned = await plan(statement);
      expect(wholeTableWork(planned, tableRows), `${statement.text}\n${outline(planned)}`).toEqual([]);
      used.push(...indexNames(planned));
    }
    expect(used).toEqual(expect.arrayContaining(indexes));
  });
});

function indexNames(node: PlanNode): string[] {
  const name = (node as PlanNode & { "Index Name"?: string })["Index Name"];
  return [...(name ? [name] : []), ...(node.Plans ?? []).flatMap(indexNames)];
}

// The per-reader request and the notifications page: ten readers who have opened every discussion, and
// a notification for every reply, spread over all the members.
describe("per-reader queries on a few thousand rows", () => {
  const reader = "plan-user-1";
  let listed: number[] = [];
  beforeAll(async () => {
    const db = getDb();
    listed = rowsOf<{ id: number }>(
      await db.execute(sql`select id from threads where kind = 'discussion' order by id limit 30`),
    ).map((r) => Number(r.id));
    await db.execute(sql`
      insert into thread_reads (user_id, thread_id, last_read_reply_id)
      select 'plan-user-' || u, t.id, coalesce((select min(r.id) from replies r where r.thread_id = t.id), 0)
      from threads t, generate_series(0, 9) u where t.kind = 'discussion'`);
    await db.execute(sql`
      insert into notifications (recipient_id, kind, actor_id, thread_id, reply_id)
      select 'plan-user-' || (r.id % ${sql.raw(String(USERS))}), 'followed', r.author_id, r.thread_id, r.id from replies r`);
    await db.execute(sql`analyze`);
  });
  const cases: ListCase[] = [
    { name: "reader state, a thread page", page: () => readerState(reader, { thread: longThreadId }) },
    { name: "reader state, a list page", page: () => readerState(reader, { threads: [...listed, longThreadId] }) },
    { name: "notifications, first page", page: () => listNotifications(reader) },
    { name: "notifications, an older page", page: () => listNotifications(reader, middleReplyId) },
    // Its first twelve hours of threads: a week's share of a forum's years, not of these four days.
    // The reader has read every discussion and writes stories only, so all three statements run.
    { name: "weekly digest", page: () => digestFor(reader, new Date("2026-01-01T12:00:00Z")) },
  ];
  it.each(cases)("$name: reads by index", async ({ page }) => {
    const queries = await recorded(() => page());
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      const planned = await plan(query);
      expect(wholeTableWork(planned, tableRows), `${query.text}\n${outline(planned)}`).toEqual([]);
      const scans = [...seqScans(planned)].filter((r) => r === "notifications" || r === "thread_reads");
      expect(scans, `${query.text}\n${outline(planned)}`).toEqual([]);
    }
  });
});

function* seqScans(node: PlanNode): Generator<string> {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) yield node["Relation Name"];
  for (const child of node.Plans ?? []) yield* seqScans(child);
}

function indexConditions(node: PlanNode): string[] {
  const condition = (node as PlanNode & { "Index Cond"?: string })["Index Cond"];
  return [...(condition ? [condition] : []), ...(node.Plans ?? []).flatMap(indexConditions)];
}

/** A plan as indented lines, for a failure message. */
function outline(node: PlanNode, depth = 0): string {
  const detail = node as PlanNode & Record<string, string | undefined>;
  const parts = [
    node["Node Type"],
    detail["Relation Name"] && `on ${detail["Relation Name"]}`,
    detail["Index Name"] && `using ${detail["Index Name"]} ${detail["Scan Direction"] ?? ""}`,
    node["Sort Key"] && `by ${node["Sort Key"].join(", ")}`,
    detail["Index Cond"] && `index cond ${detail["Index Cond"]}`,
    detail["Filter"] && `filter ${detail["Filter"]}`,
    `(~${node["Plan Rows"]} rows)`,
  ];
  const line = "  ".repeat(depth) + parts.filter(Boolean).join(" ");
  return [line, ...(node.Plans ?? []).map((child) => outline(child, depth + 1))].join("\n");
}
