// Full-text search over discussions, stories and replies: two to four SQL statements per page of
// results, in one snapshot.
// Each post's tsvector is a stored generated column (db/schema/posts.ts: title A, text B, a story's facts C)
// with a GIN index; the query is websearch_to_tsquery, so readers type what search boxes take
// ("exact phrase", or, -word), and junk is never a syntax error. The newest matches of each kind are
// ranked (SEARCH_CANDIDATES), found by a first look at each table's newest rows and then, where too
// few were there, by whichever of a walk or the index reads fewer rows; only the page's rows get snippets.
import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import {
  MARK_END,
  MARK_START,
  SEARCH_CANDIDATES,
  SEARCH_PAGE_SIZE,
  markedHtml,
  type SearchRequest,
} from "@/lib/urls/search-query";
import { getSearchDb } from "../index";
import { rowsOf } from "../rows";
import { stories, tags, threadTags, threads } from "../schema";
import { categoryBySlug } from "@/lib/categories";
import { allFilters } from "./stories";

export type SearchResult = {
  kind: "discussion" | "story" | "reply";
  thread: { id: number; title: string; kind: "discussion" | "story" };
  replyId: number | null;
  /** The title (a reply: its thread's), as HTML whose only markup is <mark> around the matched words. */
  titleHtml: string;
  /** A few fragments of the text around the matches, the same kind of HTML. */
  snippetHtml: string;
  createdAt: Date;
  author: { id: string; login: string };
  /** A discussion with an answer marked; for a reply, whether it is that answer. */
  answered: boolean;
};

/**
 * `capped`: more posts matched than were ranked (the newest SEARCH_CANDIDATES of each kind were);
 * `order` "too-broad" when even those could not be found in time: no results.
 */
export type SearchPage = {
  results: SearchResult[];
  hasMore: boolean;
  order: "relevance" | "too-broad";
  capped: boolean;
};

/**
 * How long a search may run before it is answered as too broad (few matches behind a filter that
 * neither the index nor the walk can use). PGlite, one process, has no timer: it runs to the end.
 */
export const SEARCH_TIMEOUT_MS = 1500;
// PostgreSQL's query_canceled, which statement_timeout raises.
const QUERY_CANCELED = "57014";

const tsquery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/**
 * What a result's thread must be: live (neither deleted nor hidden) and matching the filters, which
 * all apply to the thread (a reply is found by its thread's facts). A category or tag filter is one
 * more condition here (and a join in joinStories' manner when it lives in another table).
 */
function threadConditions(request: SearchRequest): SQL[] {
  const facts = allFilters(request.story);
  const category = request.category === null ? null : categoryBySlug(request.category);
  return [
    isNull(threads.deletedAt),
    isNull(threads.hiddenAt),
    ...(category ? [eq(threads.categoryId, category.id)] : []),
    // A probe of thread_tags' primary key per matching thread.
    ...(request.tag === null
      ? []
      : [
          sql`exists (select 1 from ${threadTags} join ${tags} on ${tags.id} = ${threadTags.tagId} where ${threadTags.threadId} = ${threads.id} and ${tags.name} = ${request.tag})`,
        ]),
    ...(facts ? [facts, isNull(stories.deletedAt), isNull(stories.hiddenAt)] : []),
  ];
}

/** Story facts live in `stories`: joined (which also keeps only stories) when a fact is filtered on. */
function joinStories(request: SearchRequest): SQL {
  return allFilters(request.story) ? sql`join ${stories} on ${stories.threadId} = ${threads.id}` : sql``;
}

/**
 * How many of a table's newest rows a search reads first. There it finds the newest matches when they
 * are dense, and learns how dense they are when they are not: enough to choose how to find the rest.
 */
export const SEARCH_WINDOW = 1000;

/** One table a search reads: its rows, their id and text, and what a row must be to be a result. */
type Branch = { name: "threads" | "replies"; table: SQL; id: SQL; vector: SQL; from: SQL; conditions: SQL[] };

function branches(request: SearchRequest): Branch[] {
  const list: Branch[] = [];
  if (request.kind !== "reply")
    list.push({
      name: "threads",
      table: sql`${threads}`,
      id: sql`${threads.id}`,
      vector: sql`${threads.searchVector}`,
      from: sql`${threads} ${joinStories(request)}`,
      conditions: [...(request.kind ? [eq(threads.kind, request.kind)] : []), ...threadConditions(request)],
    });
  if (request.kind === null || request.kind === "reply")
    list.push({
      name: "replies",
      table: sql`"replies"`,
      id: sql`"replies"."id"`,
      vector: sql`"replies"."search_vector"`,
      from: sql`"replies" join ${threads} on ${threads.id} = "replies"."thread_id" ${joinStories(request)}`,
      conditions: [sql`"replies"."deleted_at" is null and "replies"."hidden_at" is null`, ...threadConditions(request)],
    });
  return list;
}

/** A table's newest matches so far, and what the first look learned about the rest. */
type Found = { ids: number[]; rows: number; floor: number; textHits: number };

/**
 * The first look, one row per table: its newest SEARCH_WINDOW rows (a walk down the primary key),
 * how many of them have the words (filters aside: what the GIN index would have to read), and the
 * newest SEARCH_CANDIDATES of them that are results.
 */
function firstLook(request: SearchRequest, list: Branch[]): SQL {
  const query = tsquery(request.q);
  return sql.join(
    list.map(
      (
        b,
      ) => sql`(with w as (select ${b.id} as id, ${b.vector} @@ ${query} as text_hit from ${b.table} order by ${b.id} desc limit ${SEARCH_WINDOW})
        select ${b.name} as name, (select count(*) from w) as rows, (select coalesce(min(id), 0) from w) as floor,
          (select count(*) from w where text_hit) as text_hits,
          (select coalesce(array_agg(id order by id desc), '{}') from (select w.id from w, ${b.from}
            where ${b.id} = w.id and w.text_hit and ${and(...b.conditions)} order by w.id desc limit ${SEARCH_CANDIDATES}) as hits) as ids)`,
    ),
    sql` union all `,
  );
}

/**
 * How to find the matches older than the first look, when it found too few: walk on down the primary
 * key, which reads about (wanted ÷ matches seen) × window rows, or read every match through the GIN
 * index, about (text matches seen ÷ window) × rows below. The planner cannot make this choice: it
 * guesses from each word alone, so for words that go together ("take-home assignment") it reads a
 * quarter of a million posts through the index when a walk of two thousand would do.
 */
export function nextStep(found: Found): "walk" | "index" | null {
  if (found.ids.length >= SEARCH_CANDIDATES || found.rows < SEARCH_WINDOW) return null;
  const walkRows =
    found.ids.length === 0 ? Infinity : ((SEARCH_CANDIDATES - found.ids.length) * found.rows) / found.ids.length;
  const indexRows = (found.textHits * found.floor) / found.rows;
  return walkRows < indexRows ? "walk" : "index";
}

/** The rest of a table's newest matches, below the first look, the way `nextStep` chose. */
function rest(request: SearchRequest, b: Branch, found: Found): SQL {
  return sql`select coalesce(array_agg(id order by id desc), '{}') as ids from (select ${b.id} as id from ${b.from}
    where ${b.id} < ${found.floor} and ${b.vector} @@ ${tsquery(request.q)} and ${and(...b.conditions)}
    order by ${b.id} desc limit ${SEARCH_CANDIDATES - found.ids.length}) as older`;
}

// The candidates of each table, as the page statement reads them: newest first, with what ranking needs.
function candidates(threadIds: number[], replyIds: number[]): SQL {
  const ids = (list: number[]) => sql`${`{${list.join(",")}}`}::bigint[]`;
  return sql`select ${threads.id} as thread_id, null::bigint as reply_id, ${threads.createdAt} as created_at, ${threads.searchVector} as vector
      from ${threads} where ${threads.id} = any(${ids(threadIds)})
    union all
    select "replies"."thread_id", "replies"."id", "replies"."created_at", "replies"."search_vector" from "replies" where "replies"."id" = any(${ids(replyIds)})`;
}

// Ranks: ts_rank's default weights (A 1.0, B 0.4, C 0.2), so a word in a title outranks the same word
// in the text; equal ranks go newest first, then by id, so pages never overlap.
const ORDER_BY = ["rank desc", "created_at desc", "thread_id desc", "reply_id desc nulls first"];

/** The page's hits among the candidates, and one more to tell whether there is a next page. */
function pageHits(request: SearchRequest, threadIds: number[], replyIds: number[]): SQL {
  return sql`select thread_id, reply_id, created_at, ts_rank(vector, ${tsquery(request.q)}) as rank
    from (${candidates(threadIds, replyIds)}) as c
    order by ${sql.raw(ORDER_BY.join(", "))}
    limit ${SEARCH_PAGE_SIZE + 1} offset ${(request.page - 1) * SEARCH_PAGE_SIZE}`;
}

// Titles whole, texts as up to two fragments around the matches; markers that cannot occur in the
// text (removed from it first), HTML-escaped and turned into <mark> in markedHtml.
const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_TEXT = `MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;
const withoutMarkers = (text: SQL) => sql`translate(${text}, ${MARK_START + MARK_END}, '')`;

type Row = {
  thread_id: number | string;
  reply_id: number | string | null;
  created_at: Date | string;
  thread_kind: "discussion" | "story";
  title: string;
  title_marked: string;
  snippet: string;
  author_id: string;
  author_login: string;
  answered: boolean;
};

type LookRow = {
  name: Branch["name"];
  rows: number | string;
  floor: number | string;
  text_hits: number | string;
  ids: Array<number | string> | string;
};

/**
 * One page of results, best first among the newest matches; `hasMore` when there is a next page.
 * A few statements in one snapshot (so every one sees the same posts): the first look at each table,
 * then for each that needs it the rest of its matches, then the page.
 */
export async function searchPosts(request: SearchRequest, timeoutMs = SEARCH_TIMEOUT_MS): Promise<SearchPage> {
  const deadline = performance.now() + timeoutMs;
  const list = branches(request);
  try {
    return await getSearchDb().transaction(
      async (tx) => {
        // Each statement may take what is left of the bound; a walk keeps the GIN index out of its reach.
        const run = async <T>(statement: SQL, step: "walk" | "index" | null = null): Promise<T[]> => {
          const left = String(Math.max(1, Math.round(deadline - performance.now())));
          await tx.execute(
            sql`select set_config('statement_timeout', ${left}, true), set_config('enable_bitmapscan', ${step === "walk" ? "off" : "on"}, true)`,
          );
          return rowsOf<T>(await tx.execute(statement));
        };
        const found = new Map<Branch["name"], Found>();
        for (const row of await run<LookRow>(firstLook(request, list)))
          found.set(row.name, {
            ids: idsOf(row.ids),
            rows: Number(row.rows),
            floor: Number(row.floor),
            textHits: Number(row.text_hits),
          });
        for (const b of list) {
          const f = found.get(b.name)!;
          const step = nextStep(f);
          if (step) f.ids.push(...idsOf((await run<{ ids: LookRow["ids"] }>(rest(request, b, f), step))[0].ids));
        }
        const threadIds = found.get("threads")?.ids ?? [];
        const replyIds = found.get("replies")?.ids ?? [];
        const rows = await run<Row>(page(request, threadIds, replyIds));
        const capped = Math.max(threadIds.length, replyIds.length) >= SEARCH_CANDIDATES;
        return {
          results: rows.slice(0, SEARCH_PAGE_SIZE).map(toResult),
          hasMore: rows.length > SEARCH_PAGE_SIZE,
          order: "relevance",
          capped,
        } as const;
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
  } catch (error) {
    if (errorCode(error) === QUERY_CANCELED) return { results: [], hasMore: false, order: "too-broad", capped: false };
    throw error;
  }
}

/** The page's posts, best first, with their titles, snippets and authors. */
function page(request: SearchRequest, threadIds: number[], replyIds: number[]): SQL {
  const query = tsquery(request.q);
  return sql`
    with hits as (${pageHits(request, threadIds, replyIds)})
    select hits.thread_id, hits.reply_id, hits.created_at, t.kind as thread_kind, t.title,
      ts_headline('english', ${withoutMarkers(sql`t.title`)}, ${query}, ${HEADLINE_TITLE}) as title_marked,
      ts_headline('english', ${withoutMarkers(sql`coalesce(r.body_text, t.body_text)`)}, ${query}, ${HEADLINE_TEXT}) as snippet,
      u.id as author_id, u.login as author_login,
      case when hits.reply_id is null then t.answer_reply_id is not null else t.answer_reply_id is not distinct from hits.reply_id end as answered
    from hits
    join threads t on t.id = hits.thread_id
    left join replies r on r.id = hits.reply_id
    join users u on u.id = coalesce(r.author_id, t.author_id)
    order by ${sql.raw(ORDER_BY.map((term) => `hits.${term}`).join(", "))}`;
}

// A bigint[] comes as numbers' strings from postgres-js and PGlite alike, or as its text form.
function idsOf(value: LookRow["ids"]): number[] {
  const list = typeof value === "string" ? value.replace(/[{}]/g, "").split(",").filter(Boolean) : value;
  return list.map(Number);
}

function toResult(row: Row): SearchResult {
  return {
    kind: row.reply_id === null ? row.thread_kind : "reply",
    thread: { id: Number(row.thread_id), title: row.title, kind: row.thread_kind },
    replyId: row.reply_id === null ? null : Number(row.reply_id),
    titleHtml: markedHtml(row.title_marked),
    snippetHtml: markedHtml(row.snippet),
    createdAt: new Date(row.created_at),
    author: { id: row.author_id, login: row.author_login },
    answered: row.answered === true || (row.answered as unknown) === "t",
  };
}

/** The SQLSTATE of a driver error, under Drizzle's wrapper. */
function errorCode(error: unknown): string | undefined {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === "object" && depth < 5;
    depth++, e = (e as { cause?: unknown }).cause
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}
