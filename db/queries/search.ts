// Full-text search over discussions, stories and replies: one SQL statement per page of results.
// Each post's tsvector is a stored generated column (db/schema.ts: title A, text B, a story's facts C)
// with a GIN index; the query is websearch_to_tsquery, so readers type what search boxes take
// ("exact phrase", or, -word), and junk is never a syntax error. Only the page's rows get snippets.
import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { MARK_END, MARK_START, SEARCH_PAGE_SIZE, markedHtml, type SearchRequest } from "@/lib/search-query";
import { getSearchDb } from "../index";
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
};

/**
 * `order`: "relevance", or "newest" when more posts matched than could be ranked in SEARCH_TIMEOUT_MS
 * (the newest matches instead); "too-broad" when even those could not be found in time: no results.
 */
export type SearchPage = { results: SearchResult[]; hasMore: boolean; order: "relevance" | "newest" | "too-broad" };

/**
 * How long each way of answering a search may run. Ranking reads every matching post, so words found
 * in a quarter of a million posts take seconds (5 s on the bench data); past this bound the newest
 * matches are listed instead, which the more posts match the sooner they are found (a walk down the
 * posts, newest first, that stops at a page of matches). An answer is cached like any other.
 * (PGlite, one process, has no timer: it ranks to the end.)
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
      : [sql`exists (select 1 from ${threadTags} join ${tags} on ${tags.id} = ${threadTags.tagId} where ${threadTags.threadId} = ${threads.id} and ${tags.name} = ${request.tag})`]),
    ...(facts ? [facts, isNull(stories.deletedAt), isNull(stories.hiddenAt)] : []),
  ];
}

/** Story facts live in `stories`: joined (which also keeps only stories) when a fact is filtered on. */
function joinStories(request: SearchRequest): SQL {
  return allFilters(request.story) ? sql`join ${stories} on ${stories.threadId} = ${threads.id}` : sql``;
}

// Ranks: ts_rank's default weights (A 1.0, B 0.4, C 0.2), so a word in a title outranks the same word
// in the text; equal ranks go newest first, then by id, so pages never overlap.
function threadHits(request: SearchRequest, kind: "discussion" | "story" | null): SQL {
  const query = tsquery(request.q);
  const where = and(sql`${threads.searchVector} @@ ${query}`, ...(kind ? [eq(threads.kind, kind)] : []), ...threadConditions(request));
  return sql`select ${threads.id} as thread_id, null::bigint as reply_id, ${threads.createdAt} as created_at,
      ts_rank(${threads.searchVector}, ${query}) as rank
    from ${threads} ${joinStories(request)} where ${where}`;
}

function replyHits(request: SearchRequest): SQL {
  const query = tsquery(request.q);
  const where = and(sql`"replies"."search_vector" @@ ${query}`, sql`"replies"."deleted_at" is null and "replies"."hidden_at" is null`, ...threadConditions(request));
  return sql`select "replies"."thread_id" as thread_id, "replies"."id" as reply_id, "replies"."created_at" as created_at,
      ts_rank("replies"."search_vector", ${query}) as rank
    from "replies" join ${threads} on ${threads.id} = "replies"."thread_id" ${joinStories(request)} where ${where}`;
}

/** The posts searched: a branch per table, each with its primary key (the order its posts were written). */
function hitBranches(request: SearchRequest): { hits: SQL; key: SQL }[] {
  const branches: { hits: SQL; key: SQL }[] = [];
  if (request.kind !== "reply") branches.push({ hits: threadHits(request, request.kind), key: sql`thread_id` });
  if (request.kind === null || request.kind === "reply") branches.push({ hits: replyHits(request), key: sql`reply_id` });
  return branches;
}

// Equal ranks or times go by id, so pages never overlap. Written for the hits' own columns; the
// page's statement orders by them again, qualified, after its joins.
const ORDER_BY = {
  relevance: ["rank desc", "created_at desc", "thread_id desc", "reply_id desc nulls first"],
  newest: ["created_at desc", "thread_id desc", "reply_id desc nulls first"],
} as const;

/**
 * The page's hits, and one more to tell whether there is a next page. By relevance, every match is
 * ranked. Newest first, each branch walks its posts down its primary key and stops once it has this
 * page and the ones before it.
 */
function pageHits(request: SearchRequest, order: keyof typeof ORDER_BY): SQL {
  const upTo = request.page * SEARCH_PAGE_SIZE + 1;
  const branches = hitBranches(request).map(({ hits, key }) => (order === "relevance" ? hits : sql`(${hits} order by ${key} desc limit ${upTo})`));
  return sql`select * from (${sql.join(branches, sql` union all `)}) as found
    order by ${sql.raw(ORDER_BY[order].join(", "))}
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
};

const TIMEOUTS = { relevance: SEARCH_TIMEOUT_MS, newest: SEARCH_TIMEOUT_MS };

/** One page of results, best first (or newest first, when there are too many to rank); `hasMore` when there is a next page. */
export async function searchPosts(request: SearchRequest, timeoutMs = TIMEOUTS): Promise<SearchPage> {
  for (const order of ["relevance", "newest"] as const) {
    const rows = await withinTime(timeoutMs[order], page(request, order));
    if (rows) return { results: rows.slice(0, SEARCH_PAGE_SIZE).map(toResult), hasMore: rows.length > SEARCH_PAGE_SIZE, order };
  }
  return { results: [], hasMore: false, order: "too-broad" };
}

/** The page's posts, in `order`, with their titles, snippets and authors. */
function page(request: SearchRequest, order: keyof typeof ORDER_BY): SQL {
  const query = tsquery(request.q);
  return sql`
    with hits as (${pageHits(request, order)})
    select hits.thread_id, hits.reply_id, hits.created_at, t.kind as thread_kind, t.title,
      ts_headline('english', ${withoutMarkers(sql`t.title`)}, ${query}, ${HEADLINE_TITLE}) as title_marked,
      ts_headline('english', ${withoutMarkers(sql`coalesce(r.body_text, t.body_text)`)}, ${query}, ${HEADLINE_TEXT}) as snippet,
      u.id as author_id, u.login as author_login
    from hits
    join threads t on t.id = hits.thread_id
    left join replies r on r.id = hits.reply_id
    join users u on u.id = coalesce(r.author_id, t.author_id)
    order by ${sql.raw(ORDER_BY[order].map((term) => `hits.${term}`).join(", "))}`;
}

/** The statement's rows, or null when it ran longer than `timeoutMs` (and was cancelled). */
async function withinTime(timeoutMs: number, statement: SQL): Promise<Row[] | null> {
  try {
    const result = await getSearchDb().transaction(async (tx) => {
      await tx.execute(sql`select set_config('statement_timeout', ${String(timeoutMs)}, true)`);
      return tx.execute(statement);
    });
    // postgres-js answers `execute` with the rows, PGlite with { rows }.
    return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  } catch (error) {
    if (errorCode(error) === QUERY_CANCELED) return null;
    throw error;
  }
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
  };
}

/** The SQLSTATE of a driver error, under Drizzle's wrapper. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++, e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}
