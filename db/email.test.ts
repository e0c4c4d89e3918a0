// Reply and mention emails (issue 26), end to end below the browser: a reply queues an email in its own
// transaction; after the delay a worker sends it to a real SMTP server on loopback, once, unless the
// member read the notification first; several in the window become one; two workers and retries never
// send twice; one-click unsubscribe turns the kind off; suspended members get nothing; the daily bound
// holds; a refused recipient is retried, then given up, without holding up the next email; and no
// address reaches a log line.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FOREVER } from "@/lib/permissions";
import { createLogger } from "@/lib/log/logger";
import { unsubscribeToken } from "@/lib/email/unsubscribe-token";
import { addressesOf, type SmtpSink, startSmtpSink } from "@/lib/test/smtp-sink";
import { emailHtml } from "@/server/email/compose";
import { createTransport, type Transport } from "@/server/email/transport";
import {
  drainEmailJobs,
  runOneEmailJob,
  startEmailWorker,
  stopEmailWorker,
  type WorkerOptions,
} from "@/server/email/worker";
import { POST as unsubscribe } from "@/app/email/unsubscribe/[token]/route";
import { getDb } from "./index";
import { claimEmailJob, pruneEmailHistory, sendKey } from "./mutations/email-queue";
import { emailChoices } from "./queries/email-settings";
import { markNotificationRead } from "./mutations/notifications";
import { createReply } from "./mutations/replies";
import { createThread } from "./mutations/threads";
import { emailJobs, emailSends, emailSettings, notifications, users } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, type Member } from "./test/factories";

const DELAY_SECONDS = 0.3;
const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

let done: () => Promise<void>;
let sink: SmtpSink;
let transport: Transport;
let logLines: string[];
let options: WorkerOptions;
let made = 0;
const saved = { ...process.env };

/** A member with a (GitHub primary) address. */
async function withAddress(fields: Partial<Member> = {}) {
  const n = ++made;
  return aMember({ login: `mailed-${n}`, email: `mailed-${n}@example.test`, ...fields });
}

beforeAll(async () => {
  done = await useFreshDatabase();
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.EMAIL_DELAY_SECONDS = String(DELAY_SECONDS);
  process.env.AUTH_SECRET = "a-test-secret-for-unsubscribe-links";
  process.env.AUTH_URL = "http://forum.example.test";
  transport = createTransport({ kind: "smtp", url: sink.url });
});
afterAll(async () => {
  transport.close();
  await sink.close();
  process.env = saved;
  await done();
});
beforeEach(async () => {
  await getDb().delete(emailSends);
  await getDb().delete(notifications);
  await getDb().delete(emailJobs);
  sink.received.length = 0;
  sink.refuse.clear();
  logLines = [];
  const lines = new Writable({
    write(chunk, _encoding, next) {
      logLines.push(String(chunk));
      next();
    },
  });
  options = {
    transport,
    emailsPerDay: 100,
    retryAfterSeconds: () => 0.2,
    maxAttempts: 2,
    log: createLogger(lines, "info"),
  };
});
afterEach(async () => {
  // No address, ever, in what the worker logs.
  const addresses = (await getDb().select({ email: users.email }).from(users)).flatMap((u) => u.email ?? []);
  for (const line of logLines) for (const address of addresses) expect(line).not.toContain(address);
});

const jobStates = async () =>
  (await getDb().select({ state: emailJobs.state, lastError: emailJobs.lastError }).from(emailJobs)).map(
    (j) => j.state,
  );

describe("a reply", () => {
  it("emails the thread's author once, after the delay, with its text, a link to it in place and one-click unsubscribe", async () => {
    const author = await withAddress();
    const replier = await withAddress();
    const thread = await createThread(author.id, { title: "How I moved into ML", body: "My path." });
    const reply = await createReply(replier.id, thread.id, { body: "Great path, **thanks** for writing it." });

    // Not before the delay.
    expect(await drainEmailJobs(options)).toBe(0);
    expect(sink.received).toHaveLength(0);
    await wait(DELAY_SECONDS + 0.1);
    expect(await drainEmailJobs(options)).toBe(1);
    expect(await drainEmailJobs(options)).toBe(0);

    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.envelopeTo).toEqual([author.email]);
    expect(addressesOf(mail.to)).toEqual([author.email]);
    expect(mail.subject).toContain(`@${replier.login} replied to your post “How I moved into ML”`);
    const place = `http://forum.example.test/threads/${thread.id}-how-i-moved-into-ml?before=${reply.id + 1}#reply-${reply.id}`;
    expect(mail.text).toContain("Great path, thanks for writing it.");
    expect(mail.text).toContain(place);
    expect(mail.text).toContain("You are receiving this email because");
    expect(mail.text).toContain("http://forum.example.test/settings/email");
    expect(mail.html).toContain("<strong>thanks</strong>");
    expect(mail.html).toContain(`href="${place.replace(/&/g, "&amp;")}"`);
    const token = unsubscribeToken(author.id, "replies");
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe")).toBe(`List-Unsubscribe: <http://forum.example.test/email/unsubscribe/${token}>`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(await jobStates()).toEqual(["sent"]);
  });

  it("sends nothing when the member read the notification on the site first", async () => {
    const author = await withAddress();
    const thread = await createThread(author.id, { title: "Read first", body: "Body." });
    await createReply((await withAddress()).id, thread.id, { body: "A reply they will read." });
    const [notification] = await getDb()
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.recipientId, author.id));
    await markNotificationRead(author.id, notification.id);
    await wait(DELAY_SECONDS + 0.1);
    expect(await drainEmailJobs(options)).toBe(1);
    expect(sink.received).toHaveLength(0);
    expect(await jobStates()).toEqual(["skipped"]);
  });

  it("several in the window become one email", async () => {
    const author = await withAddress();
    const thread = await createThread(author.id, { title: "Many answers", body: "Body." });
    for (const text of ["First answer here.", "Second answer here.", "Third answer here."])
      await createReply((await withAddress()).id, thread.id, { body: text });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].subject).toBe("[MLPaths] 3 new posts for you");
    for (const text of ["First answer here.", "Second answer here.", "Third answer here."])
      expect(sink.received[0].text).toContain(text);
  });

  it("is sent once with two workers polling at once", async () => {
    const authors = await Promise.all([withAddress(), withAddress(), withAddress(), withAddress()]);
    const replier = await withAddress();
    for (const author of authors) {
      const thread = await createThread(author.id, { title: `Thread of ${author.login}`, body: "Body." });
      await createReply(replier.id, thread.id, { body: `A reply to ${author.login}.` });
    }
    await wait(DELAY_SECONDS + 0.1);
    const [a, b] = await Promise.all([drainEmailJobs(options), drainEmailJobs(options)]);
    expect(a + b).toBe(4);
    expect(sink.received.map((m) => m.envelopeTo[0]).sort()).toEqual(authors.map((m) => m.email).sort());
  });

  it("is not sent again when a worker sent it and stopped before marking the job done", async () => {
    const author = await withAddress();
    const thread = await createThread(author.id, { title: "Crash after send", body: "Body." });
    await createReply((await withAddress()).id, thread.id, { body: "Sent once only." });
    await wait(DELAY_SECONDS + 0.1);
    // A worker claims the job for a moment, sends, records the send, and dies before finishing the job.
    const job = await claimEmailJob(0.2);
    expect(job).not.toBeNull();
    await getDb()
      .insert(emailSends)
      .values({ key: sendKey(job!.id), recipientId: author.id });
    await wait(0.3);
    // Its claim ran out: another worker takes the job, finds its key, sends nothing.
    expect(await runOneEmailJob(options)).toBe(true);
    expect(sink.received).toHaveLength(0);
    expect(await jobStates()).toEqual(["sent"]);
  });
});

describe("following", () => {
  it("replies in a followed thread are not emailed by default, and are once the member turns them on", async () => {
    const author = await withAddress();
    const follower = await withAddress();
    const chooser = await withAddress();
    const thread = await createThread(author.id, { title: "Followed", body: "Body." });
    // Writing in a thread follows it.
    await createReply(follower.id, thread.id, { body: "I follow this now." });
    await createReply(chooser.id, thread.id, { body: "So do I." });
    await getDb().insert(emailSettings).values({ userId: chooser.id, following: true });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    sink.received.length = 0;
    await createReply((await withAddress()).id, thread.id, { body: "News for the followers." });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    const to = sink.received.map((m) => m.envelopeTo[0]).sort();
    expect(to).toEqual([author.email, chooser.email].sort());
    const forChooser = sink.received.find((m) => m.envelopeTo[0] === chooser.email)!;
    expect(forChooser.subject).toContain("which you follow");
    expect(forChooser.text).toContain(`/email/unsubscribe/${unsubscribeToken(chooser.id, "following")}`);
  });
});

describe("who gets nothing", () => {
  it("a member who unsubscribed with one click; a bad token is refused and changes nothing", async () => {
    const author = await withAddress();
    const request = (token: string) =>
      unsubscribe(
        new Request(`http://forum.example.test/email/unsubscribe/${token}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
        { params: Promise.resolve({ token }) },
      );
    const good = unsubscribeToken(author.id, "replies");
    const forged = unsubscribeToken(author.id, "replies", "another-secret");
    const otherKind = `${good.split(".")[0]}.${unsubscribeToken(author.id, "digest").split(".")[1]}`;
    for (const bad of [forged, otherKind, "nonsense", `${good}x`]) expect((await request(bad)).status).toBe(400);
    expect(await emailChoices(author.id)).toEqual({ replies: true, following: false, digest: false });

    expect((await request(good)).status).toBe(200);
    expect(await emailChoices(author.id)).toEqual({ replies: false, following: false, digest: false });
    const thread = await createThread(author.id, { title: "After unsubscribing", body: "Body." });
    await createReply((await withAddress()).id, thread.id, { body: "Not emailed." });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    expect(sink.received).toHaveLength(0);
  });

  it("a suspended member, whether suspended before the reply or while its email waited", async () => {
    const suspended = await withAddress();
    const later = await withAddress();
    const replier = await withAddress();
    const threads = [];
    for (const author of [suspended, later])
      threads.push(await createThread(author.id, { title: `By ${author.login}`, body: "Body." }));
    const suspend = (member: Member) =>
      getDb().update(users).set({ suspendedUntil: FOREVER }).where(eq(users.id, member.id));
    await suspend(suspended);
    for (const thread of threads) await createReply(replier.id, thread.id, { body: "A reply." });
    await suspend(later);
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    expect(sink.received).toHaveLength(0);
    // The member suspended first had no job at all; the other's was skipped.
    expect(await jobStates()).toEqual(["skipped"]);
  });

  it("a member whose address is not confirmed, or who has none", async () => {
    const unconfirmed = await withAddress();
    await getDb().insert(emailSettings).values({ userId: unconfirmed.id, addressConfirmed: false });
    const none = await aMember({ login: `no-address-${++made}` });
    const replier = await withAddress();
    for (const author of [unconfirmed, none]) {
      const thread = await createThread(author.id, { title: `By ${author.login}`, body: "Body." });
      await createReply(replier.id, thread.id, { body: "A reply." });
    }
    await wait(DELAY_SECONDS + 0.1);
    expect(await drainEmailJobs(options)).toBe(0);
    expect(sink.received).toHaveLength(0);
  });

  it("a member past the daily bound", async () => {
    const author = await withAddress();
    const thread = await createThread(author.id, { title: "Busy thread", body: "Body." });
    const replier = await withAddress();
    await createReply(replier.id, thread.id, { body: "One." });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs({ ...options, emailsPerDay: 1 });
    await createReply(replier.id, thread.id, { body: "Two." });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs({ ...options, emailsPerDay: 1 });
    expect(sink.received).toHaveLength(1);
    expect(await jobStates()).toEqual(expect.arrayContaining(["sent", "skipped"]));
  });
});

describe("failures", () => {
  it("a refused recipient is retried, then given up, while the next email goes", async () => {
    const refused = await withAddress();
    const fine = await withAddress();
    sink.refuse.add(refused.email!);
    const replier = await withAddress();
    for (const author of [refused, fine]) {
      const thread = await createThread(author.id, { title: `For ${author.login}`, body: "Body." });
      await createReply(replier.id, thread.id, { body: `Hello ${author.login}.` });
    }
    await wait(DELAY_SECONDS + 0.1);
    const retrying = { ...options, retryAfterSeconds: () => 1 };
    await drainEmailJobs(retrying);
    expect(sink.received.map((m) => m.envelopeTo[0])).toEqual([fine.email]);
    const [first] = await getDb().select().from(emailJobs).where(eq(emailJobs.recipientId, refused.id));
    expect(first).toMatchObject({ state: "running", attempts: 1 });
    expect(first.lastError).toContain("550");
    expect(first.lastError).not.toContain(refused.email);
    // Not again before its wait; after it, retried, and given up after maxAttempts.
    expect(await drainEmailJobs(retrying)).toBe(0);
    await wait(1.1);
    expect(await drainEmailJobs(retrying)).toBe(1);
    const [last] = await getDb().select().from(emailJobs).where(eq(emailJobs.recipientId, refused.id));
    expect(last).toMatchObject({ state: "failed", attempts: 2 });
    await wait(1.1);
    expect(await drainEmailJobs(retrying)).toBe(0);
    expect(sink.received).toHaveLength(1);
    expect(logLines.join("")).toContain('"outcome":"failed"');
  });
});

describe("without SMTP", () => {
  it("writes each email as an .eml file a mail reader opens", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mlpaths-mail-"));
    const files = createTransport({ kind: "files", dir });
    try {
      const author = await withAddress();
      const thread = await createThread(author.id, { title: "Filed", body: "Body." });
      await createReply((await withAddress()).id, thread.id, { body: "Written to a file." });
      await wait(DELAY_SECONDS + 0.1);
      await drainEmailJobs({ ...options, transport: files });
      const names = await readdir(dir);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/\.eml$/);
      const eml = await readFile(path.join(dir, names[0]), "utf8");
      expect(eml).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(eml).toContain("Written to a file.");
    } finally {
      files.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the worker in a server process", () => {
  it("polls and sends once started, and stops cleanly, finishing nothing after", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mlpaths-worker-"));
    process.env.EMAIL_POLL_SECONDS = "0.1";
    try {
      startEmailWorker({ kind: "off" });
      startEmailWorker({ kind: "files", dir });
      startEmailWorker({ kind: "files", dir }); // once per process: the second call does nothing
      const author = await withAddress();
      const thread = await createThread(author.id, { title: "Polled", body: "Body." });
      await createReply((await withAddress()).id, thread.id, { body: "Found by the poll." });
      await expect.poll(async () => (await readdir(dir)).length, { timeout: 5_000 }).toBe(1);
      await stopEmailWorker();
      await createReply((await withAddress()).id, thread.id, { body: "After the stop." });
      await wait(DELAY_SECONDS + 0.5);
      expect(await readdir(dir)).toHaveLength(1);
      expect(await jobStates()).toEqual(expect.arrayContaining(["sent", "pending"]));
    } finally {
      await stopEmailWorker();
      delete process.env.EMAIL_POLL_SECONDS;
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("history", () => {
  it("finished jobs and recorded sends older than the history are deleted; recent ones and their notifications stay", async () => {
    const author = await withAddress();
    const thread = await createThread(author.id, { title: "Old and new", body: "Body." });
    await createReply((await withAddress()).id, thread.id, { body: "Emailed long ago." });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    await createReply((await withAddress()).id, thread.id, { body: "Emailed just now." });
    await wait(DELAY_SECONDS + 0.1);
    await drainEmailJobs(options);
    const [old] = await getDb().select({ id: emailJobs.id }).from(emailJobs).orderBy(emailJobs.id).limit(1);
    const longAgo = new Date(Date.now() - 40 * 86400_000);
    await getDb().update(emailJobs).set({ finishedAt: longAgo }).where(eq(emailJobs.id, old.id));
    await getDb()
      .update(emailSends)
      .set({ sentAt: longAgo })
      .where(eq(emailSends.key, sendKey(old.id)));
    const told = () => getDb().select().from(notifications).where(eq(notifications.threadId, thread.id));
    const before = (await told()).length;
    await pruneEmailHistory(30);
    expect((await getDb().select().from(emailJobs)).map((j) => j.id)).not.toContain(old.id);
    expect(await getDb().select().from(emailJobs)).toHaveLength(1);
    expect(await getDb().select().from(emailSends)).toHaveLength(1);
    expect(await told()).toHaveLength(before);
  });
});

describe("the post's HTML in an email", () => {
  it("turns images into links and makes site links absolute", () => {
    const html = emailHtml(
      '<p><img src="https://example.test/a.png" alt="a chart"> see <a href="/u/ada">@ada</a> and <a href="//x.test/">x</a></p>',
      "https://mlpaths.example",
    );
    expect(html).toBe(
      '<p><a href="https://example.test/a.png">[a chart]</a> see <a href="https://mlpaths.example/u/ada">@ada</a> and <a href="//x.test/">x</a></p>',
    );
  });
});
