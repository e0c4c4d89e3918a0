import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";
import { ADA, postThread, uniqueTitle } from "../support";
import { serverLog } from "../logs/run-files";

// The server's log lines (lib/log/logger.ts), read from the file e2e/serve.mjs writes for this server.
// The whole run's logs are checked for secrets after the last test (e2e/logs/check.ts).
const APP_PORT = 3100 + Number(process.env.E2E_PORT_OFFSET ?? 0);

function logLines(): Record<string, unknown>[] {
  return readFileSync(serverLog(APP_PORT), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test(
  "a reply is logged once with the reverse proxy's request id, its kind and ids, and never its text",
  { tag: "@embedded" },
  async ({ as }) => {
    const requestId = `e2e-${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
    const ada = await as(ADA, { extraHTTPHeaders: { "x-request-id": requestId } });
    const url = await postThread(ada, uniqueTitle("Logged thread"), "An opening post.");
    const threadId = /\/threads\/(\d+)/.exec(url)![1];
    const text = `A reply the log must not hold ${requestId}-body`;
    await ada.getByLabel("Reply", { exact: true }).fill(text);
    await ada.getByRole("button", { name: "Post reply" }).click();
    await expect(ada.getByRole("article", { name: `Reply by ${ADA}` }).last()).toContainText(text);

    let reply: Record<string, unknown> | undefined;
    await expect
      .poll(() => (reply = logLines().find((line) => line.reqId === requestId && line.kind === "reply.create")))
      .toBeTruthy();
    expect(reply).toMatchObject({ event: "write", level: "info", userId: expect.any(String) });
    expect(reply!.ids).toEqual(expect.arrayContaining([`thread:${threadId}`, expect.stringMatching(/^reply:\d+$/)]));
    expect(logLines().filter((line) => line.reqId === requestId && line.kind === "reply.create")).toHaveLength(1);
    expect(readFileSync(serverLog(APP_PORT), "utf8")).not.toContain(`${requestId}-body`);
  },
);

test("a request id of a strange form is replaced, and one is made when none is sent", async ({ as }) => {
  const visitor = await as(null);
  // A search goes through proxy.ts, which answers with the id it passed on.
  const strange = await visitor.request.get("/search?q=pytorch", { headers: { "x-request-id": "not an id; drop" } });
  expect(strange.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const none = await visitor.request.get("/search?q=pytorch");
  expect(none.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(none.headers()["x-request-id"]).not.toBe(strange.headers()["x-request-id"]);
  const sane = "0123456789abcdef0123456789abcdef";
  const kept = await visitor.request.get("/search?q=pytorch", { headers: { "x-request-id": sane } });
  expect(kept.headers()["x-request-id"]).toBe(sane);
});
