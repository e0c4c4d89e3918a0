// One page view as Chromium makes it: every request the browser sends to the server for the document
// and within 4 s after load and a scroll to the bottom (static assets aside), recorded so the exact
// sequence can be replayed under load with autocannon.
import { existsSync } from "node:fs";

// The request headers that change what Next answers (RSC payload vs HTML, prefetch kind, router
// state) or who is asking. Everything else (user agent, accept-language, sec-*) does not matter here.
const KEPT_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
  "next-action",
  "content-type",
  "cookie",
];

const STATIC =
  /^\/(_next\/static\/|_next\/image|favicon)|\.(css|js|mjs|map|woff2?|ttf|otf|png|jpe?g|gif|svg|ico|webp|avif)$/;

export function isStaticAsset(pathname) {
  return STATIC.test(pathname);
}

export async function launchBrowser() {
  const { chromium } = await import("@playwright/test");
  return chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Requests of one view of `path` on `origin` (http://localhost:PORT). `cookies` ({ name: value })
 * are what a signed-in reader's browser holds (the Auth.js session cookie, and whatever the app sets
 * beside it at sign-in); none for a signed-out reader.
 */
export async function recordView(browser, origin, path, { cookies = {}, settleMs = 4000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { hostname } = new URL(origin);
  const jar = Object.entries(cookies).map(([name, value]) => ({
    name,
    value,
    domain: hostname,
    path: "/",
    sameSite: "Lax",
  }));
  if (jar.length) await context.addCookies(jar);
  const cookieHeader = jar.map((c) => `${c.name}=${c.value}`).join("; ");
  const page = await context.newPage();
  const seen = [];
  const statuses = new Map();
  let staticCount = 0;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    if (isStaticAsset(url.pathname)) {
      staticCount += 1;
      return;
    }
    seen.push({ request, at: performance.now() });
  });
  const sessionResponses = [];
  page.on("response", (response) => {
    statuses.set(response.request(), response.status());
    if (new URL(response.url()).pathname === "/api/reader") sessionResponses.push(response);
  });
  const started = performance.now();
  await page.goto(new URL(path, origin).toString(), { waitUntil: "load", timeout: 120_000 });
  // Scroll down a screen at a time, as a reader would, so links that enter the viewport can
  // trigger whatever they trigger; no mouse, so nothing is hovered.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.waitForTimeout(settleMs);
  const requests = [];
  for (const { request, at } of seen) {
    const all = await request.allHeaders();
    const headers = {};
    for (const name of KEPT_HEADERS) if (all[name] !== undefined) headers[name] = all[name];
    if (cookieHeader && !headers.cookie) {
      // The browser sends its cookies on every same-origin request; keep them even if the recorded
      // header list did not show them.
      headers.cookie = cookieHeader;
    }
    const url = new URL(request.url());
    requests.push({
      method: request.method(),
      path: url.pathname + url.search,
      headers,
      body: request.postData() ?? undefined,
      kind: describe(request, headers),
      status: statuses.get(request) ?? 0,
      atMs: Math.round(at - started),
    });
  }
  // Who the page thought was reading, from its own per-reader request (null when it made none):
  // proof that the signed-in view really was signed in.
  let viewer = null;
  for (const response of sessionResponses) {
    try {
      const body = await response.json();
      viewer = body?.viewer?.login ? `signed in as ${body.viewer.login}` : "signed out";
    } catch {
      viewer = `session answer ${response.status()}`;
    }
  }
  await context.close();
  return { requests, staticCount, viewer };
}

function describe(request, headers) {
  if (request.resourceType() === "document") return "document";
  if (headers["next-router-segment-prefetch"]) return `prefetch ${headers["next-router-segment-prefetch"]}`;
  if (headers["next-router-prefetch"]) return "prefetch";
  if (headers.rsc) return "rsc";
  if (new URL(request.url()).pathname === "/api/reader") return "session";
  return request.resourceType();
}

/** The recorded sequence in autocannon's `requests` form. */
export function replayRequests(recorded) {
  return recorded.map((r) => ({
    method: r.method,
    path: r.path,
    headers: r.headers,
    ...(r.body ? { body: r.body } : {}),
  }));
}

/** "1 document, 2 session, 39 prefetch /_tree": what a view consists of. */
export function summarize(recorded) {
  const counts = new Map();
  for (const r of recorded) {
    const key = r.kind.startsWith("prefetch") ? "prefetch" : r.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(", ");
}
