// Full-text search over discussions, stories and replies: one SQL statement per page of results.
// Each post's tsvector is a stored generated column (db/schema.ts: title A, text B, a story's facts C)
// with a GIN index; the query is websearch_to_tsquery, so readers type what search boxes take
// ("exact phrase", or, -word), and junk is never a syntax error. The newest matches of each kind are
// ranked (SEARCH_CANDIDATES), and only the page's rows get snippets.
import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { MARK_END, MARK_START, SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, markedHtml, type SearchRequest } from "@/lib/search-query";
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
 * `capped`: more posts matched than were ranked (the newest SEARCH_CANDIDATES of each kind were);
 * `order` "too-broad" when even those could not be found in time: no results.
 */
export type SearchPage = { results: SearchResult[]; hasMore: boolean; order: "relevance" | "too-broad"; capped: boolean };

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
      : [sql`exists (select 1 from ${threadTags} join ${tags} on ${tags.id} = ${threadTags.tagId} where ${threadTags.threadId} = ${threads.id} and ${tags.name} = ${request.tag})`]),
    ...(facts ? [facts, isNull(stories.deletedAt), isNull(stories.hiddenAt)] : []),
  ];
}

/** Story facts live in `stories`: joined (which also keeps only stories) when a fact is filtered on. */
function joinStories(request: SearchRequest): SQL {
  return allFilters(request.story) ? sql`join ${stories} on ${stories.threadId} = ${threads.id}` : sql``;
}

// A branch per table: its newest SEARCH_CANDIDATES matches, newest first by primary key (the order
// posts were written), with what ranking needs.
function threadCandidates(request: SearchRequest, kind: "discussion" | "story" | null): SQL {
  const where = and(sql`${threads.searchVector} @@ ${tsquery(request.q)}`, ...(kind ? [eq(threads.kind, kind)] : []), ...threadConditions(request));
  return sql`(select ${threads.id} as thread_id, null::bigint as reply_id, ${threads.createdAt} as created_at, ${threads.searchVector} as vector
    from ${threads} ${joinStories(request)} where ${where} order by ${threads.id} desc limit ${SEARCH_CANDIDATES})`;
}

function replyCandidates(request: SearchRequest): SQL {
  const where = and(sql`"replies"."search_vector" @@ ${tsquery(request.q)}`, sql`"replies"."deleted_at" is null and "replies"."hidden_at" is null`, ...threadConditions(request));
  return sql`(select "replies"."thread_id" as thread_id, "replies"."id" as reply_id, "replies"."created_at" as created_at, "replies"."search_vector" as vector
    from "replies" join ${threads} on ${threads.id} = "replies"."thread_id" ${joinStories(request)} where ${where}
    order by "replies"."id" desc limit ${SEARCH_CANDIDATES})`;
}

function candidates(request: SearchRequest): SQL {
  const branches: SQL[] = [];
  if (request.kind !== "reply") branches.push(threadCandidates(request, request.kind));
  if (request.kind === null || request.kind === "reply") branches.push(replyCandidates(request));
  return sql.join(branches, sql` union all `);
}

// Ranks: ts_rank's default weights (A 1.0, B 0.4, C 0.2), so a word in a title outranks the same word
// in the text; equal ranks go newest first, then by id, so pages never overlap.
const ORDER_BY = ["rank desc", "created_at desc", "thread_id desc", "reply_id desc nulls first"];

/**
 * The page's hits, and one more to tell whether there is a next page, with how many candidates of
 * each kind there were (counted before the page is cut: a window over all of them).
 */
function pageHits(request: SearchRequest): SQL {
  return sql`select thread_id, reply_id, created_at, rank,
      count(*) filter (where reply_id is null) over () as thread_candidates,
      count(*) filter (where reply_id is not null) over () as reply_candidates
    from (select thread_id, reply_id, created_at, ts_rank(vector, ${tsquery(request.q)}) as rank from (${candidates(request)}) as c) as ranked
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
  thread_candidates: number | string;
  reply_candidates: number | string;
};

/**
 * Two ways to find the newest matches, tried in turn. The planner's own choice first: the GIN index
 * where it expects few matches, a walk down the primary key (which stops at SEARCH_CANDIDATES) where
 * it expects many. It guesses how many from each word alone, so words that go together
 * ("take-home assignment") match far more than it guesses, and reading them all through the index
 * can run past its share of the bound; then the walk, with the index out of its reach.
 */
const STRATEGIES = [
  { settings: {}, share: 0.45 },
  { settings: { enable_bitmapscan: "off" }, share: 0.55 },
] as const;

/** One page of results, best first among the newest matches; `hasMore` when there is a next page. */
export async function searchPosts(request: SearchRequest, timeoutMs = SEARCH_TIMEOUT_MS): Promise<SearchPage> {
  let rows: Row[] | null = null;
  for (const strategy of STRATEGIES) {
    rows = await withinTime(Math.max(1, Math.round(timeoutMs * strategy.share)), strategy.settings, page(request));
    if (rows) break;
  }
  if (!rows) return { results: [], hasMore: false, order: "too-broad", capped: false };
  const capped = rows.length > 0 && Math.max(Number(rows[0].thread_candidates), Number(rows[0].reply_candidates)) >= SEARCH_CANDIDATES;
  return { results: rows.slice(0, SEARCH_PAGE_SIZE).map(toResult), hasMore: rows.length > SEARCH_PAGE_SIZE, order: "relevance", capped };
}

/** The page's posts, best first, with their titles, snippets and authors. */
function page(request: SearchRequest): SQL {
  const query = tsquery(request.q);
  return sql`
    with hits as (${pageHits(request)})
    select hits.thread_id, hits.reply_id, hits.created_at, t.kind as thread_kind, t.title,
      ts_headline('english', ${withoutMarkers(sql`t.title`)}, ${query}, ${HEADLINE_TITLE}) as title_marked,
      ts_headline('english', ${withoutMarkers(sql`coalesce(r.body_text, t.body_text)`)}, ${query}, ${HEADLINE_TEXT}) as snippet,
      u.id as author_id, u.login as author_login, hits.thread_candidates, hits.reply_candidates
    from hits
    join threads t on t.id = hits.thread_id
    left join replies r on r.id = hits.reply_id
    join users u on u.id = coalesce(r.author_id, t.author_id)
    order by ${sql.raw(ORDER_BY.map((term) => `hits.${term}`).join(", "))}`;
}

/** The statement's rows, or null when it ran longer than `timeoutMs` (and was cancelled). */
async function withinTime(timeoutMs: number, settings: Record<string, string>, statement: SQL): Promise<Row[] | null> {
  try {
    const result = await getSearchDb().transaction(async (tx) => {
      await tx.execute(sql`select set_config('statement_timeout', ${String(timeoutMs)}, true)`);
      for (const [name, value] of Object.entries(settings)) await tx.execute(sql`select set_config(${name}, ${value}, true)`);
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
