// The flood's figures as tables, and the server's own account of errors when a check failed.
import { existsSync, readFileSync } from "node:fs";
import { percentile } from "./http.mjs";

const log = (...a) => console.log(...a);

function ms(n) {
  return Number.isFinite(n) ? `${Math.round(n)} ms` : "-";
}

function pad(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
}

const TYPES = {
  "new-a": "new",
  "new-b": "new",
  "new-full": "new, at caps",
  "old-a": "old",
  "old-b": "old",
  "old-full": "old, at thread cap",
};

/** Posts per account (sent, written, refused by which limit), posting latency, readers, sign-in answers. */
export function printFigures({ accounts, sent, reads, floodSeconds, signIn }) {
  const widths = [28, 8, 8, 14, 8, 10, 14, 6];
  log(
    `\nPosts in ${floodSeconds.toFixed(1)} s (written = 303; refused = 200 with the limit's message, by interval/daily cap/same text;`,
  );
  log("threads are discussions and stories in turn, written shown as discussions+stories)");
  log(pad(["account", "replies", "written", "refused i/d/s", "threads", "written", "refused i/d/s", "other"], widths));
  const totals = { reply: [0, 0, 0], thread: [0, 0, 0] }; // sent, written, of which stories
  let otherTotal = 0;
  for (const account of accounts) {
    const row = [`${account.key} (${TYPES[account.key] ?? account.age})`];
    let other = 0;
    for (const kind of ["reply", "thread"]) {
      const answers = sent[account.key][kind];
      const written = answers.filter((a) => a.status === 303);
      const stories = written.filter((a) => a.story).length;
      const by = (limit) => answers.filter((a) => a.status === 200 && a.limit === limit).length;
      other += answers.filter((a) => a.status !== 303 && !(a.status === 200 && a.limit)).length;
      row.push(
        answers.length,
        kind === "thread" ? `${written.length - stories}+${stories}` : written.length,
        `${by("interval")}/${by("daily")}/${by("same text")}`,
      );
      totals[kind][0] += answers.length;
      totals[kind][1] += written.length;
      totals[kind][2] += stories;
    }
    otherTotal += other;
    log(pad([...row, other], widths));
  }
  log(
    pad(
      [
        "all",
        totals.reply[0],
        totals.reply[1],
        "",
        totals.thread[0],
        `${totals.thread[1] - totals.thread[2]}+${totals.thread[2]}`,
        "",
        otherTotal,
      ],
      widths,
    ),
  );
  const posting = postingLatencies(sent);
  log(
    `posting: ${posting.length} requests, ${(posting.length / floodSeconds).toFixed(1)}/s, p50 ${ms(percentile(posting, 50))}, p95 ${ms(percentile(posting, 95))}`,
  );

  const columns = [34, 9, 9, 9, 9, 8];
  log("\nReaders (anonymous GETs during the flood)");
  log(pad(["path", "requests", "p50", "p95", "max", "non-200"], columns));
  for (const path of [...new Set(reads.map((r) => r.path)), "all"]) {
    const these = path === "all" ? reads : reads.filter((r) => r.path === path);
    const times = these.map((r) => r.ms).sort((a, b) => a - b);
    const label = path.length > 34 ? `${path.slice(0, 33)}…` : path;
    log(
      pad(
        [
          label,
          these.length,
          ms(percentile(times, 50)),
          ms(percentile(times, 95)),
          ms(times.at(-1)),
          these.filter((r) => r.status !== 200).length,
        ],
        columns,
      ),
    );
  }
  log(`${(reads.length / floodSeconds).toFixed(1)} reads/s`);
  log(`\nSign-in callbacks from ${signIn.address}: ${signIn.answers.map((a) => a.status).join(" ")}`);
}

/** The search flood's medians, quiet and flooded, and what became of the searches. */
export function printSearchFlood({ quiet, flood, searches }) {
  const columns = [30, 12, 12];
  log("\nSearch flood (medians; per-reader request signed in, replies by old accounts at their pace)");
  log(pad(["", "quiet", "flooded"], columns));
  log(
    pad(
      [
        "per-reader request",
        `${ms(quiet.reader)} (${quiet.readerCount})`,
        `${ms(flood.reader)} (${flood.readerCount})`,
      ],
      columns,
    ),
  );
  log(pad(["reply", `${ms(quiet.reply)} (${quiet.replyCount})`, `${ms(flood.reply)} (${flood.replyCount})`], columns));
  log(
    `searches: ${searches.sent} sent, ${searches.answered} answered, ${searches.refused} refused (429), ${searches.other} other; p50 ${ms(searches.p50)}`,
  );
}

export function printCacheFlood({
  sent,
  seconds,
  lists,
  searches,
  rssBeforeMb,
  peakRssMb,
  rssAfterMb,
  diskGrowthMb,
  warm,
}) {
  log(`\nCache flood: ${sent} new addresses in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s)`);
  log(`  lists: ${lists}`);
  log(`  searches: ${searches}`);
  log(
    `  server memory (RSS of next start's process group): ${Math.round(rssBeforeMb)} MB before, peak ${Math.round(peakRssMb)} MB, ${Math.round(rssAfterMb)} MB after`,
  );
  log(`  cached pages written to disk meanwhile: ${diskGrowthMb.toFixed(1)} MB`);
  log(
    `  warm pages (x-nextjs-cache before → after): ${warm.map((p) => `${p.path} ${p.before.cache ?? p.before.status}→${p.after.cache ?? p.after.status}`).join(", ")}`,
  );
}

/** Every flood post's time to answer, sorted. */
export function postingLatencies(sent) {
  return Object.values(sent)
    .flatMap((byKind) => [...byKind.reply, ...byKind.thread].map((a) => a.ms))
    .sort((a, b) => a - b);
}

/** "3× / 500, 1× /stories 0 other side closed" */
export function describeReads(bad) {
  const counts = new Map();
  for (const r of bad) {
    const what = `${r.path} ${r.status}${r.error ? ` ${r.error}` : ""}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return [...counts].map(([what, n]) => `${n}× ${what}`).join(", ");
}

/** The last error lines of the server's log. */
export function printServerErrors(logFile, shownAs) {
  if (!existsSync(logFile)) return;
  // Auth.js logs each made-up callback of the sign-in probe as InvalidCheck: expected.
  const errors = readFileSync(logFile, "utf8")
    .split("\n")
    .filter((l) => /error|exception|⨯/i.test(l) && !/InvalidCheck/.test(l));
  log(`\nServer log (${shownAs}): ${errors.length} error lines${errors.length ? "; the last ones:" : ""}`);
  for (const line of errors.slice(-20)) log(`  ${line.slice(0, 300)}`);
}
