// What "several app processes" must hold, each checked through two of them, A and B, given by their
// base URLs (two `next start` of this test, or anything in front of them). Posting is done as a
// browser without JavaScript does (scripts/flood/http.mjs); pages are read signed out.
import { randomBytes } from "node:crypto";
import { limitOf, sendForm } from "../flood/http.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** GET without following redirects: status, x-nextjs-cache, body. Never throws (status 0). */
export async function get(url, headers = {}) {
  try {
    const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    return { status: response.status, cache: response.headers.get("x-nextjs-cache"), body: await response.text() };
  } catch (error) {
    return { status: 0, cache: null, body: "", error: error.cause?.message ?? error.message };
  }
}

/** The form read from one process, posted to `origin` (another process, or the same). */
export function formAt(form, origin) {
  const action = new URL(form.action);
  return { ...form, action: new URL(action.pathname + action.search, origin).href };
}

/** Reads `url` until its answer is served from the cache (at most 5 tries); returns the last answer. */
async function warm(url) {
  let answer;
  for (let n = 0; n < 5; n++) {
    answer = await get(url);
    if (answer.status === 200 && answer.cache === "HIT") break;
  }
  return answer;
}

/**
 * Polls `url` until its HTML contains `text` or `limitMs` pass; the ms it took, or null.
 * Every 25 ms, so the figure is the page's, not the poll's.
 */
export async function msUntilShown(url, text, limitMs, seen = []) {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const asked = performance.now() - started;
    const answer = await get(url);
    seen.push({ asked, took: performance.now() - started - asked, cache: answer.cache, status: answer.status });
    if (answer.status === 200 && answer.body.includes(text)) return performance.now() - started;
    await sleep(25);
  }
  return null;
}

/**
 * A reply posted through A shows on the thread page read through B, a page B had served from its
 * cache, within `withinMs`. Polled for three times as long, to say how stale B stayed when it fails.
 */
export async function replyShowsOnOtherProcess({ a, b, form, account, threadPath, withinMs = 1000 }) {
  const name = `a reply posted through A shows on B's cached thread page within ${withinMs} ms (signed out)`;
  const page = new URL(threadPath, b).href;
  const before = await warm(page);
  if (before.cache !== "HIT")
    return {
      name,
      ok: false,
      detail: `B never served ${threadPath} from its cache (${before.status} ${before.cache})`,
    };
  const text = `Cluster reply ${randomBytes(6).toString("hex")}`;
  const sent = await sendForm(formAt(form, a), { origin: a, token: account.token, values: { body: text } });
  if (sent.status !== 303)
    return { name, ok: false, detail: `the reply through A answered ${sent.status} ${sent.message ?? ""}` };
  const seen = [];
  const ms = await msUntilShown(page, text, withinMs * 3, seen);
  // Which answers were stale, and how long the one that showed it took (B's render of the page).
  const last = seen.at(-1);
  const stale = `${seen.length - (ms === null ? 0 : 1)} stale answers before`;
  return {
    name,
    ok: ms !== null && ms <= withinMs,
    detail:
      ms === null
        ? `still not shown on B after ${withinMs * 3} ms (${seen.length} answers, the last ${last?.cache ?? last?.status})`
        : `shown on B after ${Math.round(ms)} ms (${stale}; the answer that showed it was asked at ${Math.round(last.asked)} ms, ${last.cache ?? "rendered"}, and took ${Math.round(last.took)} ms)`,
    ms,
  };
}

/** A Server Action form rendered by A, posted through B, is accepted (a 303 to the new reply). */
export async function formFromOneWorksOnOther({ b, form, account }) {
  const name = "a Server Action form rendered by A posts through B";
  const text = `Cross-process form ${randomBytes(6).toString("hex")}`;
  const sent = await sendForm(formAt(form, b), { origin: b, token: account.token, values: { body: text } });
  return {
    name,
    ok: sent.status === 303,
    detail: `B answered ${sent.status}${sent.message ? `: ${sent.message}` : ""}`,
  };
}

/** The reader a session cookie names, as `/api/auth/session` on `origin` says (null: none). */
async function sessionUser(origin, token) {
  const answer = await get(new URL("/api/auth/session", origin).href, { cookie: `authjs.session-token=${token}` });
  if (answer.status !== 200) return `status ${answer.status}`;
  return JSON.parse(answer.body || "null")?.user?.login ?? JSON.parse(answer.body || "null")?.user?.name ?? null;
}

/** A session is honoured by both processes; signed out through A, B refuses it at once. */
export async function sessionIsShared({ a, b, account }) {
  const name = "a session is valid on A and on B, and signing out through A ends it on B";
  const onA = await sessionUser(a, account.token);
  const onB = await sessionUser(b, account.token);
  const out = await fetch(new URL("/api/sign-out", a), {
    method: "POST",
    headers: { origin: a, cookie: `authjs.session-token=${account.token}`, "content-length": "0" },
    redirect: "manual",
  });
  const afterOnB = await sessionUser(b, account.token);
  const ok = onA === account.login && onB === account.login && out.status === 303 && afterOnB === null;
  return {
    name,
    ok,
    detail: `A: ${onA}, B: ${onB}; sign-out through A ${out.status}; then B: ${afterOnB}`,
  };
}

/** A new account's reply through A starts its reply interval; its next reply through B is refused. */
export async function limitHoldsAcrossProcesses({ a, b, form, account }) {
  const name = "a rate limit counted on A holds on B (a new account's second reply, through B, is refused)";
  const first = await sendForm(formAt(form, a), {
    origin: a,
    token: account.token,
    values: { body: `Limit first ${randomBytes(6).toString("hex")}` },
  });
  const second = await sendForm(formAt(form, b), {
    origin: b,
    token: account.token,
    values: { body: `Limit second ${randomBytes(6).toString("hex")}` },
  });
  return {
    name,
    ok: first.status === 303 && second.status === 200 && limitOf(second.message) === "interval",
    detail: `A: ${first.status}; B: ${second.status} ${second.message ?? ""}`.trim(),
  };
}

/** `paths` all answer 200 with their content through `origin`; the slowest answer's ms. */
export async function pagesServed(origin, paths, mustContain) {
  let slowest = 0;
  const failures = [];
  for (const path of paths) {
    const started = performance.now();
    const answer = await get(new URL(path, origin).href);
    slowest = Math.max(slowest, performance.now() - started);
    if (answer.status !== 200 || !answer.body.includes(mustContain[path] ?? "</html>"))
      failures.push(`${path} ${answer.status}${answer.error ? ` ${answer.error}` : ""}`);
  }
  return { ok: failures.length === 0, failures, slowest };
}

/** `/api/health` on `origin`: status and the checks it names. */
export async function health(origin) {
  const answer = await get(new URL("/api/health", origin).href);
  let checks = null;
  try {
    checks = JSON.parse(answer.body).checks;
  } catch {
    // not JSON: status alone says it
  }
  return { status: answer.status, checks };
}

/** Polls `/api/health` on every origin until all answer 200, for at most `limitMs`; ms taken or null. */
export async function msUntilReady(origins, limitMs) {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const answers = await Promise.all(origins.map(health));
    if (answers.every((answer) => answer.status === 200)) return performance.now() - started;
    await sleep(100);
  }
  return null;
}
