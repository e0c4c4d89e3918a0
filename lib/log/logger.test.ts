import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logLevel } from "./logger";
import { touchedIds } from "./events";

/** A logger whose lines are collected, parsed. */
function capture(level?: Parameters<typeof createLogger>[1]) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(sink, level), lines, parsed: () => lines.map((line) => JSON.parse(line)) };
}

const SECRET = "s3cr3t-session-token-value";
const EMAIL = "ada@example.test";

describe("the logger", () => {
  it("writes one JSON line per event, with its level's name, an ISO time and the fields given", () => {
    const { logger, parsed } = capture();
    logger.info({ event: "write", kind: "reply.create", reqId: "abcdef012345", ids: ["thread:1"] }, "reply.create");
    const [line] = parsed();
    expect(line).toMatchObject({
      level: "info",
      event: "write",
      kind: "reply.create",
      reqId: "abcdef012345",
      ids: ["thread:1"],
      msg: "reply.create",
    });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it("redacts cookies, tokens, emails and bodies at the top level and one object down", () => {
    const { logger, lines } = capture();
    logger.info({
      cookie: `authjs.session-token=${SECRET}`,
      sessionToken: SECRET,
      email: EMAIL,
      body: "the text of a post",
      request: {
        headers: { cookie: SECRET },
        authorization: `Bearer ${SECRET}`,
        "set-cookie": SECRET,
        email: EMAIL,
        access_token: SECRET,
      },
      session: { sessionToken: SECRET, userId: "u1" },
    });
    const text = lines.join("\n");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain("the text of a post");
    // What is not secret stays.
    expect(JSON.parse(lines[0]).session.userId).toBe("u1");
  });

  it("logs an error's type, message, code, stack and cause, but not the values of a failed statement", () => {
    const { logger, parsed } = capture();
    const driver = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      detail: `Key (email)=(${EMAIL}) already exists.`,
    });
    const failed = new Error(`Failed query: insert into "users" ("email") values ($1)\nparams: ${EMAIL}`, {
      cause: driver,
    });
    failed.name = "DrizzleQueryError";
    Object.assign(failed, { query: 'insert into "users"', params: [EMAIL] });
    logger.error({ event: "error", err: failed });
    const [line] = parsed();
    expect(JSON.stringify(line)).not.toContain(EMAIL);
    expect(line.err.type).toBe("DrizzleQueryError");
    expect(line.err.message).toContain('Failed query: insert into "users"');
    expect(line.err.stack).toContain("logger.test.ts");
    expect(line.err.cause).toMatchObject({ code: "23505", message: "duplicate key value violates unique constraint" });
  });

  it("takes its level from LOG_LEVEL, info when unset or unknown", () => {
    expect(logLevel("debug")).toBe("debug");
    expect(logLevel(" WARN ")).toBe("warn");
    expect(logLevel("silent")).toBe("silent");
    expect(logLevel(undefined)).toBe("info");
    expect(logLevel("loud")).toBe("info");
    const { logger, lines } = capture("warn");
    logger.info("not shown");
    logger.warn("shown");
    expect(lines).toHaveLength(1);
  });
});

describe("touchedIds", () => {
  it("keeps the ids a write's tags name, never logins, tag names or collections", () => {
    expect(
      touchedIds([
        "thread:12",
        "reply:40",
        "follow-up:3",
        "member:u-1",
        "login:ada",
        "tag:pytorch",
        "threads",
        "thread:12",
      ]),
    ).toEqual(["thread:12", "reply:40", "follow-up:3", "member:u-1"]);
  });
});
