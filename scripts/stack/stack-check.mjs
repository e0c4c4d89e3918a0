// The checks of a running stack (scripts/stack/stack.mjs) with the app behind it, for
// `npm run test:cluster` (scripts/cluster.mjs): a member posts a thread, four replies and a search through nginx and the app's own forms (as a browser
// without JavaScript sends them) and reads them back; a signed-out reader's cached page shows the
// reply within 5 s, the writer's at once; a signed-in reader is never served the cache; /_next/static
// comes from disk with `immutable`; responses are compressed; the JSON access log is written and both
// app processes served. The database must be migrated, and the apps must allow a few posts in a row (RATE_LIMITS).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { makeAccounts } from "../flood/database.mjs";
import { openFormReader, sendForm } from "../flood/http.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `stack`: what startStack returned; `databaseUrl`: the database on PostgreSQL itself (accounts are
 * made there directly); `check(name, ok, detail)` records each result.
 */
export async function checkRunningStack({ stack, databaseUrl, repoRoot, check, log = console.log }) {
  const [writer] = await makeAccounts(
    databaseUrl,
    [{ key: "writer", age: "old", hoursOld: 72 }],
    repoRoot,
    randomBytes(3).toString("hex"),
  );
  const signedIn = { cookie: `authjs.session-token=${writer.token}; mlpaths-signed-in=1` };
  const origin = stack.origin;
  const via = stack.pgbouncer ? " through PgBouncer's transaction pooling" : "";
  const get = async (p, headers = {}) => {
    const response = await fetch(new URL(p, origin), { headers, redirect: "manual" });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  // Writes through the app's own forms (as a browser without JavaScript sends them).
  const reader = await openFormReader(origin, writer.token);
  let threadPath = null;
  try {
    const threadForm = await reader.form("/threads/new", "Post thread");
    const title = `Through the stack ${randomBytes(4).toString("hex")}`;
    const word = `stackcheck${randomBytes(4).toString("hex")}`;
    const opened = await sendForm(threadForm, {
      origin,
      token: writer.token,
      values: { title, body: `The opening post, with a word to search for: ${word}.` },
    });
    check(
      `a thread posted through nginx${stack.pgbouncer ? " and PgBouncer" : ""} is written (303)`,
      opened.status === 303,
      `${opened.status} ${opened.message ?? ""}`,
    );
    if (opened.status === 303) {
      threadPath = new URL(opened.location, origin).pathname;
      const replyForm = await reader.form(threadPath, "Post reply");
      const page = await get(threadPath);
      check("the thread reads back through the stack", page.status === 200 && page.text.includes(title), page.status);
      // A search runs in a transaction of its own pool, with transaction-local settings (set_config(…, true)).
      const found = await get(`/search?q=${word}`);
      check(`a search${via} finds the new thread`, found.status === 200 && found.text.includes(title), found.status);
      // A signed-out reader has the page cached now.
      const cached = await get(threadPath);
      check(
        "a signed-out reader's second view is nginx's cached copy",
        cached.headers.get("x-cache") === "HIT",
        cached.headers.get("x-cache"),
      );
      check("the cached page carries no Set-Cookie", !cached.headers.has("set-cookie"));
      const mine = await get(threadPath, signedIn);
      check(
        "a signed-in reader is never served the cached copy",
        mine.headers.get("x-cache") === "BYPASS" && mine.status === 200,
        mine.headers.get("x-cache"),
      );
      // Several replies, each a transaction on whichever server connection PgBouncer hands out.
      let written = 0;
      let last = null;
      for (let n = 1; n <= 4; n++) {
        const body = `Reply ${n} through the stack, ${randomBytes(4).toString("hex")}.`;
        const sent = await sendForm(replyForm, { origin, token: writer.token, values: { body } });
        if (sent.status === 303) written++;
        else log(`    reply ${n}: ${sent.status} ${sent.message ?? ""}`);
        last = { body, at: performance.now(), sent };
      }
      check(`four replies${via} are all written`, written === 4, `${written} of 4`);
      const writerView = await get(threadPath, signedIn);
      check("the writer sees the last reply at once", writerView.text.includes(last.body));
      let seenAfter = null;
      while (performance.now() - last.at < 8000) {
        const view = await get(threadPath);
        if (view.text.includes(last.body)) {
          seenAfter = performance.now() - last.at;
          break;
        }
        await sleep(200);
      }
      check(
        "a signed-out reader sees the reply within 5 s",
        seenAfter !== null && seenAfter <= 5000,
        seenAfter === null ? "not within 8 s" : `${Math.round(seenAfter)} ms`,
      );
      if (seenAfter !== null) log(`    seen by a signed-out reader ${(seenAfter / 1000).toFixed(1)} s after the write`);
    }
  } finally {
    await reader.close();
  }

  // Static files and compression.
  const home = await get("/", { "accept-encoding": "gzip" });
  check("the home page is compressed for a reader that accepts gzip", home.headers.get("content-encoding") === "gzip");
  const plain = await fetch(new URL("/", origin), { headers: { "accept-encoding": "identity" } });
  const plainText = await plain.text();
  check(
    "and sent plain to one that does not",
    !plain.headers.has("content-encoding") && plainText.includes("</html>"),
    plain.headers.get("content-encoding"),
  );
  const css = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(plainText)?.[1];
  const asset = css ? await get(css, { "accept-encoding": "gzip" }) : null;
  check(
    "/_next/static is served with immutable and compressed",
    Boolean(asset) &&
      asset.status === 200 &&
      /immutable/.test(asset.headers.get("cache-control") ?? "") &&
      asset.headers.get("content-encoding") === "gzip" &&
      asset.headers.get("x-content-type-options") === "nosniff",
    asset
      ? `${asset.status} ${asset.headers.get("cache-control")} ${asset.headers.get("content-encoding")}`
      : "no stylesheet",
  );
  check("the app's security headers pass through", Boolean(home.headers.get("content-security-policy")));

  // The access log (flushed every second).
  await sleep(1500);
  const lines = readFileSync(stack.nginx.accessLog, "utf8").trim().split("\n");
  let parsed = [];
  try {
    parsed = lines.map((l) => JSON.parse(l));
  } catch {}
  const staticLine = css && parsed.find((l) => l.uri === css);
  check(
    "nginx writes one JSON access log line per request, with its request id",
    parsed.length === lines.length && parsed.length > 5 && parsed.every((l) => /^[0-9a-f]{32}$/.test(l.request_id)),
    `${parsed.length} of ${lines.length} lines parsed`,
  );
  check(
    "the static file was read from disk (no upstream in its log line), the pages from the app",
    staticLine?.upstream === "" && parsed.some((l) => l.upstream.startsWith("127.0.0.1:")),
    JSON.stringify(staticLine),
  );
  const usedApps = new Set(parsed.map((l) => l.upstream).filter(Boolean));
  check(
    `all ${stack.apps.length} app processes served requests`,
    usedApps.size === stack.apps.length,
    [...usedApps].join(" "),
  );
}
