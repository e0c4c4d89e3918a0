import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { builtPolicyGaps, type Header } from "./lib/security-headers";
import type { LogCheck } from "./e2e/logs/check";
import { STUB_RECORD } from "./e2e/logs/run-files";

// The suite runs against production servers (next build, then scripts/start.mjs), signing in through
// Auth.js's real GitHub flow against the stand-in GitHub in e2e/github-stub on loopback.
// E2E_PORT_OFFSET moves every port, so two checkouts can run the suite on one machine at once.
//
// Tests tagged @embedded (`npm run test:e2e:embedded`, i.e. `--grep @embedded`) are the ones that
// differ by database driver or are about the embedded start: the demo project (a fresh PGlite start),
// sign-in and database sessions, search, cursors and aggregates whose values the two drivers encode
// differently, and a few forum flows that write and read back end to end (posts, replies, a double
// submit, a cached page after a write) so PGlite's single connection is exercised under the real app.
// CI runs the whole suite on PostgreSQL and only these on PGlite. Projects a matched test depends on
// run whole whatever --grep says, so the `setup` sign-ins need no tag.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const APP_PORT = 3100 + offset;
const DEMO_PORT = 3101 + offset;
const NO_DEMO_PORT = 3102 + offset;
const OUTAGE_PORT = 3103 + offset;
const COHERENCE_PORT = 3104 + offset;
// 3105 + offset: the server e2e/lifecycle starts and stops itself.
const STUB_PORT = 4010 + offset;
const DB_GATE_PORT = 4011 + offset;
const DB_GATE_CONTROL_PORT = 4012 + offset;
// The loopback mail server the forum's app sends to (e2e/mail/server.ts), and where specs read it.
const SMTP_PORT = 4013 + offset;
const MAIL_SINK_PORT = 4014 + offset;
const realDatabase = process.env.DATABASE_URL;

const github = {
  AUTH_GITHUB_ID: "e2e-client-id",
  AUTH_GITHUB_SECRET: "e2e-client-secret",
  GITHUB_BASE_URL: `http://127.0.0.1:${STUB_PORT}`,
};
const noGitHub = { AUTH_GITHUB_ID: "", AUTH_GITHUB_SECRET: "", GITHUB_BASE_URL: "" };
const secret = { AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789" };
// The suite's people are all accounts made minutes ago that post, vote and sign in far faster than
// anyone would: every account counts as established and the pace limits are off. The same-text rule
// and the moderation rules stay. The limits themselves are tested in db/limits.test.ts and, over
// HTTP against the default settings, by npm run test:flood.
const e2eLimits = {
  RATE_LIMITS: [
    "newAccountHours=0",
    "threadIntervalSeconds=0",
    "replyIntervalSeconds=0",
    "threadsPerDay=100000",
    "votesPerDay=100000",
    "flagsPerDay=100000",
    "signInsPerIpPerMinute=100000",
    "signInsPerIpPerHour=100000",
    "searchesPerIpPerMinute=100000",
    "searchBurstPerIp=100000",
  ].join(","),
  ADMIN_GITHUB_LOGINS: "margaret-admin",
};

// The browser uses "localhost" throughout: Next.js reports 127.0.0.1 as localhost to route handlers,
// so Auth.js's callback would otherwise see a different origin than the one it sent to GitHub.

const BUILD_WITHOUT_DATABASE =
  "DATABASE_URL=postgres://nobody@127.0.0.1:9/unreachable PGLITE_DIR=/proc/no-database-at-build-time";

// E2E_BUILD=reuse serves the production build already in .next instead of running `npm run build`
// first: CI builds once, in the PostgreSQL run, and reuses that build for the PGlite run. The build
// must be one the suite can use: `next build` writes the security headers for the GITHUB_BASE_URL and
// AUTH_URL it sees (lib/security-headers.ts), so a build made by `npm run build` alone, or by a run
// with another E2E_PORT_OFFSET, would block the stand-in GitHub. Both are refused here, before any
// server starts, with the command that makes a build that fits. Nothing checks that the build is
// newer than the sources: whoever asks for reuse has just built. Unset (or "build"): build as always.
const buildMode = process.env.E2E_BUILD || "build";
if (buildMode !== "build" && buildMode !== "reuse") {
  throw new Error(`E2E_BUILD must be "build" (the default) or "reuse", not ${JSON.stringify(buildMode)}.`);
}
// Emails after one second (not ten minutes), polled every second, to the loopback mail server.
const email = {
  SMTP_URL: `smtp://e2e:e2e@127.0.0.1:${SMTP_PORT}`,
  EMAIL_DELAY_SECONDS: "1",
  EMAIL_POLL_SECONDS: "1",
};
const appEnv = { ...github, ...secret, ...e2eLimits, ...email, AUTH_URL: `http://localhost:${APP_PORT}` };
const BUILD = `${BUILD_WITHOUT_DATABASE} npm run build`;
if (buildMode === "reuse") {
  const buildAsTheSuiteDoes = [
    `${BUILD_WITHOUT_DATABASE} AUTH_GITHUB_ID=${github.AUTH_GITHUB_ID} AUTH_GITHUB_SECRET=${github.AUTH_GITHUB_SECRET}`,
    `GITHUB_BASE_URL=${github.GITHUB_BASE_URL} AUTH_URL=${appEnv.AUTH_URL} npm run build`,
  ].join(" ");
  const next = path.join(__dirname, ".next");
  if (!existsSync(path.join(next, "BUILD_ID"))) {
    throw new Error(
      `E2E_BUILD=reuse needs an existing production build, and there is none (${path.join(next, "BUILD_ID")} is missing). ` +
        `Unset E2E_BUILD to build as part of the run, or build first:\n  ${buildAsTheSuiteDoes}`,
    );
  }
  const manifest = JSON.parse(readFileSync(path.join(next, "routes-manifest.json"), "utf8")) as {
    headers?: { source: string; headers: Header[] }[];
  };
  const built = manifest.headers?.find((route) => route.source === "/:path*")?.headers ?? [];
  const gaps = builtPolicyGaps(built, appEnv);
  if (gaps.length > 0) {
    throw new Error(
      `E2E_BUILD=reuse: the build in ${next} was made for other settings than this run's (${gaps.join("; ")}). ` +
        `Unset E2E_BUILD to build as part of the run, or build first:\n  ${buildAsTheSuiteDoes}`,
    );
  }
}

/** The database e2e/serve.mjs --fresh-database makes for the server on `port`: `<name>_<port>`. */
function freshDatabase(url: string, port: number): string {
  const fresh = new URL(url);
  fresh.pathname = `${fresh.pathname}_${port}`;
  return fresh.toString();
}

// What the run's log check (e2e/logs/check.ts) reads once every test has run: every server's log,
// and the sessions, emails and tokens of every database of the run it can open (on PGlite, the
// servers hold theirs: the browsers' cookies and the stand-in GitHub's record stand in).
const logCheck: LogCheck = {
  servers: [APP_PORT, DEMO_PORT, ...(realDatabase ? [NO_DEMO_PORT, COHERENCE_PORT, OUTAGE_PORT] : [])],
  databases: realDatabase
    ? [realDatabase, freshDatabase(realDatabase, COHERENCE_PORT), freshDatabase(realDatabase, OUTAGE_PORT)]
    : [],
  secrets: [secret.AUTH_SECRET, github.AUTH_GITHUB_SECRET],
};

function throughGate(url: string): string {
  const gated = new URL(url);
  gated.hostname = "127.0.0.1";
  gated.port = String(DB_GATE_PORT);
  return gated.toString();
}

// Debian's Chromium where it exists (Playwright's own download cannot work on this machine).
const systemChromium = "/usr/bin/chromium";
const launchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  // Two workers: the forum's tests run one at a time (they share a database and two members, and some
  // read what is newest on the home page), while the projects with a server and database of their own
  // (the demo, the outage, the cache-coherence walk) run beside them.
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // Its teardown is the log check, run after every test and before the servers stop.
  globalSetup: "./e2e/logs/check.ts",
  metadata: { logCheck },
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "setup",
      testMatch: /auth\.setup\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${APP_PORT}` },
    },
    {
      name: "forum",
      testMatch: /forum\/.*\.spec\.ts/,
      dependencies: ["setup"],
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${APP_PORT}` },
      metadata: { mailSink: `http://127.0.0.1:${MAIL_SINK_PORT}` },
    },
    {
      name: "demo",
      testMatch: /demo\/enabled\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${DEMO_PORT}` },
    },
    {
      // Starts and stops a server of its own (e2e/lifecycle says why).
      name: "lifecycle",
      testMatch: /lifecycle\/.*\.spec\.ts/,
    },
    ...(realDatabase
      ? [
          {
            name: "demo-refused-real-db",
            testMatch: /demo\/refused-real-db\.spec\.ts/,
            use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${NO_DEMO_PORT}` },
          },
          {
            name: "outage",
            testMatch: /outage\/.*\.spec\.ts/,
            use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${OUTAGE_PORT}` },
          },
          {
            name: "coherence",
            testMatch: /coherence\/.*\.spec\.ts/,
            use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${COHERENCE_PORT}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: "npx tsx e2e/mail/server.ts",
      url: `http://127.0.0.1:${MAIL_SINK_PORT}/health`,
      env: { MAIL_SINK_SMTP_PORT: String(SMTP_PORT), MAIL_SINK_HTTP_PORT: String(MAIL_SINK_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "npx tsx e2e/github-stub/server.ts",
      url: `http://127.0.0.1:${STUB_PORT}/health`,
      env: { GITHUB_STUB_PORT: String(STUB_PORT), GITHUB_STUB_RECORD: STUB_RECORD, ...github },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
    },
    {
      // Builds once (unless E2E_BUILD=reuse); the other servers below reuse this build. The build gets
      // a database that cannot be reached and an embedded folder that cannot be created: if anything
      // opened a database while building, the build (and so the whole suite) would fail.
      command: `${buildMode === "reuse" ? "" : `${BUILD} && `}node e2e/serve.mjs ${APP_PORT}${realDatabase ? "" : " .data/e2e-app"}`,
      url: `http://localhost:${APP_PORT}/sign-in`,
      env: appEnv,
      reuseExistingServer: false,
      timeout: buildMode === "reuse" ? 120_000 : 300_000,
      stdout: "pipe",
    },
    {
      // The embedded database with no GitHub app: the demo sign-in is offered.
      command: `node e2e/serve.mjs ${DEMO_PORT} .data/e2e-demo`,
      url: `http://localhost:${DEMO_PORT}/sign-in`,
      env: { ...noGitHub, ...secret, RATE_LIMITS: e2eLimits.RATE_LIMITS, AUTH_URL: `http://localhost:${DEMO_PORT}` },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    ...(realDatabase
      ? [
          {
            // A real database with no GitHub app: the demo sign-in must still be refused.
            command: `node e2e/serve.mjs ${NO_DEMO_PORT}`,
            url: `http://localhost:${NO_DEMO_PORT}/sign-in`,
            env: { ...noGitHub, ...secret, AUTH_URL: `http://localhost:${NO_DEMO_PORT}` },
            reuseExistingServer: false,
            timeout: 120_000,
          },
          {
            // A database of its own, so the cache-coherence test reads every page of what it wrote.
            command: `node e2e/serve.mjs ${COHERENCE_PORT} --fresh-database`,
            url: `http://localhost:${COHERENCE_PORT}/sign-in`,
            env: { ...github, ...secret, ...e2eLimits, AUTH_URL: `http://localhost:${COHERENCE_PORT}` },
            reuseExistingServer: false,
            timeout: 120_000,
          },
          {
            // A gate the outage test closes, between PostgreSQL and the server below.
            command: "npx tsx e2e/outage/db-gate.ts",
            port: DB_GATE_CONTROL_PORT,
            env: { DB_GATE_PORT: String(DB_GATE_PORT), DB_GATE_CONTROL_PORT: String(DB_GATE_CONTROL_PORT) },
            reuseExistingServer: false,
            timeout: 60_000,
          },
          {
            // A database of its own (so its thread never shows on the forum's home page while a forum
            // test reads what is newest there), reached through the gate.
            command: `node e2e/serve.mjs ${OUTAGE_PORT} --fresh-database`,
            url: `http://localhost:${OUTAGE_PORT}/sign-in`,
            env: {
              ...github,
              ...secret,
              AUTH_URL: `http://localhost:${OUTAGE_PORT}`,
              DATABASE_URL: throughGate(realDatabase),
            },
            reuseExistingServer: false,
            timeout: 120_000,
          },
        ]
      : []),
  ],
});
