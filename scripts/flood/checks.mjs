// What the flood must leave behind, read from the database: every author's posts as far apart and as
// few a day as the limits say (counting deleted rows, as the limits do), exactly one row for each
// 303, no text twice, and the thread's reply count equal to its replies.

const DAY_MS = 24 * 3600_000;
// The least time past its interval that an old account's next post may land before the flood counts it
// as held back (refused when it should not have been): requests arrive continuously, so the first one
// after the interval is answered within a request's time (the caller passes a larger slack under load).
export const HELD_BACK_SLACK_MS = 3000;

/** The limits that apply to one kind of post by an account of this age. */
export function rulesFor(limits, age, kind) {
  if (kind === "thread") {
    return age === "new"
      ? { intervalMs: limits.newThreadIntervalSeconds * 1000, perDay: limits.newThreadsPerDay }
      : { intervalMs: limits.threadIntervalSeconds * 1000, perDay: limits.threadsPerDay };
  }
  return age === "new"
    ? { intervalMs: limits.newReplyIntervalSeconds * 1000, perDay: limits.newRepliesPerDay }
    : { intervalMs: limits.replyIntervalSeconds * 1000, perDay: Infinity };
}

const plural = (kind) => (kind === "reply" ? "replies" : "threads");
const name = (kind, row) => `${kind === "reply" ? "reply" : row.kind} ${row.id}`;
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

/**
 * `posts` is { threads, replies } of every account (database rows); `sent` maps account key → kind →
 * the flood's answers; `isFlood(body)` tells this run's flood posts from the earlier and later ones.
 */
export function floodChecks({ accounts, posts, sent, limits, isFlood, threadId, floodSeconds, slackMs, replyCount }) {
  const checks = [];
  const check = (name, failures, passDetail) =>
    checks.push({ name, ok: failures.length === 0, detail: failures.length ? failures.join("; ") : passDetail });
  const kinds = [
    ["thread", posts.threads],
    ["reply", posts.replies],
  ];

  // Every answer is a written post or a limit's refusal.
  const odd = [];
  for (const account of accounts) {
    for (const [kind] of kinds) {
      for (const answer of sent[account.key][kind]) {
        const written = answer.status === 303 && answer.location;
        if (!written && !(answer.status === 200 && answer.limit))
          odd.push(
            `${account.key} ${kind}: ${answer.status}${answer.message ? ` "${answer.message.slice(0, 120)}"` : ""}`,
          );
      }
    }
  }
  check(
    "every post answered 303 (written) or 200 with a limit's message (no 5xx, nothing else)",
    summarize(odd),
    "yes",
  );

  const intervals = [];
  const daily = [];
  const heldBack = [];
  const exact = [];
  const rowsMatch = [];
  const sameText = [];
  const minGaps = [];
  for (const account of accounts) {
    for (const [kind, rows] of kinds) {
      const own = rows.filter((row) => row.author_id === account.id);
      const { intervalMs, perDay } = rulesFor(limits, account.age, kind);
      // Intervals: between every two consecutive posts, whatever made them.
      let minGap = Infinity;
      for (let i = 1; i < own.length; i++) {
        const gap = own[i].created_at - own[i - 1].created_at;
        minGap = Math.min(minGap, gap);
        if (gap < intervalMs)
          intervals.push(
            `${account.key}: ${name(kind, own[i - 1])} and ${name(kind, own[i])} are ${seconds(gap)} apart (limit ${intervalMs / 1000} s)`,
          );
      }
      if (Number.isFinite(minGap)) minGaps.push(`${account.key} ${plural(kind)} ${seconds(minGap)}`);
      // Daily caps: no day-long window (ending at any post) holds more than the cap.
      if (Number.isFinite(perDay)) {
        for (let i = 0; i < own.length; i++) {
          const inDay = own.filter(
            (row) => row.created_at <= own[i].created_at && own[i].created_at - row.created_at < DAY_MS,
          ).length;
          if (inDay > perDay) {
            daily.push(
              `${account.key}: ${inDay} ${plural(kind)} in the day up to ${kind} ${own[i].id} (cap ${perDay})`,
            );
            break;
          }
        }
      }
      const flooded = own.filter((row) => isFlood(row.body));
      const full = kind === "thread" ? account.full?.threads : account.full?.replies;
      if (full) {
        if (flooded.length > 0)
          exact.push(`${account.key} was at its ${kind} cap and still got ${flooded.length} new ${plural(kind)}`);
      } else if (account.age === "new" && intervalMs > floodSeconds * 1000) {
        if (flooded.length !== 1)
          exact.push(
            `${account.key} (new) got ${flooded.length} ${plural(kind)} in a ${floodSeconds.toFixed(1)} s flood (expected exactly 1)`,
          );
      } else if (account.age === "old") {
        if (flooded.length === 0) heldBack.push(`${account.key} got no ${kind} at all`);
        for (let i = 1; i < flooded.length; i++) {
          const gap = flooded[i].created_at - flooded[i - 1].created_at;
          if (gap > intervalMs + slackMs)
            heldBack.push(
              `${account.key}: ${name(kind, flooded[i - 1])} and ${name(kind, flooded[i])} are ${seconds(gap)} apart (interval ${intervalMs / 1000} s)`,
            );
        }
      }
      // One row for each 303, and a 303 for each row.
      const answered = sent[account.key][kind].filter((a) => a.status === 303 && a.location);
      const named = answered.map((a) => a.postId);
      const ids = flooded.map((row) => row.id);
      const unmatched = named.filter((id) => !ids.includes(id));
      const unnamed = ids.filter((id) => !named.includes(id));
      if (
        answered.length !== flooded.length ||
        unmatched.length ||
        unnamed.length ||
        new Set(named).size !== named.length
      ) {
        rowsMatch.push(
          `${account.key} ${plural(kind)}: ${answered.length} answered 303 (ids ${named.join(",") || "none"}), ${flooded.length} rows (ids ${ids.join(",") || "none"})`,
        );
      }
      if (kind === "reply") {
        const elsewhere =
          answered.filter((a) => a.threadId !== threadId).length +
          flooded.filter((row) => row.thread_id !== threadId).length;
        if (elsewhere) rowsMatch.push(`${account.key}: ${elsewhere} flood replies not on thread ${threadId}`);
      }
      const bodies = new Map();
      for (const row of own) {
        if (bodies.has(row.body))
          sameText.push(`${account.key}: ${plural(kind)} ${bodies.get(row.body)} and ${row.id} have the same text`);
        bodies.set(row.body, row.id);
      }
    }
  }
  const l = limits;
  check(
    `consecutive posts of each author are at least the interval for its age apart (threads ${l.threadIntervalSeconds} s, new ${l.newThreadIntervalSeconds} s; replies ${l.replyIntervalSeconds} s, new ${l.newReplyIntervalSeconds} s)`,
    summarize(intervals),
    `shortest gaps: ${minGaps.join(", ")}`,
  );
  check(
    `no author exceeds a daily cap in any 24 h (threads ${l.threadsPerDay}, new ${l.newThreadsPerDay}; new replies ${l.newRepliesPerDay})`,
    summarize(daily),
    "yes",
  );
  check(
    "accounts at a cap got nothing new; new accounts got exactly one reply and one thread",
    summarize(exact),
    "yes",
  );
  check(
    `old accounts were not held back (each next post within ${(slackMs / 1000).toFixed(1)} s after the interval)`,
    summarize(heldBack),
    "yes",
  );
  check("every 303 names its own new row, and every new row had a 303", summarize(rowsMatch), "yes");
  check("no author has two posts with the same text", summarize(sameText), "yes");
  check(
    "the thread's reply_count equals its live replies",
    replyCount.reply_count === replyCount.live
      ? []
      : [`reply_count ${replyCount.reply_count}, live replies ${replyCount.live}`],
    `${replyCount.live}`,
  );
  return checks;
}

function summarize(failures, max = 6) {
  return failures.length > max ? [...failures.slice(0, max), `… ${failures.length - max} more`] : failures;
}
