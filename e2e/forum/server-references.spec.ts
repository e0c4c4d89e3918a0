import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";
import type { APIRequestContext } from "@playwright/test";
import { ADA, postThread, uniqueTitle } from "../support";

// Next registers every 'use cache' function as a server reference, and its action handler runs any id a
// request names. The build's own manifest lists them: every one must be refused, whatever it is sent.
type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };
const manifest = (): Manifest => JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
const cacheIds = () =>
  Object.entries(manifest().node).filter(([, entry]) => entry.exportedName?.startsWith("$$RSC_SERVER_CACHE"));
const actionId = (name: string) => Object.entries(manifest().node).find(([, entry]) => entry.exportedName === name)![0];

// What the probe of 8813aa5 sent: a deleted reply's id, a member's replies 300,000 at a time, a search
// of page 14,000 with 3,000 words, and plain junk.
const HOSTILE_ARGS = [
  [215],
  ["00000000-0000-0000-0000-000000000000", null, 300000],
  [{ q: "interview ".repeat(3000), kind: null, category: null, tag: null, story: {}, page: 14000 }],
  [{ value: 1, id: 1 }, "top-all"],
  "not an array",
];

async function post(
  request: APIRequestContext,
  origin: string,
  path: string,
  init: { headers?: Record<string, string>; data?: string; multipart?: Record<string, string> },
) {
  const started = Date.now();
  const response = await request.post(path, { ...init, headers: { origin, ...init.headers }, maxRedirects: 0 });
  return { response, body: await response.text(), ms: Date.now() - started };
}

test("no cached read answers as a Server Action, with or without JavaScript, whatever its arguments", async ({
  request,
  baseURL,
}) => {
  const ids = cacheIds();
  // server/reads/ alone has 27; the manifest is read from the build this suite runs.
  expect(ids.length).toBeGreaterThanOrEqual(27);
  const origin = new URL(baseURL!).origin;
  for (const [id, entry] of ids) {
    for (const args of HOSTILE_ARGS) {
      const { response, body, ms } = await post(request, origin, "/", {
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
        data: JSON.stringify(args),
      });
      const what = `${entry.filename} ${entry.exportedName} ${JSON.stringify(args).slice(0, 40)}`;
      expect(response.status(), what).toBe(404);
      expect(body, what).toBe("No such action.\n");
      expect(ms, what).toBeLessThan(2_000);
    }
    // A form without JavaScript names its action in its fields, with its bound arguments beside it.
    for (const multipart of [
      { [`$ACTION_ID_${id}`]: "" },
      { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id, bound: [215] }) },
    ]) {
      const { response, body } = await post(request, origin, "/threads/1", { multipart });
      expect(response.status(), `${entry.exportedName} ${Object.keys(multipart)[0]}`).toBe(404);
      expect(body).toContain("No such form");
    }
  }
});

test("a malformed Server Action request is a 400 before any work", async ({ as, baseURL }) => {
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Malformed requests"), "Nothing may be added to this thread.");
  const origin = new URL(baseURL!).origin;
  const reply = actionId("replyAction");
  const malformed = [
    {
      "content-type": "multipart/form-data; boundary=expected",
      body: '--other\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello\r\n--other--\r\n',
    },
    {
      "content-type": "multipart/form-data",
      body: '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello\r\n--x--\r\n',
    },
    { "content-type": "application/json", body: JSON.stringify({ threadId: 1, body: "hello" }) },
    { "content-type": "text/plain;charset=UTF-8", body: "this is not JSON" },
  ];
  for (const { body, ...headers } of malformed) {
    for (const withAction of [true, false]) {
      if (!withAction && !headers["content-type"].startsWith("multipart")) continue;
      const { response } = await post(ada.request, origin, url, {
        headers: { ...headers, ...(withAction ? { "next-action": reply } : {}) },
        data: body,
      });
      expect(response.status(), `${headers["content-type"]} ${withAction ? "with" : "without"} Next-Action`).toBe(400);
    }
  }
  await ada.reload();
  await expect(ada.getByRole("article", { name: /^Reply by/ })).toHaveCount(0);
});
