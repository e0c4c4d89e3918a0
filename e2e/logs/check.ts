// The run's log check (issue 24): after every test of an e2e run, while its servers still run and
// their databases still exist, read every server's log of the run (e2e/serve.mjs writes them) and
// fail the run if any line holds a session token, a GitHub access token or an email of the run, a
// secret of the run's configuration, or a cookie header; and if the logs lack what they must carry:
// each server's start line, and writes logged with their kind and request id. Playwright runs this
// as the teardown of its global setup, before it stops the servers; an error here fails the run.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import postgres from "postgres";
import { isRequestId } from "../../lib/log/request-id";
import { BROWSER_TOKENS, STUB_RECORD, serverLog } from "./run-files";

/** What playwright.config.ts passes in `metadata.logCheck`. */
export type LogCheck = { servers: number[]; databases: string[]; secrets: string[] };

type Secret = { what: string; value: string };

export default async function globalSetup(config: FullConfig) {
  // Tokens noted by an earlier run are not this run's.
  rmSync(BROWSER_TOKENS, { force: true });
  return async () => {
    const check = config.metadata.logCheck as LogCheck;
    const problems = findProblems(check, await secretsOfTheRun(check));
    if (problems.length > 0) {
      throw new Error(
        `The server logs of this run fail the log check (${problems.length} problems):\n` +
          problems
            .slice(0, 30)
            .map((problem) => `  ${problem}`)
            .join("\n"),
      );
    }
  };
}

/** Every secret the run made or used, from the databases, the browsers, the stand-in GitHub and the config. */
async function secretsOfTheRun(check: LogCheck): Promise<Secret[]> {
  const secrets: Secret[] = check.secrets.map((value) => ({ what: "a configured secret", value }));
  for (const url of check.databases) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      for (const row of await sql<{ session_token: string }[]>`select session_token from sessions`)
        secrets.push({ what: "a session token (sessions table)", value: row.session_token });
      for (const row of await sql<{ email: string | null }[]>`select email from users where email is not null`)
        secrets.push({ what: "a member's email (users table)", value: row.email! });
      for (const row of await sql<{ access_token: string | null }[]>`select access_token from accounts`)
        if (row.access_token) secrets.push({ what: "a GitHub access token (accounts table)", value: row.access_token });
    } finally {
      await sql.end();
    }
  }
  if (existsSync(BROWSER_TOKENS)) {
    for (const token of readFileSync(BROWSER_TOKENS, "utf8").split("\n").filter(Boolean))
      secrets.push({ what: "a session token (a browser's cookie)", value: token });
  }
  const savedStates = path.join(process.cwd(), "e2e", ".auth");
  for (const file of existsSync(savedStates) ? readdirSync(savedStates) : []) {
    const state = JSON.parse(readFileSync(path.join(savedStates, file), "utf8")) as {
      cookies?: { name: string; value: string }[];
    };
    for (const cookie of state.cookies ?? [])
      if (/session-token/.test(cookie.name))
        secrets.push({ what: "a session token (saved sign-in)", value: cookie.value });
  }
  if (existsSync(STUB_RECORD)) {
    for (const line of readFileSync(STUB_RECORD, "utf8").split("\n").filter(Boolean)) {
      const { kind, value } = JSON.parse(line) as { kind: string; value: string };
      secrets.push({ what: `the stand-in GitHub's ${kind}`, value });
    }
  }
  // Short values would match by chance; every real one is far longer.
  return secrets.filter((secret) => secret.value.length >= 8);
}

// A cookie pair of Auth.js, a raw Cookie header, or a cookie field with a value that is not redacted.
const COOKIE = [/authjs\.[a-z-]+=/i, /^\s*(?:set-)?cookie:\s*\S/im, /"(?:set-)?cookie"\s*:\s*"(?!\[redacted\])/i];

/** The problems in the run's logs, each a line for the report (a secret's first characters only). */
export function findProblems(check: LogCheck, found: Secret[]): string[] {
  const problems: string[] = [];
  // Each value once, with every source that knew it ("a session token (sessions table)", "(a browser's cookie)").
  const secrets = new Map<string, Set<string>>();
  for (const { what, value } of found) secrets.set(value, (secrets.get(value) ?? new Set()).add(what));
  let writes = 0;
  for (const port of check.servers) {
    const file = serverLog(port);
    const name = path.basename(file);
    if (!existsSync(file)) {
      problems.push(`${name}: missing (the server on port ${port} left no log)`);
      continue;
    }
    let started = false;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        const at = `${name}:${index + 1}`;
        for (const [value, what] of secrets) {
          if (line.includes(value)) problems.push(`${at}: holds ${[...what].join(", ")} (${value.slice(0, 6)}…)`);
        }
        if (COOKIE.some((pattern) => pattern.test(line))) problems.push(`${at}: holds a cookie`);
        const event = jsonLine(line);
        if (event?.event === "start") started = true;
        if (event?.event === "write") {
          writes++;
          if (!isRequestId(event.reqId)) problems.push(`${at}: a write without a request id`);
          if (typeof event.kind !== "string" || event.kind === "") problems.push(`${at}: a write without its kind`);
        }
      });
    if (!started) problems.push(`${name}: no "start" line`);
  }
  if (writes === 0) problems.push("no server logged a write: the logs carry less than they must");
  return problems;
}

function jsonLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith("{")) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}
