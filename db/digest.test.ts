// The weekly digest's content (db/queries/digest.ts) on a small fixed set of rows, with every
// expectation worked out by hand from the rows below. Runs on PGlite and on PostgreSQL alike.
import type { PGlite } from "@electric-sql/pglite";
import { type DrizzleConfig, type Logger, eq, sql } from "drizzle-orm";
import type { Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FOREVER } from "@/lib/permissions";
import { getDb } from "./index";
import { recordRead } from "./mutations/reads";
import { digestFor } from "./queries/digest";
import { replies, stories, threadReads, threads, users } from "./schema";
import type * as schema from "./schema";
import { cookedColumns } from "./cooked-columns";
import { cook } from "@/lib/markdown/markdown";
import { useFreshDatabase } from "./test/database";
import { aMember, aThreadRow } from "./test/factories";

// The statements the digest sends, counted through Drizzle's public logger option (as
// db/query-plans.test.ts reads them): the mocks add a logger to db/index.ts's drizzle() call only.
const sent = vi.hoisted(() => {
  const log = { count: null as number | null };
  const logger = {
    logQuery() {
      if (log.count !== null) log.count++;
    },
  };
  return { log, logger };
});
vi.mock("drizzle-orm/pglite", async (importOriginal) => {
  const actual = await importOriginal<typeof import("drizzle-orm/pglite")>();
  return {
    ...actual,
    drizzle: (client: PGlite, config: DrizzleConfig<typeof schema>) =>
      actual.drizzle(client, { ...config, logger: sent.logger as Logger }),
  };
});
vi.mock("drizzle-orm/postgres-js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("drizzle-orm/postgres-js")>();
  return {
    ...actual,
    drizzle: (client: Sql, config: DrizzleConfig<typeof schema>) =>
      actual.drizzle(client, { ...config, logger: sent.logger as Logger }),
  };
});

/** How many statements `run` sends. */
async function statements(run: () => Promise<unknown>): Promise<number> {
  sent.log.count = 0;
  try {
    await run();
    return sent.log.count;
  } finally {
    sent.log.count = null;
  }
}

const DAY = 24 * 3600_000;
// The week under test: [Mon 23 Nov 2026 00:00 UTC, Mon 30 Nov 2026 00:00 UTC).
const WEEK_END = new Date("2026-11-30T00:00:00.000Z");
const WEEK_START = new Date("2026-11-23T00:00:00.000Z");
const at = (ms: number) => new Date(ms);
const LONG_AGO = new Date("2026-01-10T12:00:00.000Z");
const options = { now: WEEK_END };

let done: () => Promise<void>;
const member: Record<string, string> = {};
const id: Record<string, number> = {};

const LONG_BODY = `First line of the post.\n\nSecond   paragraph ${"word ".repeat(60)}end.`;

/** A story's thread and facts, written straight to the tables at a given time. */
async function aStoryRow(
  authorId: string,
  facts: { education: string; previousField: string },
  createdAt: Date,
  extra: { hiddenAt?: Date; deletedAt?: Date; helpfulCount?: number } = {},
) {
  const thread = await aThreadRow({
    authorId,
    kind: "story",
    categoryId: 5,
    createdAt,
    hiddenAt: extra.hiddenAt,
    deletedAt: extra.deletedAt,
    helpfulCount: extra.helpfulCount ?? 0,
  });
  await getDb()
    .insert(stories)
    .values({
      threadId: thread.id,
      role: "ml-engineer",
      previousTitle: "Analyst",
      monthsToOffer: 14,
      firstRoleYear: 2026,
      howHired: "referral",
      createdAt,
      ...facts,
      hiddenAt: extra.hiddenAt,
      deletedAt: extra.deletedAt,
      helpfulCount: extra.helpfulCount ?? 0,
    });
  return thread;
}

/** A discussion row at a given time; listed, in "Getting started" and unmarked unless told. */
async function aDiscussion(fields: Partial<typeof threads.$inferInsert> & { authorId: string; createdAt: Date }) {
  return (await aThreadRow({ kind: "discussion", ...fields })).id;
}

beforeAll(async () => {
  done = await useFreshDatabase();
  for (const name of ["ada", "grace", "newcomer", "sid", "pat", "quinn", "hana"]) {
    member[name] = (await aMember({ login: `digest-${name}` })).id;
  }
  const { ada, grace, sid, pat, quinn } = member;
  await getDb().update(users).set({ suspendedUntil: FOREVER }).where(eq(users.id, sid));
  await getDb()
    .update(users)
    .set({ suspendedUntil: at(WEEK_END.getTime() - DAY) })
    .where(eq(users.id, pat));

  // Ada's history, all before the week: read a discussion in Learning resources (2), replied in one in
  // Job search (4), read a story (Success stories, 5: does not count). She starts one in Projects (3)
  // during the week. So her categories are 2, 3, 4.
  id.h1 = await aDiscussion({ authorId: grace, categoryId: 2, createdAt: LONG_AGO });
  id.h2 = await aDiscussion({ authorId: grace, categoryId: 4, createdAt: LONG_AGO });
  id.h3 = await aDiscussion({ authorId: grace, categoryId: 1, createdAt: LONG_AGO });
  id.oldStory = (await aStoryRow(grace, { education: "masters", previousField: "science" }, LONG_AGO)).id;
  await recordRead(getDb(), ada, id.h1, 0);
  await recordRead(getDb(), ada, id.oldStory, 0);
  await getDb()
    .insert(replies)
    .values({ threadId: id.h2, authorId: ada, ...cookedColumns("A reply.", cook("A reply.")) });
  // Sid (suspended for good) and Pat (suspended until the day before the week ended) read category 2 too.
  await recordRead(getDb(), sid, id.h1, 0);
  await recordRead(getDb(), pat, id.h1, 0);
  // Quinn read only Getting started (1), where nothing was marked helpful this week.
  await recordRead(getDb(), quinn, id.h3, 0);

  // Hana read a discussion in Learning resources (2) long ago, then 100 in Off-topic (6) since: only her
  // latest 100 reads say what she reads now.
  await getDb().insert(threadReads).values({ userId: member.hana, threadId: id.h1, updatedAt: LONG_AGO });
  await getDb().execute(sql`
    with made as (
      insert into threads (kind, title, author_id, body, body_html, renderer_version, category_id, created_at)
      select 'discussion', 'Off-topic ' || g, ${grace}, 'Chat.', '<p>Chat.</p>', 1, 6, ${LONG_AGO.toISOString()}::timestamptz
      from generate_series(1, 100) g returning id)
    insert into thread_reads (user_id, thread_id, updated_at)
    select ${member.hana}, id, ${at(LONG_AGO.getTime() + DAY).toISOString()}::timestamptz from made`);

  // The week's discussions (by Grace unless said), in this order, so ids rise down the list.
  id.d1 = await aDiscussion({
    authorId: grace,
    categoryId: 2,
    helpfulCount: 5,
    createdAt: at(WEEK_START.getTime() + DAY),
  });
  id.d2 = await aDiscussion({
    authorId: grace,
    categoryId: 4,
    helpfulCount: 9,
    replyCount: 3,
    title: "Which projects got you interviews?",
    body: LONG_BODY,
    createdAt: at(WEEK_END.getTime() - 1), // the week's last millisecond
  });
  id.d3 = await aDiscussion({ authorId: grace, categoryId: 2, helpfulCount: 5, createdAt: WEEK_START }); // its first
  id.d4 = await aDiscussion({ authorId: grace, categoryId: 2, helpfulCount: 20, createdAt: WEEK_END }); // next week
  id.d5 = await aDiscussion({
    authorId: grace,
    categoryId: 2,
    helpfulCount: 20,
    createdAt: at(WEEK_START.getTime() - 1),
  });
  id.d6 = await aDiscussion({
    authorId: grace,
    categoryId: 6,
    helpfulCount: 30,
    createdAt: at(WEEK_START.getTime() + 2 * DAY),
  });
  id.d7 = await aDiscussion({
    authorId: grace,
    categoryId: 2,
    helpfulCount: 40,
    hiddenAt: at(WEEK_START.getTime() + 3 * DAY),
    hiddenReason: "spam",
    createdAt: at(WEEK_START.getTime() + 2 * DAY),
  });
  id.d8 = await aDiscussion({
    authorId: grace,
    categoryId: 2,
    helpfulCount: 40,
    deletedAt: at(WEEK_START.getTime() + 3 * DAY),
    createdAt: at(WEEK_START.getTime() + 2 * DAY),
  });
  id.d9 = await aDiscussion({
    authorId: ada,
    categoryId: 3,
    helpfulCount: 50,
    createdAt: at(WEEK_START.getTime() + 3 * DAY),
  });
  id.d10 = await aDiscussion({
    authorId: grace,
    categoryId: 4,
    helpfulCount: 0,
    createdAt: at(WEEK_START.getTime() + 3 * DAY),
  });
  id.d11 = await aDiscussion({
    authorId: grace,
    categoryId: 3,
    helpfulCount: 1,
    createdAt: at(WEEK_START.getTime() + 4 * DAY),
  });
  // A story's thread is no discussion, however helpful.
  id.weekStory = (
    await aStoryRow(grace, { education: "phd", previousField: "science" }, at(WEEK_START.getTime() + DAY), {
      helpfulCount: 60,
    })
  ).id;

  // Stories. Ada's own (her starting point: no degree, from finance), published in the week.
  id.adaStory = (
    await aStoryRow(ada, { education: "no-degree", previousField: "finance" }, at(WEEK_START.getTime() + DAY))
  ).id;
  id.s1 = (
    await aStoryRow(grace, { education: "no-degree", previousField: "finance" }, at(WEEK_START.getTime() + 2 * DAY))
  ).id; // 6
  id.s2 = (
    await aStoryRow(
      grace,
      { education: "bootcamp-self-taught", previousField: "software" },
      at(WEEK_END.getTime() - 1),
      {
        helpfulCount: 7,
      },
    )
  ).id; // 1
  id.s2b = (await aStoryRow(grace, { education: "associate", previousField: "finance" }, WEEK_START)).id; // 3
  id.s3 = (
    await aStoryRow(grace, { education: "masters", previousField: "software" }, at(WEEK_START.getTime() + DAY))
  ).id; // 0
  id.s4 = (
    await aStoryRow(grace, { education: "no-degree", previousField: "finance" }, at(WEEK_START.getTime() - 1))
  ).id; // last week
  id.s5 = (
    await aStoryRow(grace, { education: "no-degree", previousField: "finance" }, at(WEEK_START.getTime() + DAY), {
      hiddenAt: at(WEEK_START.getTime() + 2 * DAY),
    })
  ).id;
  id.s6 = (
    await aStoryRow(grace, { education: "no-degree", previousField: "finance" }, at(WEEK_START.getTime() + DAY), {
      deletedAt: at(WEEK_START.getTime() + 2 * DAY),
    })
  ).id;
  id.s7 = (await aStoryRow(grace, { education: "no-degree", previousField: "finance" }, WEEK_END)).id; // next week
});

afterAll(() => done());

describe("the weekly digest", () => {
  it("ranks the week's helpful discussions in the categories a member reads, leaving out their own", async () => {
    const digest = await digestFor(member.ada, WEEK_END, options);
    expect(digest?.weekStart).toEqual(WEEK_START);
    expect(digest?.categories).toEqual(["learning-resources", "projects-and-portfolios", "job-search-and-interviews"]);
    // d2 (9 marks), then d3 and d1 (5 each, the newer id first), then d11 (1). Out: d4 (next week),
    // d5 (last week's last millisecond), d6 (Off-topic, not read), d7 (hidden), d8 (deleted), d9 (her
    // own), d10 (no marks), the story's thread.
    expect(digest?.discussions.map((d) => d.id)).toEqual([id.d2, id.d3, id.d1, id.d11]);
    expect(digest?.discussions[0]).toEqual({
      id: id.d2,
      title: "Which projects got you interviews?",
      path: `/threads/${id.d2}-which-projects-got-you-interviews`,
      category: { slug: "job-search-and-interviews", name: "Job search and interviews" },
      replyCount: 3,
      helpfulCount: 9,
      excerpt: expect.stringMatching(/^First line of the post\. Second paragraph word word .* word…$/),
    });
    expect(digest?.discussions[0].excerpt.length).toBeLessThanOrEqual(201);
  });

  it("stops at the limit, keeping the order", async () => {
    const digest = await digestFor(member.ada, WEEK_END, { ...options, discussions: 2, stories: 1 });
    expect(digest?.discussions.map((d) => d.id)).toEqual([id.d2, id.d3]);
    expect(digest?.stories.map((s) => s.id)).toEqual([id.s1]);
  });

  it("gives a member with no history the week's best of every category", async () => {
    const digest = await digestFor(member.newcomer, WEEK_END, options);
    expect(digest?.categories).toBeNull();
    // d9 (50, Ada's: not the newcomer's own), d6 (30), d2 (9), d3 and d1 (5); d11 (1) is sixth.
    expect(digest?.discussions.map((d) => d.id)).toEqual([id.d9, id.d6, id.d2, id.d3, id.d1]);
    // No story of their own: no starting point to compare.
    expect(digest?.stories).toEqual([]);
  });

  it("tells of the week's new stories closest to the member's own starting point", async () => {
    const digest = await digestFor(member.ada, WEEK_END, options);
    // s1 scores 6 (same education 3, same field 3), s2b 3 (education two levels away 0, same field 3),
    // s2 1 (neighbouring education). Out: s3 (scores 0), her own, s4 (last week), s5 (hidden),
    // s6 (deleted), s7 (next week).
    expect(digest?.stories).toEqual([
      {
        id: id.s1,
        title: expect.any(String),
        path: expect.stringMatching(new RegExp(`^/stories/${id.s1}-`)),
        summary: "Analyst → ML engineer in 1 year 2 months, no degree.",
        reasons: ["Same education: No degree", "Same previous field: Finance / accounting"],
      },
      expect.objectContaining({ id: id.s2b, reasons: ["Same previous field: Finance / accounting"] }),
      expect.objectContaining({ id: id.s2, reasons: ["Similar education: Bootcamp or self-taught"] }),
    ]);
  });

  it("reads a member's categories from their latest reads", async () => {
    const digest = await digestFor(member.hana, WEEK_END, options);
    expect(digest?.categories).toEqual(["off-topic"]);
    expect(digest?.discussions.map((d) => d.id)).toEqual([id.d6]);
  });

  it("sends nothing to a suspended member, and again once the suspension has ended", async () => {
    expect(await digestFor(member.sid, WEEK_END, options)).toBeNull();
    const pat = await digestFor(member.pat, WEEK_END, options);
    expect(pat?.discussions.map((d) => d.id)).toEqual([id.d3, id.d1]);
  });

  it("sends nothing in a week with nothing new for the member", async () => {
    // Quinn reads only Getting started, where nothing was marked helpful this week, and has no story.
    expect(await digestFor(member.quinn, WEEK_END, options)).toBeNull();
    // A week before anything was posted.
    expect(await digestFor(member.ada, new Date("2025-06-01T00:00:00Z"), options)).toBeNull();
    expect(await digestFor("no-such-member", WEEK_END, options)).toBeNull();
  });

  it("refuses a week end that is no date", async () => {
    await expect(digestFor(member.ada, new Date("not a date"), options)).rejects.toThrow(RangeError);
  });

  it("runs a fixed number of statements, however many rows there are", async () => {
    expect(await statements(() => digestFor(member.ada, WEEK_END, options))).toBe(3);
    // No story of their own: the stories statement is not sent.
    expect(await statements(() => digestFor(member.newcomer, WEEK_END, options))).toBe(2);
    expect(await statements(() => digestFor(member.sid, WEEK_END, options))).toBe(1);
    // More history and more of the week's discussions change nothing in the count.
    for (let i = 0; i < 12; i++) {
      const more = await aDiscussion({
        authorId: member.grace,
        categoryId: 2 + (i % 3),
        helpfulCount: 2,
        createdAt: at(WEEK_START.getTime() + 5 * DAY),
      });
      await recordRead(getDb(), member.ada, more, 0);
    }
    let digest: Awaited<ReturnType<typeof digestFor>> = null;
    expect(await statements(async () => (digest = await digestFor(member.ada, WEEK_END, options)))).toBe(3);
    expect(digest!.discussions).toHaveLength(5);
  });
});
