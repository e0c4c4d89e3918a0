import { expect, test } from "../fixtures";
import { readFileSync } from "node:fs";
import { postThread, signInThroughGitHub, uniqueTitle } from "../support";
import { serverLog } from "../logs/run-files";

// This server reaches PostgreSQL through e2e/outage/db-gate.ts, which the test closes and reopens.
// Its control port moves with E2E_PORT_OFFSET, as playwright.config.ts moves it.
const CONTROL_PORT = 4012 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const gate = (state: "up" | "down") => fetch(`http://127.0.0.1:${CONTROL_PORT}/${state}`, { method: "POST" });
const OUTAGE_PORT = 3103 + Number(process.env.E2E_PORT_OFFSET ?? 0);

/** The events this server has logged (lib/log/events.ts), oldest first. */
const loggedEvents = () =>
  readFileSync(serverLog(OUTAGE_PORT), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => (JSON.parse(line) as { event?: string }).event);

test.afterEach(async () => {
  await gate("up");
});

test("while the database is unreachable a member is told so, keeps their text, and is not signed out", async ({
  page,
}) => {
  await signInThroughGitHub(page, "outage-test");
  await postThread(page, uniqueTitle("Before the outage"), "The database is up.");
  const before = loggedEvents().length;
  const reply = page.getByLabel("Reply", { exact: true });
  await reply.fill("Written while the database was down.");

  await gate("down");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "can't reach its database" })).toBeVisible();
  await expect(reply).toHaveValue("Written while the database was down.");
  const session = await page.request.get("/api/auth/session");
  expect(session.status()).toBe(503);
  expect(session.headers()["retry-after"]).toBe("30");

  await gate("up");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article", { name: "Reply by outage-test" })).toContainText(
    "Written while the database was down.",
  );
  expect((await (await page.request.get("/api/auth/session")).json()).user.login).toBe("outage-test");
  // The log tells the outage once, however many requests met it (the reply, the session), and its end.
  await expect
    .poll(() =>
      loggedEvents()
        .slice(before)
        .filter((event) => event?.startsWith("database.")),
    )
    .toEqual(["database.unavailable", "database.recovered"]);
});

test("readiness answers 503 while the database is unreachable and 200 again after; liveness stays 200", async ({
  request,
}) => {
  const ready = async () => {
    const response = await request.get("/api/health");
    expect(response.headers()["cache-control"]).toBe("no-store");
    return { status: response.status(), body: await response.json(), retryAfter: response.headers()["retry-after"] };
  };
  expect(await ready()).toEqual({
    status: 200,
    body: { status: "ok", checks: { database: "ok" } },
    retryAfter: undefined,
  });

  await gate("down");
  expect(await ready()).toEqual({
    status: 503,
    body: { status: "unavailable", checks: { database: "unreachable" } },
    retryAfter: "5",
  });
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });

  await gate("up");
  await expect.poll(async () => (await ready()).status).toBe(200);
});
