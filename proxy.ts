// Runs before routing, and only for the requests its matcher names (never for a plain page view, so
// cached pages stay cheap): refuses writes from other sites and what would otherwise reach the
// framework as a 500, maps a list's query string to the cached page of that view (lib/views.ts), and
// restores a missing signed-in hint.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_BODY_MAX_BYTES } from "@/lib/limits";
import { isSameOrigin } from "@/lib/same-origin";
import { parseId, parseThreadParam } from "@/lib/ids";
import { signInPath } from "@/lib/safe-redirect";
import { listRoute, sameQuery, viewOf } from "@/lib/views";
import { categoryBySlug } from "@/lib/categories";
import { isTag } from "@/lib/tags";
import { SESSION_COOKIE_NAMES, secureCookies, sessionHintCookie } from "@/lib/session-hint";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session-lifetime";

function page(status: number, title: string, message: string): NextResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title} · MLPaths</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${message}</p><p><a href="/">Back to MLPaths</a></p></main></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  if (!routable(request.nextUrl.pathname)) return NextResponse.rewrite(new URL("/404", request.url));
  // Every write (a form post, a Server Action, a sign-out) must come from a page of this site. Next
  // checks a Server Action's Origin only when there is one; a request without it is refused here.
  if (!SAFE_METHODS.includes(request.method) && !isSameOrigin(request)) {
    return page(403, "Refused", "This form was not sent from a page of MLPaths, so nothing was changed. Go back to the site and try again.");
  }
  if (request.headers.has("content-length") || request.headers.has("transfer-encoding")) {
    const length = Number(request.headers.get("content-length"));
    // Browsers always say how long a form post is; a body of unknown length could be any size.
    if (!request.headers.has("content-length") || !Number.isSafeInteger(length)) {
      return page(411, "Length required", "This request did not say how large it is.");
    }
    if (length > REQUEST_BODY_MAX_BYTES) {
      return page(413, "Too large", `That submission is larger than ${REQUEST_BODY_MAX_BYTES / 1024} KB, so it was not saved. Go back, shorten it and try again.`);
    }
  }
  // The pages for starting a thread or a story send readers without a session to sign in first (the
  // pages themselves are static, the same for every member), and so do the moderators' pages.
  if (SIGNED_IN_ONLY.test(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL(signInPath(request.nextUrl.pathname + request.nextUrl.search), request.url), 307);
  }
  const response = routeView(request) ?? NextResponse.next();
  // A session cookie without the browser-readable hint (a session from before the hint existed, or a
  // hint the reader deleted): restore it, or the browser would not ask who is reading.
  if (!request.cookies.has(SESSION_HINT) && SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    response.headers.append("set-cookie", sessionHintCookie(new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000), secureCookies()));
  }
  return response;
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

const INTERNAL_VIEW = /^\/(?:home(?:\/|$)|search\/|stories\/(?:list|insights|like-mine)\/|(?:threads|stories)\/[^/]+\/replies(?:\/|$)|(?:c|tags)\/[^/]+\/view(?:\/|$))/;
const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];
const THREAD_PAGES = ["new"];
const SIGNED_IN_ONLY = /^\/(?:(?:threads|stories)\/new|mod(?:\/.*)?|notifications)$/;
const STORY_PAGES = ["new", "insights", "like-mine"];

/**
 * `/stories?field=finance&sort=helpful` is served by the cached page `/stories/list/field_finance~sort_helpful`.
 * A query with anything unknown, empty, repeated or malformed is first redirected to its tidy form, so
 * the address people share is the one that is cached (the router's own fetches are just mapped).
 */
function routeView(request: NextRequest): NextResponse | null {
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
  const internal = route.internal((route.view ?? viewOf)(query));
  if (!internal) return null;
  const url = request.nextUrl.clone();
  url.pathname = internal;
  return NextResponse.rewrite(url);
}

// A literal, because Next reads `config` statically.
const SESSION_HINT = "mlpaths-signed-in";
const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);

export const config = {
  matcher: [
    "/:path(.*%.*)",
    // Internal paths of list views, and ids that cannot be one (see routable()).
    "/home/:path*",
    "/stories/(list|insights|like-mine)/:path+",
    "/(threads|stories)/:id/replies/:path*",
    "/threads/:id((?!(?:\\d{1,16}(?:-[a-z0-9-]{0,200})?|new)(?:/|$))[^/]+)/:rest*",
    "/stories/:id((?!(?:\\d{1,16}(?:-[a-z0-9-]{0,200})?|new|insights|like-mine)(?:/|$))[^/]+)/:rest*",
    "/replies/:id((?!\\d{1,16}(?:/|$))[^/]+)/:rest*",
    "/stories/:id/updates/:update((?!(?:\\d{1,16}|new)(?:/|$))[^/]+)/:rest*",
    // Category and tag pages: internal view paths, unknown categories and what cannot be a tag.
    "/(c|tags)/:name/view/:path*",
    "/c/:slug((?!(?:getting-started|learning-resources|projects-and-portfolios|job-search-and-interviews|success-stories|off-topic)(?:/|$))[^/]+)/:rest*",
    "/tags/:tag((?![a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?(?:/|$))[^/]+)/:rest*",
    // Members' pages, for readers without a session cookie.
    { source: "/(threads|stories)/new", missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }] },
    { source: "/notifications", missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }] },
    { source: "/mod/:path*", missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }] },
    // The lists whose query names a view (lib/views.ts).
    { source: "/", has: [{ type: "query", key: "after" }] },
    { source: "/", has: [{ type: "query", key: "sort" }] },
    { source: "/(c|tags)/:name", has: [{ type: "query", key: "sort" }] },
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
    // Every search: its query is the page (lib/search-query.ts), and /search/<view> is internal.
    "/search/:path*",
    { source: "/stories/like-mine", has: [{ type: "query", key: "education" }] },
    { source: "/stories/like-mine", has: [{ type: "query", key: "field" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "authjs.session-token" }], missing: [{ type: "cookie", key: "mlpaths-signed-in" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }], missing: [{ type: "cookie", key: "mlpaths-signed-in" }] },
  ],
};
