// The fault test's load: writers post threads, stories, replies, edits and helpful marks through the
// app's own forms, as a browser without JavaScript does, while anonymous readers read the lists and
// the new posts, all the time the faults happen. Every submit and every read is recorded.
//
// A create or an edit carries a form key, as a browser with JavaScript sends it (components/form-key.tsx):
// when its answer is lost (the connection dropped, or the app said it could not reach its database),
// the writer sends the same form again with the same key and text until it gets an answer, as a
// person whose form kept their text would press the button again. The key makes that land on the post
// the first send may already have made. A helpful mark is a toggle with no key: sent again it would
// take the mark back, so a mark whose answer was lost is not sent again (the checks read its outcome
// from the rows).
import { randomBytes, randomUUID } from "node:crypto";
import { replyFromLocation, sendForm, settleWithin, threadFromLocation, timedGet } from "../flood/http.mjs";
import { isUnavailableMessage, looksLikeStackTrace } from "./pages.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A story's facts, as a member picks them (db/test/factories.ts).
export const STORY_FACTS = {
  role: "ml-engineer",
  education: "no-degree",
  previousField: "finance",
  previousTitle: "Analyst",
  monthsToOffer: "14",
  firstRoleYear: "2024",
  howHired: "referral",
  resources: "",
  milestones: "",
};

// What each writer does, in turn: replies most, as on a forum.
const ROUND = ["thread", "reply", "vote", "story", "reply", "edit", "reply", "vote"];
// How long a writer waits before sending a form whose answer was lost again.
const RETRY_MS = 400;
const CREATES = new Set(["thread", "story", "reply"]);
// One create in this many drops its own connection before the answer (below).
const DROP_EVERY = 5;

/**
 * Starts the load. `forms` are the forms read from the app (thread, story, reply, edit, helpful);
 * `seed` the posts that exist before it (at least one thread to reply to and mark). Returns
 * `{ submits, reads, posts, stop }`: `stop()` ends the rounds, lets every writer finish (and
 * re-send) the submit it is on until `settleBy`, and resolves when all have.
 */
export function startLoad({ origin, forms, writers, readers, runId, seed }) {
  const submits = [];
  const reads = [];
  // Posts the app acknowledged, for writers to reply to, edit and mark, and for readers to read.
  const posts = { threads: [...seed.threads], replies: [...seed.replies] };
  let stopping = false;
  let settleBy = Infinity;
  const pick = (list, n) => list[n % list.length];

  /**
   * Sends one submit, and sends it again while its answer is lost (creates and edits). Every
   * DROP_EVERY-th create drops its first connection itself soon after sending, as a phone losing its
   * signal does: the app usually writes the post anyway, so the form sent again must land on it.
   */
  async function submit(entry, form, account) {
    submits.push(entry);
    if (CREATES.has(entry.kind) && submits.length % DROP_EVERY === 0)
      entry.dropAfterMs = 20 + (submits.length % 7) * 40;
    for (;;) {
      const timeoutMs = entry.attempts.length === 0 && entry.dropAfterMs ? entry.dropAfterMs : 30_000;
      const answer = await sendForm(form, {
        origin,
        token: account.token,
        values: entry.values,
        withHtml: true,
        timeoutMs,
      });
      const lost = answer.status === 0 || answer.status >= 500;
      // A form's refusal is its alert; a one-button form (a helpful mark) shows its answer as a status.
      const unavailable = answer.status === 200 && isUnavailableMessage(answer.message ?? answer.html);
      entry.attempts.push({
        status: answer.status,
        ms: Math.round(answer.ms),
        at: Date.now(),
        ...(answer.status === 0 ? { error: answer.message } : {}),
        ...(answer.status >= 500 ? { stackTrace: looksLikeStackTrace(answer.html ?? "") } : {}),
        ...(unavailable ? { keptText: keptText(answer.html, entry.values) } : {}),
        ...(answer.status === 200 && !unavailable ? { message: answer.message } : {}),
      });
      if (answer.status === 303 && answer.location) {
        entry.location = answer.location;
        return answer.location;
      }
      if (!(lost || unavailable)) return null; // refused for a reason of its own: recorded, not retried
      if (entry.kind === "vote") return null; // a toggle: not sent again (see above)
      if (Date.now() > settleBy) return null;
      await sleep(RETRY_MS);
    }
  }

  async function writer(account, w) {
    for (let n = w; !stopping; n++) {
      const kind = pick(ROUND, n);
      const label = `${kind} ${n} of ${account.key}`;
      const text = `Faults ${runId} ${label}: ${randomBytes(6).toString("hex")}`;
      const entry = {
        kind,
        account: account.key,
        authorId: account.id,
        values: { formKey: randomUUID() },
        attempts: [],
      };
      if (kind === "thread" || kind === "story") {
        Object.assign(entry.values, { title: `Faults ${runId} ${label}`, body: text });
        // A tag, so the tag lists' copies of the thread's sort keys are written and checked too.
        if (kind === "story") Object.assign(entry.values, STORY_FACTS);
        else entry.values.tags = "faults";
        const location = await submit(entry, kind === "story" ? forms.story : forms.thread, account);
        if (location) {
          entry.threadId = threadFromLocation(location);
          posts.threads.push({
            id: entry.threadId,
            kind,
            path: new URL(location, origin).pathname,
            authorId: account.id,
            body: entry.values.body,
            title: entry.values.title,
          });
        }
      } else if (kind === "reply") {
        const thread = pick(posts.threads, n * 7 + w);
        entry.threadId = thread.id;
        Object.assign(entry.values, { body: text, threadId: String(thread.id) });
        const location = await submit(entry, forms.reply, account);
        if (location) {
          entry.replyId = replyFromLocation(location).id;
          posts.replies.push({ id: entry.replyId, threadId: thread.id, authorId: account.id });
        }
      } else if (kind === "edit") {
        // One worker per writer edits, so a thread's edits are sent one after another and the last
        // one acknowledged is what the thread must say. The text keeps the first one's, to find it by.
        const own = posts.threads.filter((t) => t.authorId === account.id && t.kind === "thread");
        if (own.length === 0 || w !== 0) continue;
        const thread = pick(own, n);
        entry.threadId = thread.id;
        Object.assign(entry.values, {
          threadId: String(thread.id),
          title: thread.title,
          body: `${thread.body} · edited ${n}`,
          tags: "faults",
        });
        await submit(entry, forms.edit, account);
      } else {
        // A mark on someone else's post, each at most once from this writer (a second would take it back).
        const others = [
          ...posts.threads.filter((t) => t.authorId !== account.id).map((t) => ({ threadId: t.id })),
          ...posts.replies
            .filter((r) => r.authorId !== account.id)
            .map((r) => ({ threadId: r.threadId, replyId: r.id })),
        ].filter((target) => !account.marked.has(markKey(target)));
        if (others.length === 0) continue;
        const target = pick(others, n * 13 + w);
        account.marked.add(markKey(target));
        Object.assign(entry, target);
        entry.values = {
          threadId: String(target.threadId),
          ...(target.replyId ? { replyId: String(target.replyId) } : {}),
        };
        await submit(entry, target.replyId ? forms.helpfulReply : forms.helpful, account);
      }
    }
  }

  async function reader(r) {
    for (let n = r; !stopping; n++) {
      // The lists, and the newest posts (whose pages the writes keep expiring).
      const recent = posts.threads.slice(-8);
      const choices = ["/", "/stories", "/?sort=new", ...recent.map((t) => t.path)];
      const path = pick(choices, n * 5);
      const answer = await timedGet(new URL(path, origin).href, {}, { withBody: true });
      reads.push({
        path,
        status: answer.status,
        at: Date.now(),
        ms: Math.round(answer.ms),
        cache: answer.cache,
        ...(answer.status >= 500
          ? { stackTrace: looksLikeStackTrace(answer.body ?? ""), friendly: friendly(answer) }
          : {}),
        ...(answer.status === 0 ? { error: answer.error } : {}),
      });
      if (answer.status === 0) await sleep(100); // the server is down: do not spin
    }
  }

  const running = [
    ...writers.flatMap((account) => {
      account.marked = new Set();
      return [0, 1].map((w) => writer(account, w));
    }),
    ...Array.from({ length: readers }, (_, r) => reader(r)),
  ];
  return {
    submits,
    reads,
    posts,
    // Each request settles within its own time (settleWithin); this bound only keeps a run from
    // waiting forever on a bug of its own. Returns how many writers and readers had not finished.
    async stop(settleMs) {
      stopping = true;
      settleBy = Date.now() + settleMs;
      let finished = 0;
      for (const task of running) task.then(() => finished++);
      return settleWithin(
        settleMs + 60_000,
        Promise.all(running).then(() => 0),
        () => running.length - finished,
      );
    },
  };
}

const markKey = ({ threadId, replyId }) => (replyId ? `r${replyId}` : `t${threadId}`);

/** Whether the form the app answered with still holds what the writer typed (the body's text). */
function keptText(html, values) {
  if (!html || values.body === undefined) return true;
  const escaped = values.body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return html.includes(escaped);
}

/** A 503 page that says what happened, without a stack trace. */
function friendly(answer) {
  return answer.status === 503 && !looksLikeStackTrace(answer.body ?? "");
}
