// The search flood (issue 21): clients sending new searches as fast as they are answered, each a query
// no cache holds (`/search?q=interview -zq<random>`), while a signed-in reader keeps asking the
// per-reader request and old accounts keep replying at their pace. The same reader and replies are
// timed first without the flood; the flood must not make them more than twice as slow.
import { randomBytes } from "node:crypto";
import { percentile, sendForm } from "./http.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => percentile(sorted(values), 50);

async function timedGet(url, headers) {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get("retry-after"), ms: performance.now() - started };
  } catch (error) {
    return { status: 0, error: error.cause?.message ?? error.message, ms: performance.now() - started };
  }
}

/** The reader's /api/reader and the repliers' replies (each at `intervalMs`) until `until`. */
async function measure({ origin, reader, replyForm, repliers, intervalMs, until, runId, phase }) {
  const readerTimes = [];
  const replies = [];
  const readerLoop = async () => {
    while (performance.now() < until) {
      const answer = await timedGet(`${origin}/api/reader`, { cookie: `authjs.session-token=${reader.token}` });
      if (answer.status === 200) readerTimes.push(answer.ms);
      else replies.push({ status: answer.status, ms: answer.ms, what: "reader" });
      // A person's browser asks once a page view, not in a tight loop.
      await sleep(50);
    }
  };
  const replyLoop = async (account) => {
    for (let n = 1; performance.now() < until; n++) {
      const started = performance.now();
      const values = { body: `Search flood ${runId} ${phase} reply ${n} from ${account.key}: ${randomBytes(6).toString("hex")}` };
      replies.push({ ...(await sendForm(replyForm, { origin, token: account.token, values })), what: "reply" });
      await sleep(Math.max(0, intervalMs - (performance.now() - started)));
    }
  };
  await Promise.all([readerLoop(), ...repliers.map(replyLoop)]);
  return { readerTimes, replies: replies.filter((r) => r.what === "reply"), errors: replies.filter((r) => r.what === "reader") };
}

/**
 * Quiet for `seconds`, then the same while `clients` search. Returns the figures and the checks.
 * `repliers` must be accounts whose only pace limit is `intervalMs` apart (old accounts).
 */
export async function searchFlood({ origin, reader, replyForm, repliers, intervalMs, seconds, clients, runId }) {
  const quiet = await measure({ origin, reader, replyForm, repliers, intervalMs, until: performance.now() + seconds * 1000, runId, phase: "quiet" });
  // The repliers' last quiet replies are less than an interval old.
  await sleep(intervalMs);
  const until = performance.now() + seconds * 1000;
  const searches = [];
  const searcher = async () => {
    while (performance.now() < until) {
      const q = `interview -zq${randomBytes(5).toString("hex")}`;
      searches.push(await timedGet(`${origin}/search?${new URLSearchParams({ q })}`, {}));
    }
  };
  const [flooded] = await Promise.all([
    measure({ origin, reader, replyForm, repliers, intervalMs, until, runId, phase: "flood" }),
    ...Array.from({ length: clients }, searcher),
  ]);

  const written = (phase) => phase.replies.filter((r) => r.status === 303);
  const figures = {
    quiet: { reader: median(quiet.readerTimes), readerCount: quiet.readerTimes.length, reply: median(written(quiet).map((r) => r.ms)), replyCount: written(quiet).length },
    flood: { reader: median(flooded.readerTimes), readerCount: flooded.readerTimes.length, reply: median(written(flooded).map((r) => r.ms)), replyCount: written(flooded).length },
    searches: {
      sent: searches.length,
      answered: searches.filter((s) => s.status === 200).length,
      refused: searches.filter((s) => s.status === 429).length,
      other: searches.filter((s) => s.status !== 200 && s.status !== 429).length,
      p50: percentile(sorted(searches.map((s) => s.ms)), 50),
    },
  };
  const refused = searches.filter((s) => s.status === 429);
  const within = (key) => figures.flood[key] <= 2 * figures.quiet[key];
  const fmt = (n) => `${Math.round(n)} ms`;
  const checks = [
    {
      name: "search flood: past the per-IP limit, searches are refused with 429 and a Retry-After",
      ok: refused.length > 0 && refused.every((s) => Number(s.retryAfter) >= 1) && figures.searches.other === 0,
      detail: `${figures.searches.sent} sent: ${figures.searches.answered} answered, ${figures.searches.refused} refused, ${figures.searches.other} other`,
    },
    {
      name: "search flood: the per-reader request stays within 2× its quiet median",
      ok: within("reader") && flooded.errors.length === 0,
      detail: `${fmt(figures.quiet.reader)} quiet (${figures.quiet.readerCount}), ${fmt(figures.flood.reader)} flooded (${figures.flood.readerCount})${flooded.errors.length ? `, ${flooded.errors.length} failed` : ""}`,
    },
    {
      name: "search flood: replies stay within 2× their quiet median, and are written",
      ok: within("reply") && figures.flood.replyCount > 0 && flooded.replies.every((r) => r.status === 303),
      detail: `${fmt(figures.quiet.reply)} quiet (${figures.quiet.replyCount}), ${fmt(figures.flood.reply)} flooded (${figures.flood.replyCount} of ${flooded.replies.length})`,
    },
  ];
  return { figures, checks };
}
