// `npm start` refuses a configuration it cannot run safely, before touching a database or a build.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(DATABASE_URL|AUTH_|GITHUB_|PGLITE_DIR|REDIS_URL|NEXT_SERVER_ACTIONS_ENCRYPTION_KEY|SMTP_URL|EMAIL_)/.test(
          name,
        ),
    ),
  );
  return spawnSync(process.execPath, ["scripts/start.mjs"], {
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("npm start", () => {
  it("requires AUTH_SECRET with a real database", () => {
    const run = start({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/never-opened" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET is required with DATABASE_URL");
    expect(run.stdout).not.toContain(`"event":"migration"`);
  });

  it("stops with the name of the missing half of a GitHub app", () => {
    const run = start({ AUTH_GITHUB_ID: "an-id", PGLITE_DIR: "memory://" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_GITHUB_SECRET is not set");
    const other = start({ AUTH_GITHUB_SECRET: "a-secret", PGLITE_DIR: "memory://" });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain("AUTH_GITHUB_ID is not set");
  });

  it("refuses a malformed Server Actions key or Redis URL, before touching the database", () => {
    const run = start({
      PGLITE_DIR: "memory://",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "c2hvcnQ=",
      REDIS_URL: "localhost:6379",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of a 16, 24 or 32-byte key");
    expect(run.stderr).toContain("REDIS_URL must be a redis:// or rediss:// URL");
    expect(run.stdout).not.toContain("migrations applied");
  });

  it("refuses a malformed SMTP_URL with a clear message, before touching the database", () => {
    const run = start({ PGLITE_DIR: "memory://", SMTP_URL: "mail.example.com:587" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SMTP_URL must be an smtp:// or smtps:// URL with a host");
    expect(run.stdout).not.toContain("migrations applied");
  });
});
