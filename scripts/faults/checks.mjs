// The fault test's checks and figures, from the load's records and the rows.

const CREATES = new Set(["thread", "story", "reply"]);

/** The row a create made: its body is the one sent (an edit keeps it and adds " · edited …"). */
const madeBy = (rows, body) => rows.filter((row) => row.body === body || row.body.startsWith(`${body} · edited`));

export function writeFigures({ submits, rows }) {
  const creates = submits.filter((s) => CREATES.has(s.kind));
  let found = 0;
  let duplicates = 0;
  let lost = 0;
  let unacknowledgedWritten = 0;
  const problems = [];
  for (const submit of creates) {
    const table = submit.kind === "reply" ? rows.replies : rows.threads;
    const made = madeBy(table, submit.values.body);
    if (made.length > 1) {
      duplicates += made.length - 1;
      problems.push(
        `${submit.kind} of ${submit.account} is in the database ${made.length} times (ids ${made.map((r) => r.id).join(", ")})`,
      );
    }
    if (submit.location) {
      const id = submit.kind === "reply" ? submit.replyId : submit.threadId;
      if (made.length === 0) {
        lost++;
        problems.push(
          `${submit.kind} of ${submit.account} was acknowledged (${submit.location}) but is not in the database`,
        );
      } else {
        found++;
        if (!made.some((row) => row.id === id))
          problems.push(
            `${submit.kind} of ${submit.account}: acknowledged as ${id}, in the database as ${made.map((r) => r.id).join(", ")}`,
          );
      }
    } else if (made.length > 0) unacknowledgedWritten++;
  }
  const edits = submits.filter((s) => s.kind === "edit");
  const marks = submits.filter((s) => s.kind === "vote");
  const markRows = new Map();
  for (const mark of rows.marks) {
    const key = `${mark.user_id} ${mark.reply_id ? `r${mark.reply_id}` : `t${mark.thread_id}`}`;
    markRows.set(key, (markRows.get(key) ?? 0) + 1);
  }
  for (const mark of marks.filter((m) => m.location)) {
    const count = markRows.get(`${mark.authorId} ${mark.replyId ? `r${mark.replyId}` : `t${mark.threadId}`}`) ?? 0;
    if (count === 1) found++;
    else {
      if (count === 0) lost++;
      else duplicates += count - 1;
      problems.push(
        `helpful mark of ${mark.account} on ${mark.replyId ? `reply ${mark.replyId}` : `thread ${mark.threadId}`} acknowledged, ${count} in the database`,
      );
    }
  }
  // An edit's outcome is the thread's text: the last edit a writer had acknowledged is what it says.
  const lastEdit = new Map();
  for (const edit of edits.filter((e) => e.location)) lastEdit.set(edit.threadId, edit);
  for (const [threadId, edit] of lastEdit) {
    const row = rows.threads.find((t) => t.id === threadId);
    if (row?.body === edit.values.body) found++;
    else {
      lost++;
      problems.push(`thread ${threadId}: the last acknowledged edit (${edit.account}) is not its text`);
    }
  }
  const acknowledged =
    creates.filter((s) => s.location).length + marks.filter((s) => s.location).length + lastEdit.size;
  return {
    attempted: submits.length,
    sends: submits.reduce((n, s) => n + s.attempts.length, 0),
    resent: submits.filter((s) => s.attempts.length > 1).length,
    dropped: submits.filter((s) => s.dropAfterMs && s.attempts[0]?.status === 0).length,
    acknowledged,
    editsAcknowledged: edits.filter((e) => e.location).length,
    found,
    duplicates,
    lost,
    unacknowledgedWritten,
    // A helpful mark whose answer was lost is not sent again (load.mjs): its outcome is in the rows.
    unanswered: submits.filter((s) => s.kind !== "vote" && !s.location && s.attempts.at(-1)?.status !== 200).length,
    marksUnanswered: marks.filter((s) => !s.location && s.attempts.at(-1)?.status !== 200).length,
    refused: submits
      .filter((s) => !s.location && s.attempts.at(-1)?.status === 200)
      .map((s) => s.attempts.at(-1).message),
    problems,
  };
}

/** 5xx answers by kind: "503 read", "500 reply form", … */
export function serverErrors({ submits, reads }) {
  const kinds = new Map();
  const add = (kind) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  for (const read of reads)
    if (read.status >= 500) add(`${read.status} ${read.stackTrace ? "read with a stack trace" : "read"}`);
  for (const submit of submits)
    for (const attempt of submit.attempts)
      if (attempt.status >= 500)
        add(`${attempt.status} ${submit.kind} form${attempt.stackTrace ? " with a stack trace" : ""}`);
  return [...kinds].sort();
}

export function loadChecks({ figures, submits, reads, rows, recoveries, stale, pagesChecked }) {
  const reads5xx = reads.filter((r) => r.status >= 500);
  const sends = submits.flatMap((s) => s.attempts.map((a) => ({ ...a, kind: s.kind })));
  const unavailable = sends.filter((a) => a.keptText !== undefined);
  const counters = [
    ...rows.badThreads.map(
      (t) =>
        `thread ${t.id}: reply_count ${t.reply_count} for ${t.live_replies} replies, last_activity_at ${t.last_activity_at.toISOString()} (newest post ${t.newest_post?.toISOString()}), helpful_count ${t.helpful_count} for ${t.marks} marks`,
    ),
    ...rows.badReplies.map((r) => `reply ${r.id}: helpful_count ${r.helpful_count} for ${r.marks} marks`),
    ...rows.badStories.map(
      (s) => `story ${s.thread_id}: helpful_count ${s.story_count}, its thread's ${s.thread_count}`,
    ),
    ...rows.badTagCopies.map((c) => `thread ${c.thread_id}: tag ${c.tag_id}'s copies of its sort keys differ`),
  ];
  return [
    {
      name: "every write the app acknowledged is in the database exactly once (retried submits landed on the post they made)",
      ok: figures.lost === 0 && figures.duplicates === 0 && figures.problems.length === 0 && figures.acknowledged > 0,
      detail: figures.problems.length
        ? figures.problems.slice(0, 8).join("; ")
        : `${figures.found} of ${figures.acknowledged}`,
    },
    {
      name: "a create sent again after a lost answer landed on the post its first send made (none refused as a repeat, none written unacknowledged)",
      ok: figures.unacknowledgedWritten === 0 && figures.refused.length === 0,
      detail: `${figures.resent} sent again; ${figures.unacknowledgedWritten} written but never acknowledged; ${figures.refused.length} refused${figures.refused.length ? `: ${[...new Set(figures.refused)].slice(0, 2).join(" | ")}` : ""}`,
    },
    {
      name: "every create and edit was answered in the end (sent again until it was, none left without an answer)",
      ok: figures.unanswered === 0,
      detail: `${figures.unanswered} unanswered`,
    },
    {
      name: "counters agree with the rows (reply_count, last_activity_at, helpful counts, the tag lists' copies)",
      ok: counters.length === 0,
      detail: counters.length
        ? counters.slice(0, 8).join("; ")
        : `${rows.threads.length} threads, ${rows.replies.length} replies, ${rows.marks.length} marks, ${rows.tagCopies} tag copies`,
    },
    {
      name: "no cached page shows a post the database does not have, or misses one it has, once the faults end",
      ok: stale.length === 0 && pagesChecked > 0,
      detail: stale.length
        ? `${stale.length} of ${pagesChecked}: ${stale.slice(0, 4).join(" | ")}`
        : `${pagesChecked} pages`,
    },
    ...recoveries.map((r) => ({
      name: `after "${r.fault}" the app recovered without a manual restart${r.restarted ? " (other than the fault's own)" : ""}: ready, a read and a write served`,
      ok: r.ok,
      detail: r.detail,
    })),
    {
      name: "readers got a page or a friendly 503 throughout (never a 500 or a stack trace)",
      ok: reads.length > 0 && reads5xx.every((r) => r.status === 503 && r.friendly),
      detail: `${reads.filter((r) => r.status === 200).length} of ${reads.length} served${reads5xx.length ? `; 5xx: ${describe(reads5xx)}` : ""}`,
    },
    {
      // Without JavaScript (as this load posts), the answer to a form is its page rendered again with
      // the message; where that page needs the database too (its cached copy expired by a write),
      // the friendly 503 is all there is, and the browser's Back keeps the text. With JavaScript the
      // form always keeps it (e2e/outage/outage.spec.ts).
      name: "while the database was down, a writer's form kept their text with a message, or (a page that could not be rendered without the database) got the friendly 503: never a 500 or a stack trace",
      ok:
        unavailable.length > 0 &&
        unavailable.every((a) => a.keptText) &&
        sends.every((a) => a.status < 500 || (a.status === 503 && !a.stackTrace)),
      detail: `${unavailable.length} "can't reach its database" answers, ${unavailable.filter((a) => !a.keptText).length} without the text; ${sends.filter((a) => a.status === 503).length} friendly 503s; ${sends.filter((a) => a.status >= 500 && a.status !== 503).length} other 5xx`,
    },
  ];
}

function describe(answers) {
  const kinds = new Map();
  for (const a of answers) {
    const key = `${a.status} ${a.path}${a.stackTrace ? " (stack trace)" : ""}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  return [...kinds]
    .slice(0, 6)
    .map(([k, n]) => `${k} ×${n}`)
    .join(", ");
}

/**
 * While Redis was away the caches fail open to rendering: every read in that window was a page, and
 * the writes went on. `window` is the Redis fault's {began, ended}, or null when it was not made.
 */
export function redisChecks({ window, submits, reads }) {
  if (!window) return [];
  const inWindow = (at) => at >= window.began && at <= window.ended;
  const during = reads.filter((r) => inWindow(r.at));
  const writes = submits.flatMap((s) => s.attempts).filter((a) => inWindow(a.at));
  return [
    {
      name: "while Redis was down, pages were still served (rendered, not an error) and writes acknowledged",
      ok: during.length > 0 && during.every((r) => r.status === 200) && writes.some((a) => a.status === 303),
      detail: `${during.filter((r) => r.status === 200).length} of ${during.length} reads served${during.some((r) => r.status !== 200) ? ` (others: ${describe(during.filter((r) => r.status !== 200))})` : ""}; ${writes.filter((a) => a.status === 303).length} of ${writes.length} writes acknowledged`,
    },
  ];
}
