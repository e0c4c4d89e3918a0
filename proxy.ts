// Runs before routing, and only for the requests its matcher names (never for a plain page view, so
// cached pages stay cheap): refuses writes from other sites and what would otherwise reach the
// framework as a 500, lets through only the app's own Server Actions (lib/action-ids.ts), holds
// back floods of searches, maps a list's query string to the cached page of that view (lib/urls/views.ts)
// once its cursor is known to be real, and restores a missing signed-in hint. Every request it sees gets
// a request id (lib/log/request-id.ts), passed on to the route and logged with any refusal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { LRUCache } from "lru-cache";
import { actionIdsOf, formActionIds, mayCall } from "@/lib/action-ids";
import { REQUEST_BODY_MAX_BYTES } from "@/lib/limits/limits";
import { isSameOrigin } from "@/lib/same-origin";
import { parseId, parseThreadParam } from "@/lib/ids";
import { signInPath } from "@/lib/urls/safe-redirect";
import { listRoute, sameQuery, viewOf } from "@/lib/urls/views";
import { hasCursor, pagedPath, withoutCursor } from "@/lib/urls/positions";
import { categoryBySlug } from "@/lib/categories";
import { isTag } from "@/lib/tags";
import { SESSION_COOKIE_NAMES, secureCookies, sessionHintCookie } from "@/lib/session-hint";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session-lifetime";
import { isStaff } from "@/lib/roles";
import { clientIp } from "@/lib/limits/client-ip";
import { rateLimits, retryIn } from "@/lib/limits/rate-limits";
import { TokenBuckets } from "@/lib/limits/token-buckets";
import { log, type Logger } from "@/lib/log/logger";
import { EVENTS } from "@/lib/log/events";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

function page(status: number, title: string, message: string): NextResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light dark"><title>${title} · MLPaths</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${message}</p><p><a href="/">Back to MLPaths</a></p></main></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

export async function proxy(request: NextRequest) {
  const reqId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, reqId);
  const response = await answer(request, { request: { headers } }, log.child({ reqId }));
  response.headers.set(REQUEST_ID_HEADER, reqId);
  return response;
}

/** What the route receives: the request's headers, its id among them. */
type Forward = { request: { headers: Headers } };

async function answer(request: NextRequest, forward: Forward, log: Logger): Promise<NextResponse> {
  const logRefusal = (reason: string, fields: Record<string, unknown> = {}) =>
    log.warn({ event: EVENTS.refused, reason, method: request.method, path: request.nextUrl.pathname, ...fields });
  if (!routable(request.nextUrl.pathname)) return NextResponse.rewrite(new URL("/404", request.url));
  // Every write (a form post, a Server Action, a sign-out) must come from a page of this site. Next
  // checks a Server Action's Origin only when there is one; a request without it is refused here.
  // Except the one-click unsubscribe (RFC 8058), which mail providers post from their own servers: it
  // is authorised by its signed token alone, and uses no cookie a forged post could ride on.
  if (
    !SAFE_METHODS.includes(request.method) &&
    !isSameOrigin(request) &&
    !ONE_CLICK_UNSUBSCRIBE.test(request.nextUrl.pathname)
  ) {
    logRefusal("cross-site");
    return page(
      403,
      "Refused",
      "This form was not sent from a page of MLPaths, so nothing was changed. Go back to the site and try again.",
    );
  }
  if (request.headers.has("content-length") || request.headers.has("transfer-encoding")) {
    const length = Number(request.headers.get("content-length"));
    // Browsers always say how long a form post is; a body of unknown length could be any size.
    if (!request.headers.has("content-length") || !Number.isSafeInteger(length)) {
      return page(411, "Length required", "This request did not say how large it is.");
    }
    if (length > REQUEST_BODY_MAX_BYTES) {
      logRefusal("body-too-large", { bytes: length });
      return page(
        413,
        "Too large",
        `That submission is larger than ${REQUEST_BODY_MAX_BYTES / 1024} KB, so it was not saved. Go back, shorten it and try again.`,
      );
    }
  }
  if (!SAFE_METHODS.includes(request.method)) {
    const refused = await refuseForeignCall(request);
    if (refused) return refused;
  }
  // The pages for starting a thread or a story send readers without a session to sign in first (the
  // pages themselves are static, the same for every member), and so do the moderators' pages.
  if (SIGNED_IN_ONLY.test(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(
      new URL(signInPath(request.nextUrl.pathname + request.nextUrl.search), request.url),
      307,
    );
  }
  // The moderators' pages render per request, so their own refusal would stream the not-found page
  // after a 200: a member who is not staff gets the real 404 here (the pages still check themselves).
  if (
    STAFF_ONLY.test(request.nextUrl.pathname) &&
    SAFE_METHODS.includes(request.method) &&
    (await readerRole(request)) === "member"
  ) {
    return NextResponse.rewrite(new URL("/404", request.url));
  }
  if (request.nextUrl.pathname === "/search" && request.nextUrl.searchParams.get("q")) {
    const wait = searchBuckets().take(clientIp(request.headers), Date.now());
    if (wait > 0) {
      // The pause counts toward the wait.
      const left = Math.max(1, wait - (await holdRefusal()) / 1000);
      logRefusal("search-rate", { retryAfter: Math.ceil(left) });
      const refused = page(
        429,
        "Too many searches",
        `You have searched a lot in a short time. Please try again ${retryIn(left)}.`,
      );
      refused.headers.set("retry-after", String(Math.ceil(left)));
      return refused;
    }
  }
  // The lists that page by path, likewise: an invented cursor leads to the first page, and a list that
  // is gone (a deleted story's questions) is a 404.
  const paged = pagedPath(request.nextUrl.pathname);
  const position = paged ? await checkPosition(request, new URLSearchParams()) : "real";
  if (position === "not real") return NextResponse.redirect(new URL(paged!.first, request.url), 307);
  if (position === "no list") return NextResponse.rewrite(new URL("/404", request.url));
  const response = (await routeView(request, forward)) ?? NextResponse.next(forward);
  // A session cookie without the browser-readable hint (a session from before the hint existed, or a
  // hint the reader deleted): restore it, or the browser would not ask who is reading.
  if (!request.cookies.has(SESSION_HINT) && SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    response.headers.append(
      "set-cookie",
      sessionHintCookie(new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000), secureCookies()),
    );
  }
  return response;
}

/**
 * A write may call only the app's own Server Actions, never a 'use cache' function (lib/action-ids.ts),
 * and a body that Next could not decode is a 400 here rather than a 500 after work has begun. With
 * JavaScript an action's id is the Next-Action header and its arguments a multipart form or a JSON
 * array (React's encodeReply); without, a multipart form names the id in its fields.
 */
async function refuseForeignCall(request: NextRequest): Promise<NextResponse | null> {
  const actionId = request.headers.get("next-action");
  const multipart = /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
  if (actionId !== null && !mayCall(actionId, appActions())) {
    return new NextResponse("No such action.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "x-nextjs-action-not-found": "1" },
    });
  }
  if (multipart) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return page(
        400,
        "Bad request",
        "This form could not be read, so nothing was changed. Go back to the site and try again.",
      );
    }
    if (actionId !== null) return null;
    const ids = formActionIds([...form.keys()], (name) => {
      const value = form.get(name);
      return typeof value === "string" ? value : null;
    });
    if (ids === null || ids.some((id) => !mayCall(id, appActions())))
      return page(404, "No such form", "This form is not one of MLPaths's, so nothing was changed.");
    return null;
  }
  if (actionId === null) return null;
  try {
    if (Array.isArray(JSON.parse(await request.text()))) return null;
  } catch {
    // not JSON: answered below
  }
  return new NextResponse("Bad request.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

const knownPositions = new LRUCache<string, true>({ max: 20_000 });

/**
 * Asked of app/api/positions (one indexed probe), once per real position and process: the answers
 * that say yes are remembered, up to 20,000, the one unused for longest forgotten first. When the
 * endpoint cannot answer, the page is rendered as before.
 */
async function checkPosition(request: NextRequest, query: URLSearchParams): Promise<"real" | "not real" | "no list"> {
  const key = `${request.nextUrl.pathname}?${query}`;
  if (knownPositions.get(key)) return "real";
  try {
    const ask = new URLSearchParams({ path: request.nextUrl.pathname, query: query.toString() });
    const response = await fetch(new URL(`/api/positions?${ask}`, selfOrigin(request)), { cache: "no-store" });
    if (response.status === 404) return "not real";
    if (response.status === 410) return "no list";
    if (response.status === 204) knownPositions.set(key, true);
  } catch {
    // The page decides, as before there was a check.
  }
  return "real";
}

/**
 * The server's own address, as `next start` records it for its workers: the request's host may be a
 * reverse proxy's public name.
 */
function selfOrigin(request: NextRequest): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || request.nextUrl.origin;
}

/**
 * Whether the reader is staff, asked of the per-reader endpoint (which reads the session as Auth.js
 * does): proxy.ts cannot open the database itself, which belongs to the server. "unknown" when the
 * answer is not a signed-in member (the page then decides).
 */
async function readerRole(request: NextRequest): Promise<"staff" | "member" | "unknown"> {
  try {
    const response = await fetch(new URL("/api/reader", selfOrigin(request)), {
      headers: { cookie: request.headers.get("cookie") ?? "" },
      cache: "no-store",
    });
    const body = response.ok ? ((await response.json()) as { viewer?: { role?: string } | null }) : null;
    if (!body?.viewer) return "unknown";
    return isStaff(body.viewer.role) ? "staff" : "member";
  } catch {
    return "unknown";
  }
}

let searches: TokenBuckets | undefined;

/**
 * Searches per IP address (lib/limits/rate-limits.ts): a search that misses the cache costs a render and up to
 * SEARCH_TIMEOUT_MS of a database connection, and one script sending new queries would otherwise take
 * them all. Cached answers count too (the proxy cannot tell them apart), at a rate no reader reaches.
 */
function searchBuckets(): TokenBuckets {
  const limits = rateLimits();
  searches ??= new TokenBuckets(limits.searchBurstPerIp, limits.searchesPerIpPerMinute);
  return searches;
}

let held = 0;

/**
 * A refusal is answered after a pause, as nginx's limit_req delays what exceeds its rate: answered at
 * once, a script that sends its next request as soon as it has an answer gets hundreds of refusals a
 * second, and answering them through Next (about a millisecond and a half each) takes the server's
 * thread from everyone else. Held, each of its connections costs a timer. At most HELD_MAX are held.
 * Returns how long it held (ms).
 */
async function holdRefusal(): Promise<number> {
  if (held >= HELD_MAX) return 0;
  held++;
  try {
    await new Promise((resolve) => setTimeout(resolve, REFUSAL_PAUSE_MS));
    return REFUSAL_PAUSE_MS;
  } finally {
    held--;
  }
}
const REFUSAL_PAUSE_MS = 2000;
const HELD_MAX = 1000;

let knownActions: Set<string> | null | undefined;

/** The build's own actions, read once; none to read under `next dev` (its manifest changes as you edit). */
function appActions(): Set<string> | null {
  if (knownActions !== undefined) return knownActions;
  try {
    const manifest =
      process.env.NODE_ENV === "production"
        ? readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")
        : null;
    knownActions = manifest === null ? null : actionIdsOf(JSON.parse(manifest));
  } catch {
    knownActions = null;
  }
  return knownActions;
}

/**
 * Paths that cannot name a page, answered with the not-found page before routing, so they never become
 * cache entries: a broken percent escape (/threads/%ff), an id that cannot be one (/threads/abc), and
 * the internal paths of list views, which only proxy.ts and next.config.mjs may produce.
 */
function routable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (INTERNAL_VIEW.test(pathname)) return false;
  // A story's follow-up pages: `new`, or a follow-up's id.
  const followUp = /^\/stories\/[^/]+\/updates(?:\/([^/]*))?/.exec(pathname);
  if (followUp && !(followUp[1] === "new" || parseId(followUp[1]) !== null)) return false;
  const filed = /^\/(c|tags)\/([^/]+)/.exec(pathname);
  if (filed) return filed[1] === "c" ? categoryBySlug(filed[2]) !== null : isTag(filed[2]);
  const post = /^\/(threads|stories|replies)\/([^/]+)/.exec(pathname);
  if (!post) return true;
  const [, kind, id] = post;
  if (kind === "replies") return parseId(id) !== null;
  return parseThreadParam(id) !== null || (kind === "stories" ? STORY_PAGES : THREAD_PAGES).includes(id);
}

const INTERNAL_VIEW =
  /^\/(?:home(?:\/|$)|search\/|stories\/(?:list|insights|like-mine|map)\/|(?:threads|stories)\/[^/]+\/replies(?:\/|$)|(?:c|tags)\/[^/]+\/view(?:\/|$))/;
const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];
const ONE_CLICK_UNSUBSCRIBE = /^\/email\/unsubscribe\/[\w-]+\.[\w-]+$/;
const THREAD_PAGES = ["new"];
const STAFF_ONLY = /^\/mod(?:\/|$)/;
const SIGNED_IN_ONLY = /^\/(?:(?:threads|stories)\/new|mod(?:\/.*)?|notifications)$/;
const STORY_PAGES = ["new", "insights", "like-mine", "map"];

/**
 * `/stories?field=finance&sort=helpful` is served by the cached page `/stories/list/field_finance~sort_helpful`.
 * A query with anything unknown, empty, repeated or malformed is first redirected to its tidy form, so
 * the address people share is the one that is cached (the router's own fetches are just mapped).
 */
async function routeView(request: NextRequest, forward: Forward): Promise<NextResponse | null> {
  const route = listRoute(request.nextUrl.pathname);
  if (!route) return null;
  const given = new URLSearchParams(request.nextUrl.searchParams);
  given.delete("_rsc");
  const query = route.normalize(given);
  const tidy = new URLSearchParams(query);
  if (!sameQuery(given, tidy) && request.method === "GET" && request.headers.get("rsc") !== "1") {
    const url = request.nextUrl.clone();
    url.search = query;
    return NextResponse.redirect(url, 307);
  }
  // A cursor no row of the list has (invented, or from before the row moved) leads to the first page:
  // rendered, it would be a cached page of its own, and a script could fill the cache with them.
  const position = hasCursor(tidy) ? await checkPosition(request, tidy) : "real";
  if (position === "no list") return NextResponse.rewrite(new URL("/404", request.url));
  if (position === "not real") {
    const url = request.nextUrl.clone();
    url.search = withoutCursor(tidy).toString();
    return NextResponse.redirect(url, 307);
  }
  const internal = route.internal((route.view ?? viewOf)(query));
  if (!internal) return null;
  const url = request.nextUrl.clone();
  url.pathname = internal;
  return NextResponse.rewrite(url, forward);
}

// A literal, because Next reads `config` statically.
const SESSION_HINT = "mlpaths-signed-in";
const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);

export const config = {
  matcher: [
    "/:path(.*%.*)",
    // Internal paths of list views, and ids that cannot be one (see routable()).
    "/home/:path*",
    "/stories/(list|insights|like-mine|map)/:path+",
    "/(threads|stories)/:id/replies/:path*",
    "/threads/:id((?!(?:\\d{1,16}(?:-[a-z0-9-]{0,200})?|new)(?:/|$))[^/]+)/:rest*",
    "/stories/:id((?!(?:\\d{1,16}(?:-[a-z0-9-]{0,200})?|new|insights|like-mine|map)(?:/|$))[^/]+)/:rest*",
    "/replies/:id((?!\\d{1,16}(?:/|$))[^/]+)/:rest*",
    "/stories/:id/updates/:update((?!(?:\\d{1,16}|new)(?:/|$))[^/]+)/:rest*",
    // Category and tag pages: internal view paths, unknown categories and what cannot be a tag.
    "/(c|tags)/:name/view/:path*",
    "/c/:slug((?!(?:getting-started|learning-resources|projects-and-portfolios|job-search-and-interviews|success-stories|off-topic)(?:/|$))[^/]+)/:rest*",
    "/tags/:tag((?![a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?(?:/|$))[^/]+)/:rest*",
    // Members' pages, for readers without a session cookie.
    {
      source: "/(threads|stories)/new",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    {
      source: "/notifications",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    "/mod/:path*",
    // Lists that page by path (lib/urls/positions.ts pagedPath).
    "/u/:login/:list/after/:cursor",
    "/moderation/before/:id",
    "/stories/:id/questions/after/:question",
    // The lists whose query names a view (lib/urls/views.ts).
    { source: "/", has: [{ type: "query", key: "after" }] },
    { source: "/", has: [{ type: "query", key: "sort" }] },
    { source: "/", has: [{ type: "query", key: "filter" }] },
    { source: "/(c|tags)/:name", has: [{ type: "query", key: "sort" }] },
    { source: "/(c|tags)/:name", has: [{ type: "query", key: "filter" }] },
    { source: "/(c|tags)/:name", has: [{ type: "query", key: "after" }] },
    { source: "/(threads|stories)/:id", has: [{ type: "query", key: "after" }] },
    { source: "/(threads|stories)/:id", has: [{ type: "query", key: "before" }] },
    { source: "/stories", has: [{ type: "query", key: "education" }] },
    { source: "/stories", has: [{ type: "query", key: "role" }] },
    { source: "/stories", has: [{ type: "query", key: "field" }] },
    { source: "/stories", has: [{ type: "query", key: "time" }] },
    { source: "/stories", has: [{ type: "query", key: "how" }] },
    { source: "/stories", has: [{ type: "query", key: "sort" }] },
    { source: "/stories", has: [{ type: "query", key: "after" }] },
    // Every search: its query is the page (lib/urls/search-query.ts), and /search/<view> is internal.
    "/search/:path*",
    { source: "/stories/map", has: [{ type: "query", key: "education" }] },
    { source: "/stories/map", has: [{ type: "query", key: "role" }] },
    { source: "/stories/map", has: [{ type: "query", key: "field" }] },
    { source: "/stories/map", has: [{ type: "query", key: "time" }] },
    { source: "/stories/map", has: [{ type: "query", key: "how" }] },
    { source: "/stories/like-mine", has: [{ type: "query", key: "education" }] },
    { source: "/stories/like-mine", has: [{ type: "query", key: "field" }] },
    // The end of a GitHub sign-in (a GET that writes the member and the session): for its request id.
    "/api/auth/callback/:path*",
    { source: "/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
    {
      source: "/:path*",
      has: [{ type: "cookie", key: "authjs.session-token" }],
      missing: [{ type: "cookie", key: "mlpaths-signed-in" }],
    },
    {
      source: "/:path*",
      has: [{ type: "cookie", key: "__Secure-authjs.session-token" }],
      missing: [{ type: "cookie", key: "mlpaths-signed-in" }],
    },
  ],
};
