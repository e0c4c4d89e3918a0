// GET /api/reader, the browser's one per-reader request: its status and headers, a fixed number of SQL
// statements whatever the page (the session lookup included), sessions Auth.js must judge handed to it,
// and input checked and bounded before anything is read.
import type { PGlite } from "@electric-sql/pglite";
import type { DrizzleConfig, Logger } from "drizzle-orm";
import type { Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as Schema from "./schema";

// Auth.js itself is tested by the e2e suite; here its session endpoint answers as the test says, and
// counts how often it was asked.
const authjs = vi.hoisted(() => ({ user: null as null | { id: string; login: string }, status: 200, asked: 0 }));
vi.mock("@/auth", () => ({
  handlers: {
    GET: async () => {
      authjs.asked++;
      const body = authjs.user ? { user: authjs.user, expires: "2100-01-01T00:00:00.000Z" } : null;
      return Response.json(body, {
        status: authjs.status,
        headers: { "set-cookie": "authjs.session-token=extended; Path=/; HttpOnly" },
      });
    },
  },
  sessionResponse: (handle: () => Promise<Response>) => handle(),
}));

// Every statement sent, through Drizzle's logger (as db/query-plans.test.ts does).
const sent = vi.hoisted(() => {
  const log = { statements: [] as string[] };
  const logger: Logger = { logQuery: (text) => void log.statements.push(text) };
  return { log, logger };
});
vi.mock("drizzle-orm/pglite", async (importOriginal) => {
  const actual = await importOriginal<typeof import("drizzle-orm/pglite")>();
  return {
    ...actual,
    drizzle: (client: PGlite, config: DrizzleConfig<typeof Schema>) =>
      actual.drizzle(client, { ...config, logger: sent.logger }),
  };
});
vi.mock("drizzle-orm/postgres-js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("drizzle-orm/postgres-js")>();
  return {
    ...actual,
    drizzle: (client: Sql, config: DrizzleConfig<typeof Schema>) =>
      actual.drizzle(client, { ...config, logger: sent.logger }),
  };
});

const { NextRequest } = await import("next/server");
const { getDb } = await import("./index");
const { useFreshDatabase } = await import("./test/database");
const { aMember, aThread } = await import("./test/factories");
const { sessions } = await import("./schema");
const { GET } = await import("@/app/api/reader/route");
const { READER_THREADS_MAX } = await import("@/lib/reader-scope");

let done: () => Promise<void>;
let ada: { id: string; login: string };
const DAY = 24 * 3600 * 1000;
// Ada's sessions: one as Auth.js leaves it after a sign-in, one Auth.js would extend now, one ended.
const LIVE = "ada-live";
const DUE = "ada-due";
const ENDED = "ada-ended";
const signedIn = { cookie: `authjs.session-token=${LIVE}` };
let grace: string;
const threadIds: number[] = [];
let lastReply = 0;

beforeAll(async () => {
  done = await useFreshDatabase();
  const { id, login } = await aMember({ login: "ada" });
  ada = { id, login };
  grace = (await aMember()).id;
  await getDb()
    .insert(sessions)
    .values([
      { sessionToken: LIVE, userId: ada.id, expires: new Date(Date.now() + 30 * DAY - 60_000) },
      { sessionToken: DUE, userId: ada.id, expires: new Date(Date.now() + 29 * DAY - 60_000) },
      { sessionToken: ENDED, userId: ada.id, expires: new Date(Date.now() - 60_000) },
    ]);
  for (let i = 0; i < 12; i++) {
    const { id, replyIds } = await aThread(ada.id, {
      title: `Thread ${i}`,
      body: "Go.",
      replier: grace,
      replies: [0, 1, 2].map((j) => `Reply ${j} to @ada`),
    });
    threadIds.push(id);
    lastReply = replyIds[2];
  }
});
afterAll(() => done());

async function ask(query: string, headers: Record<string, string> = signedIn) {
  sent.log.statements = [];
  authjs.asked = 0;
  const response = await GET(new NextRequest(`http://localhost/api/reader${query}`, { headers }));
  return { response, statements: sent.log.statements.length, asked: authjs.asked, body: await response.json() };
}

describe("GET /api/reader", () => {
  it("signed in: the viewer, their unread count and the page's state, private and never stored", async () => {
    const { response, body, asked } = await ask(`?threads=${threadIds.join(",")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    // What Auth.js's session endpoint would have said of Ada, read without asking it.
    expect(body.viewer).toEqual({ ...ada, name: "ada", image: null, role: "member", suspendedUntil: null });
    expect(asked).toBe(0);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(body.unreadNotifications).toBe(36);
    expect(body.unread).toHaveLength(12);
    expect(body.unread[0]).toMatchObject({ newReplies: 3, lastReadReplyId: 0 });
  });

  it("signed out: no viewer, no state, and neither SQL nor Auth.js", async () => {
    const { response, body, statements, asked } = await ask(`?thread=${threadIds[0]}`, {});
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toEqual({ viewer: null });
    expect(statements).toBe(0);
    expect(asked).toBe(0);
  });

  it("hands Auth.js the sessions it must extend, end or judge, and passes its cookies on", async () => {
    authjs.user = ada;
    for (const cookie of [
      `authjs.session-token=${DUE}`,
      `authjs.session-token=${ENDED}`,
      "authjs.session-token=unknown",
      `__Secure-authjs.session-token=${LIVE}`,
    ]) {
      const { response, body, asked } = await ask("", { cookie });
      expect(asked, cookie).toBe(1);
      expect(body.viewer, cookie).toEqual(ada);
      expect(body.unreadNotifications, cookie).toBe(36);
      expect(response.headers.getSetCookie().join("\n"), cookie).toContain("authjs.session-token=extended");
    }
    // Auth.js says the ended one is over: signed out.
    authjs.user = null;
    const ended = await ask("", { cookie: `authjs.session-token=${ENDED}` });
    expect(ended.body).toEqual({ viewer: null });
    authjs.user = ada;
  });

  it("runs one statement for any list, session included, one more when a thread page moves the read position", async () => {
    expect((await ask("")).statements).toBe(1);
    expect((await ask(`?threads=${threadIds[0]}`)).statements).toBe(1);
    expect((await ask(`?threads=${threadIds.join(",")}`)).statements).toBe(1);
    expect((await ask(`?thread=${threadIds[0]}`)).statements).toBe(1);
    // A page with a thread and a list beside it asks about both, still in one statement.
    const both = await ask(`?thread=${threadIds[0]}&threads=${threadIds.join(",")}`);
    expect(both.statements).toBe(1);
    expect(both.body.thread).toMatchObject({ id: threadIds[0] });
    expect(both.body.unread).toEqual((await ask(`?threads=${threadIds.join(",")}`)).body.unread);
    const moved = await ask(`?thread=${threadIds.at(-1)}&seen=${lastReply}`);
    expect(moved.statements).toBe(2);
    expect(moved.body.thread).toMatchObject({ id: threadIds.at(-1), follow: "following", lastReadReplyId: 0 });
    // Read now: the next view moves nothing.
    expect((await ask(`?thread=${threadIds.at(-1)}&seen=${lastReply}`)).statements).toBe(1);
  });

  it("refuses malformed, unknown, repeated or oversized input with a 400 before reading anything", async () => {
    const tooMany = Array.from({ length: READER_THREADS_MAX + 1 }, (_, i) => i + 1).join(",");
    for (const query of [
      "?thread=abc",
      "?thread=0",
      "?threads=1,x",
      `?threads=${tooMany}`,
      "?seen=3",
      "?thread=1&thread=2",
      "?other=1",
      "?threads=99999999999999999",
    ]) {
      const { response, statements } = await ask(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("cache-control"), query).toBe("private, no-store");
      expect(statements, query).toBe(0);
    }
    const allowed = Array.from({ length: READER_THREADS_MAX }, (_, i) => i + 1).join(",");
    expect((await ask(`?threads=${allowed}`)).response.status).toBe(200);
  });

  it("an unknown thread is no state, not an error", async () => {
    const { response, body } = await ask("?thread=987654&seen=5");
    expect(response.status).toBe(200);
    expect(body.thread).toBeNull();
  });

  it("passes the session endpoint's refusal on (a database outage is not 'signed out')", async () => {
    authjs.status = 503;
    const { response } = await ask("", { cookie: `authjs.session-token=${DUE}` });
    expect(response.status).toBe(503);
    authjs.status = 200;
  });
});
