// What the fault test reads in the app's answers: the "can't reach its database" message, a stack
// trace, and whether a cached page still agrees with the database once the faults are over.
//
// The truth for a page is Next's own on-demand revalidation, as e2e/coherence/site.ts uses it: a
// request carrying the build's preview id in `x-prerender-revalidate` renders the page again with
// every 'use cache' read run afresh from the database. A cached page showing a post the database no
// longer has, or missing one it has, differs from that render. proxy.ts does not run for such a
// request, so it goes to the address proxy.ts rewrote the reader's request to.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The form message of server/action.ts attempt() when the database cannot be reached (lib/db-errors.ts). */
export const isUnavailableMessage = (text) => /can(?:'|&#x27;|&#39;)t reach its database/.test(text ?? "");

/** A Node stack frame ("at fn (/path/file.js:12:5)") or a raw error name in the page. */
export const looksLikeStackTrace = (text) =>
  /\bat [^\s()<>]+ \((?:file:\/\/|node:|\/)[^)]*:\d+:\d+\)/.test(text) ||
  /\b(?:TypeError|ReferenceError|DrizzleQueryError|PostgresError): /.test(text);

const previewId = (repoRoot) =>
  JSON.parse(readFileSync(path.join(repoRoot, ".next", "prerender-manifest.json"), "utf8")).preview.previewModeId;

/**
 * What a reader sees: the markup without the scripts (the same data again, for React), the sign-in
 * link's way back, and the numbers React gives a page's forms' hidden action fields ($ACTION_REF_2),
 * which follow the order their parts finished rendering in, not what the page shows.
 */
const visible = (text) =>
  text
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/callbackUrl=[^"&]*/g, "callbackUrl=")
    .replace(/\$ACTION_(REF_)?\d+/g, "$ACTION_$1n");

async function read(origin, address, headers) {
  const get = () => fetch(origin + address, { redirect: "manual", headers, signal: AbortSignal.timeout(30_000) });
  // A kept-alive connection the server closed as the request left is tried again, as browsers do with a GET.
  const response = await get().catch(get);
  const text = await response.text();
  const location = response.headers.get("location");
  return {
    status: response.status,
    body: location ? `→ ${location}` : visible(text),
    rewrite: response.headers.get("x-middleware-rewrite"),
  };
}

export function firstDifference(cached, fresh) {
  let at = 0;
  while (at < cached.length && cached[at] === fresh[at]) at++;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 100), at + 140).replace(/\s+/g, " "));
  return `cached ${around(cached)} but fresh ${around(fresh)}`;
}

/**
 * Each of `addresses` as a signed-out reader gets it (from the cache), against the same page rendered
 * afresh from the database. Returns the pages that differ, with where; `at` requests at a time.
 */
export async function stalePages({ origin, repoRoot, addresses, at = 3 }) {
  const id = previewId(repoRoot);
  const stale = [];
  const queue = [...addresses];
  const work = async () => {
    for (let address; (address = queue.shift()) !== undefined;) {
      const cached = await read(origin, address, {});
      const rewritten = cached.rewrite ? new URL(cached.rewrite, origin) : null;
      const fresh = await read(origin, rewritten ? rewritten.pathname + rewritten.search : address, {
        "x-prerender-revalidate": id,
      });
      if (cached.status !== fresh.status || cached.body !== fresh.body)
        stale.push(`${address} (${cached.status}, fresh ${fresh.status}): ${firstDifference(cached.body, fresh.body)}`);
    }
  };
  await Promise.all(Array.from({ length: at }, work));
  return stale.sort();
}

/** `address` on `origin` rendered afresh from its database, as a signed-out reader would see it. */
export function freshRender(origin, address, repoRoot) {
  return read(origin, address, { "x-prerender-revalidate": previewId(repoRoot) });
}
