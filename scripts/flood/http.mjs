// Posting as a browser without JavaScript does: the forms' fields are read once from the pages in
// Chromium with JavaScript off (React's $ACTION_… hidden inputs included), then sent as multipart
// with fetch, with the site's Origin and a session cookie, never following the redirect. Also the
// readers' loop and the figures of their latencies.
import { launchBrowser } from "../bench/page-views.mjs";

/**
 * A Chromium context without JavaScript, signed in with `token`. `form(path, button)` returns where the
 * form that has that button posts to and its fields as `new FormData(form)` gives them.
 */
export async function openFormReader(origin, token) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([
    { name: "authjs.session-token", value: token, domain: new URL(origin).hostname, path: "/", sameSite: "Lax" },
  ]);
  const page = await context.newPage();
  return {
    async form(path, button) {
      const response = await page.goto(new URL(path, origin).href);
      if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status()} (expected 200 with the form)`);
      const form = page.locator("form", { has: page.getByRole("button", { name: button, exact: true }) });
      if ((await form.count()) !== 1)
        throw new Error(`${path}: no single form with a "${button}" button (found ${await form.count()})`);
      return form.evaluate((element) => ({
        action: element.action,
        method: element.method,
        fields: [...new FormData(element)].map(([name, value]) => [name, String(value)]),
      }));
    },
    close: () => browser.close(),
  };
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) =>
    name[0] === "#"
      ? String.fromCodePoint(Number(name[1].toLowerCase() === "x" ? `0${name.slice(1)}` : name.slice(1)))
      : (ENTITIES[name] ?? whole),
  );

/** The text of the form's alert (the refusal message), or null. */
export function alertText(html) {
  const match = /<p[^>]*role="alert"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return match ? decode(match[1].replace(/<[^>]+>/g, "")).trim() : null;
}

/** Which limit a refusal names, or null when the message is not a limit's. */
export function limitOf(message) {
  if (!message) return null;
  if (/posting .+ too quickly/.test(message)) return "interval";
  if (/reached the limit of \d+ .+ a day/.test(message)) return "daily";
  if (/posted exactly this/.test(message)) return "same text";
  return null;
}

/**
 * Sends `form` as its browser would, with `values` replacing the typed fields. Returns the status,
 * Location (a 303 is a written post), the refusal message of a 200, and the time taken; with
 * `withHtml`, also the page the app answered with. Past `timeoutMs` the request is dropped (status 0).
 */
export async function sendForm(form, { origin, token, values, withHtml = false, timeoutMs = 30_000 }) {
  const data = new FormData();
  for (const [name, value] of form.fields) data.append(name, name in values ? values[name] : value);
  // Encoded up front, so the request carries a Content-Length as a browser's does (proxy.ts answers
  // 411 to a body of unknown length).
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  const started = performance.now();
  return settleWithin(
    timeoutMs + 5_000,
    postForm(form, { origin, token, body, encoded, withHtml, timeoutMs, started }),
    () => ({
      status: 0,
      location: null,
      message: "request failed: no answer, and no error, in time",
      ms: performance.now() - started,
    }),
  );
}

async function postForm(form, { origin, token, body, encoded, withHtml, timeoutMs, started }) {
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body,
      headers: { "content-type": encoded.headers.get("content-type"), origin, cookie: `authjs.session-token=${token}` },
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const html = await response.text();
    return {
      status: response.status,
      location: response.headers.get("location"),
      message: response.status === 200 ? alertText(html) : null,
      ms: performance.now() - started,
      ...(withHtml ? { html } : {}),
    };
  } catch (error) {
    return {
      status: 0,
      location: null,
      message: `request failed: ${error.cause?.message ?? error.message}`,
      ms: performance.now() - started,
    };
  }
}

/** The reply id a reply's 303 names (`/threads/7-title?before=43#reply-42`) and its thread's id. */
export function replyFromLocation(location) {
  const url = new URL(location, "http://x");
  const thread = /^\/threads\/(\d+)/.exec(url.pathname);
  const reply = /^#reply-(\d+)$/.exec(url.hash) ?? null;
  const before = url.searchParams.get("before");
  const id = reply ? Number(reply[1]) : before ? Number(before) - 1 : null;
  return { threadId: thread ? Number(thread[1]) : null, id };
}

/** The thread id a new discussion's or story's 303 names (`/threads/7-title`, `/stories/8-title`). */
export function threadFromLocation(location) {
  const match = /^\/(?:threads|stories)\/(\d+)/.exec(new URL(location, "http://x").pathname);
  return match ? Number(match[1]) : null;
}

/**
 * A GET that never follows a redirect and never throws: its status (0 when it failed, with `error`),
 * Retry-After, x-nextjs-cache and time to the last byte; with `withBody`, the body's text too.
 */
export async function timedGet(url, headers = {}, { withBody = false } = {}) {
  const started = performance.now();
  return settleWithin(35_000, getTimed(url, headers, withBody, started), () => ({
    status: 0,
    error: "no answer, and no error, in time",
    ms: performance.now() - started,
  }));
}

async function getTimed(url, headers, withBody, started) {
  try {
    const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = withBody ? await response.text() : (await response.arrayBuffer(), undefined);
    const header = (name) => response.headers.get(name);
    return {
      status: response.status,
      retryAfter: header("retry-after"),
      cache: header("x-nextjs-cache"),
      ms: performance.now() - started,
      ...(withBody ? { body } : {}),
    };
  } catch (error) {
    return { status: 0, error: error.cause?.message ?? error.message, ms: performance.now() - started };
  }
}

/**
 * `work`, or `late()` if it has not settled within `ms`. fetch's own timeout did not always end a
 * request: once, a fault test's writer waited 46 minutes on a request to a server killed mid-answer,
 * with no socket left open, and the run never finished. A harness must end whatever the server does.
 */
export function settleWithin(ms, work, late) {
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([work.finally(() => clearTimeout(timer)), deadline]);
}

/** Anonymous GETs of `paths` in turn until `until` (ms, performance.now()); every answer is recorded. */
export async function readLoop(origin, paths, until, record) {
  for (let n = 0; performance.now() < until; n++) {
    const path = paths[n % paths.length];
    const started = performance.now();
    let status;
    try {
      const response = await fetch(new URL(path, origin), { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      status = 0;
      record({ path, status, ms: performance.now() - started, error: error.cause?.message ?? error.message });
      continue;
    }
    record({ path, status, ms: performance.now() - started });
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
