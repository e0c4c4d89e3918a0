// The shared cache's rules (deploy/nginx/*.conf) against a stand-in upstream that answers whatever a
// check asks for (a Cache-Control, a Set-Cookie, a status) and echoes the request headers it received:
// which responses nginx keeps and for whom, what it passes to the app. No build needed.
import http from "node:http";
import { startNginx } from "./stack.mjs";

/** Runs the checks; `check(name, ok, detail)` records each. */
export async function checkCacheRules({ repoRoot, port, upstreamPort, check }) {
  const upstream = http.createServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const headers = { "content-type": "application/json" };
    const status = Number(url.searchParams.get("status") ?? 200);
    headers["cache-control"] = url.searchParams.get("cc") ?? "s-maxage=60, stale-while-revalidate=86340";
    if (url.searchParams.has("cookie")) headers["set-cookie"] = "notice=1; Path=/";
    headers["x-request-id"] = "from-the-app"; // nginx's own id must win on the way back
    response.writeHead(status, headers);
    // A counter per response: the same number twice means the second came from nginx's cache.
    response.end(JSON.stringify({ n: ++served, method: request.method, headers: request.headers }));
  });
  let served = 0;
  await new Promise((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  const nginx = await startNginx({ repoRoot, port, appPorts: [upstreamPort], workers: 1 });
  const base = `http://127.0.0.1:${port}`;
  const get = async (path, headers = {}, method = "GET") => {
    const response = await fetch(base + path, { headers, method, redirect: "manual" });
    const text = await response.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, body };
  };
  /** Two requests in a row: whether the second was answered from the cache (the same response). */
  const cachedTwice = async (path, headers = {}, second = headers) => {
    const a = await get(path, headers);
    const b = await get(path, second);
    return { a, b, hit: b.headers.get("x-cache") === "HIT" && a.body?.n === b.body?.n };
  };
  try {
    const shared = await cachedTwice("/page-1");
    check(
      "a shared page (s-maxage) is answered from the cache the second time",
      shared.hit,
      shared.b.headers.get("x-cache"),
    );
    check(
      "a cached page carries no Set-Cookie, and nginx's own X-Request-Id",
      !shared.b.headers.has("set-cookie") && /^[0-9a-f]{32}$/.test(shared.b.headers.get("x-request-id") ?? ""),
      shared.b.headers.get("x-request-id"),
    );
    const cookie = await cachedTwice("/page-2?cookie=1");
    check("a response that sets a cookie is never cached", !cookie.hit && cookie.b.headers.get("x-cache") !== "HIT");
    for (const cc of ["private, no-cache, no-store, max-age=0, must-revalidate", "public, max-age=60"]) {
      const r = await cachedTwice(`/page-3?cc=${encodeURIComponent(cc)}`);
      check(`a response with "${cc}" (no s-maxage, or private) is not cached`, !r.hit);
    }
    for (const status of [404, 307, 500]) {
      const r = await cachedTwice(`/page-4?status=${status}`);
      check(`a ${status} is not cached`, !r.hit);
    }
    const api = await cachedTwice("/api/reader");
    check("nothing under /api/ is cached", !api.hit && !api.b.headers.has("x-cache"));
    // Signed in: the session cookie (either name) or the hint; neither reads nor fills the cache.
    await get("/page-5");
    for (const c of [
      "authjs.session-token=abc",
      "__Secure-authjs.session-token=abc",
      "mlpaths-signed-in=1",
      "other=1; authjs.session-token=abc",
    ]) {
      const r = await get("/page-5", { cookie: c });
      check(`a request with "${c}" bypasses the cache`, r.headers.get("x-cache") === "BYPASS");
    }
    const signedInFirst = await cachedTwice("/page-6", { cookie: "authjs.session-token=abc" }, {});
    check("a signed-in reader's response is not stored for signed-out readers", !signedInFirst.hit);
    const otherCookie = await cachedTwice("/page-7", { cookie: "theme=dark; mlpaths-signed-in=" });
    check("other cookies (or a cleared hint) still share the cache", otherCookie.hit);
    // Next's variants (cdn-caching.md): HTML and RSC of one path are separate entries.
    await get("/page-8");
    const rsc = await get("/page-8", { rsc: "1" });
    const prefetch = await get("/page-8", { rsc: "1", "next-router-prefetch": "1" });
    const query = await get("/page-8?_rsc=abc", { rsc: "1" });
    check(
      "the HTML, RSC, prefetch and _rsc variants of one path are cached apart",
      [rsc, prefetch, query].every((r) => r.headers.get("x-cache") === "MISS"),
      [rsc, prefetch, query].map((r) => r.headers.get("x-cache")).join(","),
    );
    const post = await get("/page-9", {}, "POST");
    const afterPost = await get("/page-9");
    check("a POST is never answered from the cache", post.body.method === "POST" && afterPost.body.n !== post.body.n);
    // What the app receives.
    const echoed = (
      await get("/api/echo", {
        "x-forwarded-for": "203.0.113.9",
        "x-request-id": "chosen-by-the-client",
        "accept-encoding": "br",
      })
    ).body.headers;
    const response = await get("/api/echo");
    check(
      "X-Forwarded-For ends with the address nginx saw (lib/limits/client-ip.ts reads the last entry)",
      echoed["x-forwarded-for"] === "203.0.113.9, 127.0.0.1",
      echoed["x-forwarded-for"],
    );
    check(
      "the app receives nginx's X-Request-Id, not the client's, and the reader gets the same id back",
      /^[0-9a-f]{32}$/.test(echoed["x-request-id"]) &&
        response.body.headers["x-request-id"] === response.headers.get("x-request-id"),
      echoed["x-request-id"],
    );
    check(
      "the app is asked for gzip and told the host (with its port, for the Origin check) and scheme",
      echoed["accept-encoding"] === "gzip" &&
        echoed["x-forwarded-proto"] === "http" &&
        echoed.host === `127.0.0.1:${port}`,
      `${echoed["accept-encoding"]} ${echoed["x-forwarded-proto"]} ${echoed.host}`,
    );
    // The cache keeps a page 1-2 s: a write inside the app shows within the 5 s the issue allows.
    const before = await get("/page-10");
    await new Promise((r) => setTimeout(r, 2200));
    await get("/page-10"); // expired: served stale once while it is fetched again
    await new Promise((r) => setTimeout(r, 300));
    const later = await get("/page-10");
    check(
      "a cached page is fetched again within 3 s",
      later.body.n !== before.body.n,
      `${before.body.n} → ${later.body.n}`,
    );
  } finally {
    await nginx.stop();
    await new Promise((resolve) => upstream.close(resolve));
  }
}
