// The cache flood (issue 21): addresses nobody asked for before, as a script counting through them
// would send, each from an address of its own (as many machines, so no per-IP limit slows it): list
// pages with made-up cursors, unknown threads, tags and members, and new searches that each match a
// full page of posts. Before, every one became a page in the cache: the pages readers use were
// evicted, and the server grew far past its cache limit. Now a made-up cursor is a redirect, an
// unknown id a 404 that is not kept, and search results have a budget of their own: the warm pages
// must still be served from the cache afterwards, and the server's memory stay under its bound.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { timedGet as get } from "./http.mjs";

const MB = 1024 * 1024;

/** Resident memory of every process in the group `pgid` (`next start` and the server it runs), bytes. */
export function groupRss(pgid) {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command (which may hold spaces) start at its closing parenthesis: state, ppid, pgrp.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

/** Bytes of the files under `dir` (0 when it does not exist). */
function diskBytes(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? diskBytes(full) : statSync(full).size;
  }
  return total;
}

// Made-up addresses: list pages with cursors (the probe's addresses, and most of the flood: each is
// checked against the database before it is answered), and, one in twenty of the rest, unknown
// threads, tags and members (each a 404 rendered anew).
const hex = () => randomBytes(4).toString("hex");
const someNumber = () => 1e6 + Math.floor(Math.random() * 1e9);
const CURSORS = [
  ({ threadPath }) => `${threadPath}?before=${someNumber()}`,
  () => `/?after=${someNumber()}`,
  () => `/stories?after=${someNumber()}`,
];
const UNKNOWN = [
  () => `/threads/${someNumber()}-nothing`,
  () => `/tags/no-such-tag-${hex()}`,
  () => `/u/nobody-${hex()}`,
];
const madeUpList = (n, context) =>
  (n % 20 === 19 ? UNKNOWN[Math.floor(n / 20) % UNKNOWN.length] : CURSORS[n % CURSORS.length])(context);

// 10.x.y.z, a different one for each request.
const someAddress = () => `10.${[...randomBytes(3)].join(".")}`;

/**
 * Warms `warmPaths`, sends `total` new addresses (`searches` of them searches for `searchTerm` less a
 * random word) from `clients` at once, then asks the warm pages again. `pgid` is the server's
 * process group; `cacheDir` where Next writes cached pages to disk.
 */
export async function cacheFlood({
  origin,
  pgid,
  cacheDir,
  warmPaths,
  threadPath,
  searchTerm,
  total,
  searches,
  clients,
  memoryLimitMb,
}) {
  const warm = [];
  for (const warmPath of warmPaths) {
    // The first request renders the page (or finds it prerendered); the second must be served cached.
    await get(`${origin}${warmPath}`);
    warm.push({ path: warmPath, before: await get(`${origin}${warmPath}`) });
  }
  const rssBefore = groupRss(pgid);
  const diskBefore = diskBytes(cacheDir);
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, groupRss(pgid))), 250);

  // Searches spread evenly through the lists.
  const every = Math.max(1, Math.floor(total / searches));
  const addresses = Array.from({ length: total }, (_, n) =>
    n % every === 0 && n / every < searches
      ? `/search?${new URLSearchParams({ q: `${searchTerm} -zq${hex()}${hex()}` })}`
      : madeUpList(n, { threadPath }),
  );
  const answers = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < addresses.length) {
      const address = addresses[next++];
      answers.push({ address, ...(await get(`${origin}${address}`, { "x-forwarded-for": someAddress() })) });
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, groupRss(pgid));
  for (const page of warm) page.after = await get(`${origin}${page.path}`);
  const rssAfter = groupRss(pgid);
  const diskAfter = diskBytes(cacheDir);

  const searchAnswers = answers.filter((a) => a.address.startsWith("/search"));
  const listAnswers = answers.filter((a) => !a.address.startsWith("/search"));
  const statuses = (list) => {
    const counts = new Map();
    for (const a of list) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${n}× ${status}`)
      .join(", ");
  };
  // Served from the cache: in memory or on disk (HIT), or past its revalidate time and refreshed
  // behind the answer (STALE). A MISS is a page that was evicted and rendered again.
  const cached = (answer) => answer.status === 200 && (answer.cache === "HIT" || answer.cache === "STALE");
  const figures = {
    sent: answers.length,
    seconds,
    lists: statuses(listAnswers),
    searches: statuses(searchAnswers),
    rssBeforeMb: rssBefore / MB,
    peakRssMb: peakRss / MB,
    rssAfterMb: rssAfter / MB,
    diskGrowthMb: (diskAfter - diskBefore) / MB,
    warm,
  };
  const notCachedBefore = warm.filter((page) => !cached(page.before));
  const evicted = warm.filter((page) => cached(page.before) && !cached(page.after));
  const failed = answers.filter((a) => a.status === 0 || a.status >= 500);
  const mb = (n) => `${Math.round(n)} MB`;
  const checks = [
    {
      name: `cache flood: ${total} new list and search addresses were all answered (no 5xx, no failed request)`,
      ok: answers.length === total && failed.length === 0,
      detail: `${answers.length} in ${seconds.toFixed(1)} s; lists ${figures.lists}; searches ${figures.searches}`,
    },
    {
      name: "cache flood: made-up list addresses make no page (redirects and 404s only)",
      ok: listAnswers.every((a) => [307, 308, 404].includes(a.status)),
      detail: figures.lists,
    },
    {
      name: "cache flood: the searches were answered with results (the flood did fill a cache)",
      ok: searchAnswers.length === searches && searchAnswers.every((a) => a.status === 200),
      detail: figures.searches,
    },
    {
      name: "cache flood: every warm page is still served from the cache afterwards",
      ok: warm.length > 0 && notCachedBefore.length === 0 && evicted.length === 0,
      detail: [
        `${warm.length - evicted.length - notCachedBefore.length} of ${warm.length}`,
        notCachedBefore.length
          ? `not cached even before: ${notCachedBefore.map((p) => `${p.path} (${p.before.status} ${p.before.cache})`).join(", ")}`
          : "",
        evicted.length
          ? `evicted: ${evicted.map((p) => `${p.path} (${p.after.status} ${p.after.cache})`).join(", ")}`
          : "",
      ]
        .filter(Boolean)
        .join("; "),
    },
    {
      name: `cache flood: the server's memory stays under ${memoryLimitMb} MB`,
      ok: peakRss < memoryLimitMb * MB,
      detail: `${mb(figures.rssBeforeMb)} before, peak ${mb(figures.peakRssMb)}, ${mb(figures.rssAfterMb)} after`,
    },
    {
      name: "cache flood: search results are not written to disk (which has no limit)",
      ok: figures.diskGrowthMb < 5,
      detail: `${figures.diskGrowthMb.toFixed(1)} MB written under ${path.basename(path.dirname(cacheDir))}/${path.basename(cacheDir)}`,
    },
  ];
  return { figures, checks };
}
