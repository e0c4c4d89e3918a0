// The checks of db/mutations/limits.ts one at a time, at their edges: exactly at the interval, exactly at
// the daily cap, an account exactly newAccountHours old, the wait each refusal names. db/limits.test.ts
// drives them through the real mutations; here each check gets rows stamped at chosen times and a
// clock of our choosing (LockedActor.now), so every second is known. StrykerJS runs this file against
// each change of limits.ts (stryker.config.mjs).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { DEFAULT_RATE_LIMITS as LIMITS, type RateLimits, UNLIMITED } from "@/lib/limits/rate-limits";
import { type Transaction, getDb } from "./index";
import {
  type LockedActor,
  checkFlagRate,
  checkFollowUpRate,
  checkLinks,
  checkNewPost,
  checkReplyRate,
  checkThreadRate,
  checkVoteRate,
  isNewAccount,
  lockActor,
  requirePermission,
} from "./mutations/limits";
import { flags, helpfulVotes, replies, stories, followUps, threads, users } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember } from "./test/factories";

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
/** The clock every check below reads (a member's `now`, as lockActor would give it). */
const NOW = new Date("2030-01-15T12:00:00.000Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let done: () => Promise<void>;
let host: string;
let hostThread: number;
let story: number;
/** Threads by someone else, for marks and flags (one of each per member per post). */
let targets: number[];
let seq = 0;

beforeAll(async () => {
  done = await useFreshDatabase();
  host = (await member(30 * DAY)).id;
  // Written straight to the tables: the mutations would run the checks under test outside any test.
  [hostThread, story, ...targets] = await posted(
    "threads",
    host,
    Array.from({ length: 62 }, () => HOUR),
  );
  await getDb().update(threads).set({ kind: "story", title: "A story to follow up" }).where(eq(threads.id, story));
  const facts = {
    role: "ml-engineer",
    education: "no-degree",
    previousField: "finance",
    previousTitle: "Analyst",
    monthsToOffer: 14,
    firstRoleYear: 2024,
    howHired: "referral",
  };
  await getDb()
    .insert(stories)
    .values({ threadId: story, ...facts });
});
afterAll(() => done());

/** A member whose account is `ageMs` old at NOW, as lockActor returns them. */
async function member(ageMs: number, fields: Partial<typeof users.$inferInsert> = {}): Promise<LockedActor> {
  const { id, role, suspendedUntil, createdAt } = await aMember({ createdAt: ago(ageMs), ...fields });
  return { id, role, suspendedUntil, createdAt, now: NOW };
}
const OLD = 48 * HOUR;
const NEW = HOUR;

/** Posts by `authorId` made `msAgo` before NOW (one per entry); their ids. */
async function posted(
  kind: "threads" | "replies" | "follow-ups",
  authorId: string,
  msAgo: number[],
): Promise<number[]> {
  const common = (ms: number, n: number) => ({
    authorId,
    body: `Post ${++seq}.${n}`,
    bodyHtml: "",
    rendererVersion: 1,
    createdAt: ago(ms),
  });
  const rows =
    kind === "threads"
      ? await getDb()
          .insert(threads)
          .values(msAgo.map((ms, n) => ({ ...common(ms, n), title: `Thread ${seq}.${n}` })))
          .returning({ id: threads.id })
      : kind === "replies"
        ? await getDb()
            .insert(replies)
            .values(msAgo.map((ms, n) => ({ ...common(ms, n), threadId: hostThread })))
            .returning({ id: replies.id })
        : await getDb()
            .insert(followUps)
            .values(
              msAgo.map((ms, n) => ({
                ...common(ms, n),
                storyId: story,
                monthsAfterOffer: 6,
                kind: "raise",
                stillInMl: true,
              })),
            )
            .returning({ id: followUps.id });
  return rows.map((r) => r.id);
}

/** Runs a check in a transaction, as the mutations do. */
const inTx = <T>(check: (tx: Transaction) => Promise<T>) => getDb().transaction(check);
/** What a check threw (null when it let the write through). */
const outcome = (check: (tx: Transaction) => Promise<unknown>) =>
  inTx(check).then(
    () => null,
    (error: unknown) => error,
  );
async function rateLimited(check: (tx: Transaction) => Promise<unknown>) {
  const error = await outcome(check);
  expect(error).toBeInstanceOf(RateLimitedError);
  const { message, retryAfterSeconds } = error as RateLimitedError;
  return { message, retryAfterSeconds };
}

describe("lockActor", () => {
  it("gives the member's row and the database's clock", async () => {
    const suspendedUntil = new Date("2031-01-01T00:00:00.000Z");
    const { id, createdAt } = await member(OLD, { role: "moderator", suspendedUntil });
    const before = Date.now();
    const actor = await inTx((tx) => lockActor(tx, id));
    const after = Date.now();
    expect(actor).toEqual({ id, role: "moderator", suspendedUntil, createdAt, now: expect.any(Date) });
    expect(actor.now.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(actor.now.getTime()).toBeLessThanOrEqual(after + 1000);
  });

  it("a session whose member row is gone: not found", async () => {
    const error = await outcome((tx) => lockActor(tx, "no-such-member"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe("Member not found");
  });
});

describe("requirePermission", () => {
  it("passes what the rules allow and throws the rule's sentence otherwise, judged at the member's clock", async () => {
    const actor = await member(OLD);
    expect(requirePermission(actor, { do: "post" })).toBeUndefined();
    const post = { authorId: actor.id, deletedAt: null };
    expect(() => requirePermission(actor, { do: "vote", post })).toThrow(
      new ForbiddenError("You can't mark your own post as helpful."),
    );
    // Suspended until an hour after the member's clock: refused. Until an hour before it: free, though
    // by the wall clock (years before NOW) that suspension has not ended yet.
    const suspended = { ...actor, suspendedUntil: new Date(NOW.getTime() + HOUR) };
    expect(() => requirePermission(suspended, { do: "post" })).toThrow(ForbiddenError);
    expect(() => requirePermission(suspended, { do: "post" })).toThrow(/^Your account is suspended until /);
    expect(requirePermission({ ...actor, suspendedUntil: ago(HOUR) }, { do: "post" })).toBeUndefined();
  });
});

describe("isNewAccount", () => {
  it("new for newAccountHours: an account exactly that old is not", async () => {
    const at = (ageMs: number) => ({
      id: "someone",
      role: "member",
      suspendedUntil: null,
      createdAt: ago(ageMs),
      now: NOW,
    });
    expect(isNewAccount(at(0), LIMITS)).toBe(true);
    expect(isNewAccount(at(NEW), LIMITS)).toBe(true);
    expect(isNewAccount(at(LIMITS.newAccountHours * HOUR - 1), LIMITS)).toBe(true);
    expect(isNewAccount(at(LIMITS.newAccountHours * HOUR), LIMITS)).toBe(false);
    expect(isNewAccount(at(OLD), LIMITS)).toBe(false);
    expect(isNewAccount(at(2 * HOUR), { ...LIMITS, newAccountHours: 2 })).toBe(false);
    expect(isNewAccount(at(2 * HOUR - 1), { ...LIMITS, newAccountHours: 2 })).toBe(true);
    expect(isNewAccount(at(0), UNLIMITED)).toBe(false);
  });
});

describe("new topics", () => {
  it("an established member waits threadIntervalSeconds after their latest topic, and is told how long to the second", async () => {
    const old = await member(OLD);
    expect(await outcome((tx) => checkThreadRate(tx, old, LIMITS))).toBeNull();
    await posted("threads", old.id, [3 * HOUR, 10.4 * SECOND]);
    expect(await rateLimited((tx) => checkThreadRate(tx, old, LIMITS))).toEqual({
      message: "You're posting new topics too quickly. Please try again in 5 seconds.",
      retryAfterSeconds: 5,
    });
    // Exactly the interval after the latest: allowed.
    const other = await member(OLD);
    await posted("threads", other.id, [LIMITS.threadIntervalSeconds * SECOND]);
    expect(await outcome((tx) => checkThreadRate(tx, other, LIMITS))).toBeNull();
    expect(
      await rateLimited((tx) => checkThreadRate(tx, { ...other, now: new Date(NOW.getTime() - 1) }, LIMITS)),
    ).toEqual({
      message: "You're posting new topics too quickly. Please try again in 1 second.",
      retryAfterSeconds: 1,
    });
  });

  it("a new account waits newThreadIntervalSeconds; an established one with the same topic does not", async () => {
    const fresh = await member(NEW);
    await posted("threads", fresh.id, [60 * SECOND]);
    expect(await rateLimited((tx) => checkThreadRate(tx, fresh, LIMITS))).toEqual({
      message: "You're posting new topics too quickly. Please try again in 60 seconds.",
      retryAfterSeconds: 60,
    });
    const old = await member(OLD);
    await posted("threads", old.id, [60 * SECOND]);
    expect(await outcome((tx) => checkThreadRate(tx, old, LIMITS))).toBeNull();
    const later = await member(NEW);
    await posted("threads", later.id, [LIMITS.newThreadIntervalSeconds * SECOND]);
    expect(await outcome((tx) => checkThreadRate(tx, later, LIMITS))).toBeNull();
  });

  it("an interval of 0 is no pace at all, even for a topic stamped after the member's clock", async () => {
    const old = await member(OLD);
    await posted("threads", old.id, [-2 * SECOND]);
    expect(await outcome((tx) => checkThreadRate(tx, old, { ...LIMITS, threadIntervalSeconds: 0 }))).toBeNull();
    expect(await rateLimited((tx) => checkThreadRate(tx, old, LIMITS))).toEqual({
      message: "You're posting new topics too quickly. Please try again in 17 seconds.",
      retryAfterSeconds: 17,
    });
  });

  it("threadsPerDay in the last 24 hours, deleted ones too; the wait runs until the oldest of them is a day old", async () => {
    const busy = await member(OLD);
    // A topic exactly a day old no longer counts; 19 within the day leave room for one more.
    const within = Array.from({ length: LIMITS.threadsPerDay - 1 }, (_, n) => 20 * HOUR - n * 30 * 60 * SECOND);
    await posted("threads", busy.id, [DAY, ...within]);
    expect(await outcome((tx) => checkThreadRate(tx, busy, LIMITS))).toBeNull();
    const [last] = await posted("threads", busy.id, [5 * 60 * SECOND]);
    await getDb()
      .update(threads)
      .set({ deletedAt: ago(60 * SECOND) })
      .where(eq(threads.id, last));
    expect(await rateLimited((tx) => checkThreadRate(tx, busy, LIMITS))).toEqual({
      message: "You've reached the limit of 20 new topics a day. Please try again in 4 hours.",
      retryAfterSeconds: 4 * 3600,
    });
    // Just under a day since the oldest: one second to go.
    expect(
      await rateLimited((tx) =>
        checkThreadRate(tx, { ...busy, now: new Date(NOW.getTime() + 4 * HOUR - 999) }, LIMITS),
      ),
    ).toEqual({
      message: "You've reached the limit of 20 new topics a day. Please try again in 1 second.",
      retryAfterSeconds: 1,
    });
  });

  it("newThreadsPerDay for a new account; the same topics leave an established one free", async () => {
    const fresh = await member(23 * HOUR);
    await posted("threads", fresh.id, [22 * HOUR, 2 * HOUR]);
    expect(await outcome((tx) => checkThreadRate(tx, fresh, LIMITS))).toBeNull();
    await posted("threads", fresh.id, [HOUR]);
    expect(await rateLimited((tx) => checkThreadRate(tx, fresh, LIMITS))).toEqual({
      message: "You've reached the limit of 3 new topics a day. Please try again in 2 hours.",
      retryAfterSeconds: 2 * 3600,
    });
    const old = await member(OLD);
    await posted("threads", old.id, [22 * HOUR, 2 * HOUR, HOUR]);
    expect(await outcome((tx) => checkThreadRate(tx, old, LIMITS))).toBeNull();
  });

  it("nothing posted in the last day: nothing to wait for, however strict the limits", async () => {
    const old = await member(OLD);
    await posted("threads", old.id, [DAY, DAY + HOUR]);
    expect(
      await outcome((tx) =>
        checkThreadRate(tx, old, { ...LIMITS, threadIntervalSeconds: 2 * 24 * 3600, threadsPerDay: 1 }),
      ),
    ).toBeNull();
  });
});

describe("replies", () => {
  it("replyIntervalSeconds apart for an established member, newReplyIntervalSeconds for a new one", async () => {
    const old = await member(OLD);
    await posted("replies", old.id, [2.5 * SECOND]);
    expect(await rateLimited((tx) => checkReplyRate(tx, old, LIMITS))).toEqual({
      message: "You're posting replies too quickly. Please try again in 3 seconds.",
      retryAfterSeconds: 3,
    });
    const steady = await member(OLD);
    await posted("replies", steady.id, [LIMITS.replyIntervalSeconds * SECOND]);
    expect(await outcome((tx) => checkReplyRate(tx, steady, LIMITS))).toBeNull();

    const fresh = await member(NEW);
    await posted("replies", fresh.id, [29 * SECOND]);
    expect(await rateLimited((tx) => checkReplyRate(tx, fresh, LIMITS))).toEqual({
      message: "You're posting replies too quickly. Please try again in 1 second.",
      retryAfterSeconds: 1,
    });
    const patient = await member(NEW);
    await posted("replies", patient.id, [LIMITS.newReplyIntervalSeconds * SECOND]);
    expect(await outcome((tx) => checkReplyRate(tx, patient, LIMITS))).toBeNull();
  });

  it("newRepliesPerDay for a new account only", async () => {
    const fresh = await member(23.5 * HOUR);
    const times = Array.from({ length: LIMITS.newRepliesPerDay }, (_, n) => 23 * HOUR - n * HOUR);
    await posted("replies", fresh.id, times.slice(1));
    expect(await outcome((tx) => checkReplyRate(tx, fresh, LIMITS))).toBeNull();
    await posted("replies", fresh.id, times.slice(0, 1));
    expect(await rateLimited((tx) => checkReplyRate(tx, fresh, LIMITS))).toEqual({
      message: "You've reached the limit of 10 replies a day. Please try again in 60 minutes.",
      retryAfterSeconds: 3600,
    });
    const old = await member(OLD);
    await posted(
      "replies",
      old.id,
      Array.from({ length: 3 * LIMITS.newRepliesPerDay }, (_, n) => 23 * HOUR - n * 10 * 60 * SECOND),
    );
    expect(await outcome((tx) => checkReplyRate(tx, old, LIMITS))).toBeNull();
  });
});

describe("follow-ups", () => {
  it("paced like replies, counted from the follow-ups themselves", async () => {
    const old = await member(OLD);
    await posted("replies", old.id, [SECOND]);
    expect(await outcome((tx) => checkFollowUpRate(tx, old, LIMITS))).toBeNull();
    await posted("follow-ups", old.id, [0.5 * SECOND]);
    expect(await rateLimited((tx) => checkFollowUpRate(tx, old, LIMITS))).toEqual({
      message: "You're posting follow-ups too quickly. Please try again in 5 seconds.",
      retryAfterSeconds: 5,
    });
    const steady = await member(OLD);
    await posted("follow-ups", steady.id, [LIMITS.replyIntervalSeconds * SECOND]);
    expect(await outcome((tx) => checkFollowUpRate(tx, steady, LIMITS))).toBeNull();

    const fresh = await member(NEW);
    await posted("follow-ups", fresh.id, [10 * SECOND]);
    expect(await rateLimited((tx) => checkFollowUpRate(tx, fresh, LIMITS))).toEqual({
      message: "You're posting follow-ups too quickly. Please try again in 20 seconds.",
      retryAfterSeconds: 20,
    });
  });

  it("newRepliesPerDay of them for a new account only", async () => {
    const fresh = await member(23.5 * HOUR);
    const times = Array.from({ length: LIMITS.newRepliesPerDay }, (_, n) => 23 * HOUR - n * HOUR);
    await posted("follow-ups", fresh.id, times.slice(1));
    expect(await outcome((tx) => checkFollowUpRate(tx, fresh, LIMITS))).toBeNull();
    await posted("follow-ups", fresh.id, times.slice(0, 1));
    expect(await rateLimited((tx) => checkFollowUpRate(tx, fresh, LIMITS))).toEqual({
      message: "You've reached the limit of 10 follow-ups a day. Please try again in 60 minutes.",
      retryAfterSeconds: 3600,
    });
    const old = await member(OLD);
    await posted("follow-ups", old.id, times);
    expect(await outcome((tx) => checkFollowUpRate(tx, old, LIMITS))).toBeNull();
  });
});

describe("checkNewPost", () => {
  const plain = { links: 0, images: 0 };
  const openThread = { authorId: "someone-else", deletedAt: null, lockedAt: null };
  /** A new post by `actor` to `table`, as the mutations describe it. */
  function post(
    actor: LockedActor,
    table: typeof threads | typeof replies | typeof followUps,
    body = `New words ${++seq}`,
  ) {
    const action =
      table === threads
        ? ({ do: "post" } as const)
        : table === replies
          ? ({ do: "reply", thread: openThread } as const)
          : ({ do: "add-follow-up", story: { authorId: actor.id, deletedAt: null } } as const);
    return { table, body, cooked: plain, limits: LIMITS as RateLimits, action };
  }

  it("paces each kind of post by its own rows and interval", async () => {
    const old = await member(OLD);
    await posted("threads", old.id, [10 * SECOND]);
    await posted("replies", old.id, [10 * SECOND]);
    await posted("follow-ups", old.id, [3 * SECOND]);
    expect(await rateLimited((tx) => checkNewPost(tx, old, post(old, threads)))).toEqual({
      message: "You're posting new topics too quickly. Please try again in 5 seconds.",
      retryAfterSeconds: 5,
    });
    expect(await outcome((tx) => checkNewPost(tx, old, post(old, replies)))).toBeNull();
    expect(await rateLimited((tx) => checkNewPost(tx, old, post(old, followUps)))).toEqual({
      message: "You're posting follow-ups too quickly. Please try again in 2 seconds.",
      retryAfterSeconds: 2,
    });
  });

  it("asks, in order: may the author do it, is it the same text again, links from a new account, then the pace", async () => {
    const fresh = await member(NEW);
    const [replyId] = await posted("replies", fresh.id, [SECOND]);
    const [{ body }] = await getDb().select({ body: replies.body }).from(replies).where(eq(replies.id, replyId));
    // Each post below would fail every check after the one that refuses it.
    const again = { ...post(fresh, replies, body), cooked: { links: 0, images: 1 } };
    const onLocked = { ...again, action: { do: "reply", thread: { ...openThread, lockedAt: ago(HOUR) } } as const };
    expect(await outcome((tx) => checkNewPost(tx, fresh, onLocked))).toEqual(
      new ForbiddenError("This thread is locked: it takes no new replies."),
    );
    expect(await rateLimited((tx) => checkNewPost(tx, fresh, again))).toEqual({
      message: "You posted exactly this a moment ago. Change it, or post it again in 5 minutes.",
      retryAfterSeconds: LIMITS.sameBodySeconds - 1,
    });
    const withImage = { ...post(fresh, replies), cooked: { links: 0, images: 1 } };
    expect(await outcome((tx) => checkNewPost(tx, fresh, withImage))).toEqual(
      new ForbiddenError("New accounts can't post images yet. Link to the picture instead, or try again tomorrow."),
    );
    expect(await rateLimited((tx) => checkNewPost(tx, fresh, post(fresh, replies)))).toEqual({
      message: "You're posting replies too quickly. Please try again in 29 seconds.",
      retryAfterSeconds: 29,
    });
  });
});

describe("helpful marks and flags", () => {
  async function marked(userId: string, msAgo: number[], from = 0) {
    await getDb()
      .insert(helpfulVotes)
      .values(msAgo.map((ms, n) => ({ userId, threadId: targets[from + n], createdAt: ago(ms) })));
  }
  async function flagged(flaggerId: string, msAgo: number[], from = 0) {
    await getDb()
      .insert(flags)
      .values(
        msAgo.map((ms, n) => ({ flaggerId, threadId: targets[from + n], reason: "spam" as const, createdAt: ago(ms) })),
      );
  }
  const spread = (n: number) => Array.from({ length: n }, (_, i) => 22 * HOUR - i * 60 * SECOND);

  it("votesPerDay helpful marks in the last 24 hours", async () => {
    const reader = await member(OLD);
    expect(await outcome((tx) => checkVoteRate(tx, reader, LIMITS))).toBeNull();
    await marked(reader.id, [DAY, ...spread(LIMITS.votesPerDay - 1)]);
    expect(await outcome((tx) => checkVoteRate(tx, reader, LIMITS))).toBeNull();
    // Flags are not marks.
    await flagged(reader.id, spread(LIMITS.flagsPerDay));
    expect(await outcome((tx) => checkVoteRate(tx, reader, LIMITS))).toBeNull();
    await marked(reader.id, [SECOND], LIMITS.votesPerDay);
    expect(await rateLimited((tx) => checkVoteRate(tx, reader, LIMITS))).toEqual({
      message: "You've reached the limit of 50 helpful marks a day. Please try again in 2 hours.",
      retryAfterSeconds: 2 * 3600,
    });
  });

  it("flagsPerDay flags in the last 24 hours", async () => {
    const flagger = await member(NEW);
    expect(await outcome((tx) => checkFlagRate(tx, flagger, LIMITS))).toBeNull();
    await flagged(flagger.id, [DAY, ...spread(LIMITS.flagsPerDay - 1)]);
    expect(await outcome((tx) => checkFlagRate(tx, flagger, LIMITS))).toBeNull();
    // Marks are not flags.
    await marked(flagger.id, spread(LIMITS.votesPerDay));
    expect(await outcome((tx) => checkFlagRate(tx, flagger, LIMITS))).toBeNull();
    await flagged(flagger.id, [SECOND], LIMITS.flagsPerDay);
    expect(await rateLimited((tx) => checkFlagRate(tx, flagger, LIMITS))).toEqual({
      message: "You've reached the limit of 20 flags a day. Please try again in 2 hours.",
      retryAfterSeconds: 2 * 3600,
    });
  });
});

describe("checkLinks", () => {
  it("a new account may post newLinksPerPost links and no image; an established one anything", async () => {
    const fresh = await member(NEW);
    const links = (n: number) => ({ links: n, images: 0 });
    expect(checkLinks(fresh, LIMITS, links(0))).toBeUndefined();
    expect(checkLinks(fresh, LIMITS, links(LIMITS.newLinksPerPost))).toBeUndefined();
    expect(() => checkLinks(fresh, LIMITS, links(LIMITS.newLinksPerPost + 1))).toThrow(
      new ForbiddenError("New accounts can post at most 2 links in a post. Remove some, or try again tomorrow."),
    );
    expect(() => checkLinks(fresh, { ...LIMITS, newLinksPerPost: 0 }, links(1))).toThrow(
      /^New accounts can post at most 0 links in a post\./,
    );
    expect(() => checkLinks(fresh, LIMITS, { links: 0, images: 1 })).toThrow(
      new ForbiddenError("New accounts can't post images yet. Link to the picture instead, or try again tomorrow."),
    );
    expect(() => checkLinks(fresh, LIMITS, { links: 5, images: 1 })).toThrow(ForbiddenError);

    const dayOld = await member(LIMITS.newAccountHours * HOUR);
    expect(checkLinks(dayOld, LIMITS, { links: 10, images: 3 })).toBeUndefined();
  });
});
