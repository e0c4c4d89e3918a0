// The search flood (issue 21): clients sending new searches as fast as they are answered, each a query
// no cache holds (`/search?q=interview -zq<random>`), while a signed-in reader keeps asking the
// per-reader request and old accounts keep replying at their pace. The same reader and replies are
// timed first without the flood; the flood must not make them more than twice as slow.
import { randomBytes } from "node:crypto";
import { percentile, sendForm, timedGet } from "./http.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => percentile(sorted(values), 50);

/**
 * Quiet windows alternating with flooded ones (`rounds` of each, `seconds / rounds` long), while the
 * reader asks its per-reader request and the repliers reply throughout, as people do, unaware of the
 * windows: each request counts for the window it was sent in. Alternating weighs whatever else the
 * machine is doing on both alike. In a flooded window `clients` search until it ends, and the next
 * window waits for their last answers (a refusal may be held a while).
 * `repliers` must be accounts whose only pace limit is `intervalMs` apart (old accounts) and who post
 * nothing else meanwhile. Each replies `intervalMs` after its last answer, not its last send: the row
 * is stamped somewhere inside a slow request, so pacing from the send could bring the next one inside
 * the interval and have it refused. Their first replies are spread over the interval: sent all at once,
 * every reply would meet the burst of searches each flooded window opens with (the per-IP bucket's),
 * and the median would measure that burst alone.
 */
async function alternate({ origin, reader, replyForm, repliers, intervalMs, seconds, clients, rounds, runId }) {
  const windowMs = (seconds * 1000) / rounds;
  const sent = {
    quiet: { readerTimes: [], replies: [], errors: [] },
    flood: { readerTimes: [], replies: [], errors: [] },
  };
  const searches = [];
  let phase = "quiet";
  let done = false;

  const readerLoop = async () => {
    while (!done) {
      const during = sent[phase];
      const answer = await timedGet(`${origin}/api/reader`, { cookie: `authjs.session-token=${reader.token}` });
      if (answer.status === 200) during.readerTimes.push(answer.ms);
      else during.errors.push(answer);
      // A person's browser asks once a page view, not in a tight loop.
      await sleep(50);
    }
  };
  const replyLoop = async (account, n) => {
    await sleep((n * intervalMs) / repliers.length);
    for (let count = 1; !done; count++) {
      const during = sent[phase];
      const values = {
        body: `Search flood ${runId} reply ${count} from ${account.key} (${phase}): ${randomBytes(6).toString("hex")}`,
      };
      during.replies.push(await sendForm(replyForm, { origin, token: account.token, values }));
      await sleep(intervalMs);
    }
  };
  const searcher = async (until) => {
    while (performance.now() < until) {
      const q = `interview -zq${randomBytes(5).toString("hex")}`;
      searches.push(await timedGet(`${origin}/search?${new URLSearchParams({ q })}`, {}));
    }
  };
  const windows = async () => {
    for (let round = 1; round <= rounds; round++) {
      phase = "quiet";
      await sleep(windowMs);
      phase = "flood";
      const until = performance.now() + windowMs;
      await Promise.all(Array.from({ length: clients }, () => searcher(until)));
    }
    done = true;
  };
  await Promise.all([windows(), readerLoop(), ...repliers.map(replyLoop)]);
  return { quiet: sent.quiet, flooded: sent.flood, searches };
}

/** The search flood's figures and checks (see alternate). */
export async function searchFlood({
  origin,
  reader,
  replyForm,
  repliers,
  intervalMs,
  seconds,
  clients,
  rounds = 2,
  runId,
}) {
  const { quiet, flooded, searches } = await alternate({
    origin,
    reader,
    replyForm,
    repliers,
    intervalMs,
    seconds,
    clients,
    rounds,
    runId,
  });

  const written = (phase) => phase.replies.filter((r) => r.status === 303);
  const notWritten = (phase) => {
    const others = phase.replies.filter((r) => r.status !== 303);
    return others.length
      ? `; not written: ${others.map((r) => `${r.status}${r.message ? ` "${r.message}"` : ""}`).join(", ")}`
      : "";
  };
  const figures = {
    quiet: {
      reader: median(quiet.readerTimes),
      readerCount: quiet.readerTimes.length,
      reply: median(written(quiet).map((r) => r.ms)),
      replyCount: written(quiet).length,
    },
    flood: {
      reader: median(flooded.readerTimes),
      readerCount: flooded.readerTimes.length,
      reply: median(written(flooded).map((r) => r.ms)),
      replyCount: written(flooded).length,
    },
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
      ok:
        within("reply") &&
        figures.flood.replyCount > 0 &&
        [...quiet.replies, ...flooded.replies].every((r) => r.status === 303),
      detail: `${fmt(figures.quiet.reply)} quiet (${figures.quiet.replyCount} of ${quiet.replies.length}), ${fmt(figures.flood.reply)} flooded (${figures.flood.replyCount} of ${flooded.replies.length})${notWritten(quiet)}${notWritten(flooded)}`,
    },
  ];
  return { figures, checks };
}
