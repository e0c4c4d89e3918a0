// The routes `npm run bench` measures (scripts/bench.mjs), found on the running app and in the seeded
// bench database rather than written down, so they follow the data: which thread is big, which filters
// are full, which story has resources.
import postgres from "postgres";
import { TARGETS } from "./report.mjs";

// Words every few bench posts share (scripts/bench/text-pool.mjs): the search ranks many matches.
export const SEARCH = "/search?q=take-home+assignments";
// New searches for the cache-miss figure, each made new with a term no post has (-zq…): a word in a
// quarter of the replies, rarer words, a phrase, an or, a negation, and one kind of post.
const NEW_SEARCHES = [
  { q: "interview" },
  { q: "kaggle portfolio" },
  { q: '"take-home assignment"' },
  { q: "transformers or pytorch" },
  { q: "bootcamp -degree" },
  { q: "mlops", kind: "story" },
];
const newSearch = (i) => {
  const search = NEW_SEARCHES[i % NEW_SEARCHES.length];
  return `/search?${new URLSearchParams({ ...search, q: `${search.q} -zq${i}x${Date.now().toString(36)}` })}`;
};

/** Follows redirects (canonical slugs) to the URL a link on the site would name. */
async function canonical(base, p) {
  let current = p;
  for (let i = 0; i < 5; i++) {
    const response = await fetch(new URL(current, base), { redirect: "manual" });
    await response.arrayBuffer();
    // Next 16.4.6 sends the Location header twice on a cache miss (the same value): take one.
    const location = response.headers.get("location")?.split(", ")[0];
    if (response.status < 300 || response.status >= 400 || !location) return { path: current, status: response.status };
    const next = new URL(location, base);
    current = next.pathname + next.search;
  }
  return { path: current, status: 0 };
}

export async function pageHtml(base, p, headers = {}) {
  const response = await fetch(new URL(p, base), { headers });
  return { status: response.status, text: await response.text() };
}

/**
 * The routes the bench measures, found on the running app (`base`) and in the bench database: the big
 * thread, its second page, stories with and without resources, a full and a sparse filter, the
 * per-reader requests as pages send them, the static stylesheet; each checked to answer 200 signed out
 * and signed in (`cookie`, the bench reader's `session`). Also the cache-miss routes with the write
 * that expires each, the pages to replay in Chromium, and the pairs whose SQL statements are counted.
 */
export async function discoverRoutes({ base, benchUrl, meta, cookie, session, log }) {
  const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
  try {
    const home = await pageHtml(base, "/");
    const css = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(home.text)?.[1];
    if (!css) throw new Error("no stylesheet under /_next/static/ in the home page's HTML");

    const thread = await canonical(base, `/threads/${meta.bigThread.id}`);
    const threadPage = await pageHtml(base, thread.path);
    // The page's own "Newer replies" link (rel="next"), or else ?after= the 50th reply's id.
    const next = [...threadPage.text.matchAll(/<a\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => /rel="next"/.test(tag) && /[?&](amp;)?after=\d+/.test(tag));
    let secondPage = next && /href="([^"]+)"/.exec(next)?.[1].replace(/&amp;/g, "&");
    if (!secondPage) {
      const [row] =
        await sql`select id from replies where thread_id = ${meta.bigThread.id} order by id offset 49 limit 1`;
      secondPage = `${thread.path}?after=${row.id}`;
      log(`  (no "Newer replies" link found on the thread page; using ?after= the 50th reply)`);
    }
    const bigThreadCategory = /href="(\/c\/[a-z-]+)"/.exec(threadPage.text)?.[1];
    if (!bigThreadCategory) throw new Error("no category link on the big thread's page");
    const smallThread = await canonical(base, `/threads/${meta.smallThread.id}`);
    const story = await canonical(base, `/stories/${meta.richStoryId}`);
    const plainStory = await canonical(base, `/stories/${meta.plainStoryId}`);
    // A story of the bench reader's own, saved unchanged to expire the story lists and the insights
    // (the seed gives the reader none: the first story becomes theirs, in the bench's own database).
    const [own] = await sql`update threads set author_id = ${meta.readerUserId}
      where id = (select min(thread_id) from stories where deleted_at is null) returning id`;

    // Two filters with a full page of results, and the pair with the fewest (for the statement count).
    const filtered = "/stories?education=bootcamp-self-taught&field=software";
    const [few] = await sql`select education, previous_field, count(*)::int n from stories where deleted_at is null
      group by 1, 2 order by count(*), 1, 2 limit 1`;
    const [full] =
      await sql`select count(*)::int n from stories where deleted_at is null and education = 'bootcamp-self-taught' and previous_field = 'software'`;
    const [rich] = await sql`select (select count(*) from story_resources where story_id = ${meta.richStoryId})::int r,
      (select count(*) from story_milestones where story_id = ${meta.richStoryId})::int m`;

    const r = (name, p, extra = {}) => ({ name, path: p, ...extra });
    const publicRoutes = [
      r("home", "/"),
      r("thread", thread.path),
      r("thread page 2", secondPage),
      r("story", story.path),
      r("stories filtered", filtered),
      r("insights", "/stories/insights"),
      // Issue 25's path map: every story's flows and milestone quartiles, and one filtered view.
      r("path map", "/stories/map"),
      r("path map filtered", "/stories/map?field=software"),
      r("paths like mine", "/stories/like-mine?education=bachelors-unrelated&field=finance"),
      // Issue 10's lists: a Top order (one keyset walk within a month), a category, a text search
      // (proxy.ts rewrites the query to its cached path) whose words are in a fair share of all posts.
      r("top month", "/?sort=top-month"),
      r("category", "/c/getting-started"),
      r("search", SEARCH),
    ];
    const staticRoute = r("static css", css);
    // The per-reader request as pages send it (components/viewer.tsx): the thread page names its thread
    // and the last reply it shows; the home page every thread and story it lists, newest first.
    const [lastShown] =
      await sql`select id from replies where thread_id = ${meta.bigThread.id} order by id offset 49 limit 1`;
    const listed = [
      ...new Set([...home.text.matchAll(/href="\/(?:threads|stories)\/(\d+)[-"]/g)].map((m) => Number(m[1]))),
    ].sort((a, b) => b - a);
    const sessionRoutes = [
      r("per-reader thread", `/api/reader?thread=${meta.bigThread.id}&seen=${lastShown.id}`),
      r("per-reader list", `/api/reader?threads=${listed.slice(0, 100).join(",")}`),
    ];
    const byName = Object.fromEntries([...publicRoutes, staticRoute, ...sessionRoutes].map((x) => [x.name, x]));

    // Every measured URL must answer 200 as it is (no redirect, no 404), signed out and signed in.
    for (const route of [...publicRoutes, staticRoute, ...sessionRoutes]) {
      for (const headers of [{}, { cookie }]) {
        const response = await fetch(new URL(route.path, base), { headers, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200)
          throw new Error(
            `${route.name} ${route.path} answered ${response.status}${headers.cookie ? " (signed in)" : ""}`,
          );
      }
    }
    const me = await (await fetch(new URL("/api/reader", base), { headers: { cookie } })).json();
    if (!me?.viewer) throw new Error("the bench session cookie is not accepted by /api/reader");

    const replyItems = (n) => `${Math.min(50, n)} replies`;
    return {
      public: publicRoutes,
      static: staticRoute,
      sessions: sessionRoutes,
      byName,
      all: [...publicRoutes, ...sessionRoutes, staticRoute],
      views: [r("home", "/"), r("stories", "/stories"), r("thread", thread.path)],
      missRoutes: [
        { ...byName.thread, write: "reply" },
        { ...byName["stories filtered"], write: "story" },
        { ...byName.insights, write: "story" },
        { ...byName["path map"], write: "story" },
        // The lists and the profile that show the thread replied to (tagged by the threads they show).
        { ...byName.home, write: "reply" },
        { name: "thread's category", path: bigThreadCategory, write: "reply" },
        { name: "replier's profile", path: `/u/${session.user.login}`, write: "reply" },
        // A search nobody made before: its first request, which ranks the newest matches (db/queries/search.ts).
        {
          name: "new search",
          path: newSearch,
          shown: NEW_SEARCHES.map((x) => x.q + (x.kind ? ` (${x.kind})` : "")).join(" | "),
          target: TARGETS.newSearchP95Ms,
        },
      ],
      writes: { threadPath: thread.path, storyEditPath: `/stories/${own.id}/edit` },
      statementPairs: [
        { name: "home", large: { path: "/", items: "30 threads" } },
        {
          name: "thread",
          large: { path: thread.path, items: replyItems(meta.bigThread.replies) },
          small: { path: smallThread.path, items: replyItems(meta.smallThread.replies) },
        },
        { name: "thread page 2", large: { path: secondPage, items: "50 replies" } },
        {
          name: "story",
          large: { path: story.path, items: `${rich.r} resources, ${rich.m} milestones` },
          small: { path: plainStory.path, items: "no resources or milestones" },
        },
        {
          name: "stories filtered",
          large: { path: filtered, items: `${Math.min(20, full.n)} stories` },
          small: {
            path: `/stories?education=${few.education}&field=${few.previous_field}`,
            items: `${few.n} ${few.n === 1 ? "story" : "stories"}`,
          },
        },
        { name: "insights", large: { path: "/stories/insights", items: "aggregates" } },
        {
          name: "path map",
          large: { path: "/stories/map", items: "every story" },
          small: { path: "/stories/map?field=software", items: "one field" },
        },
        { name: "top month", large: { path: "/?sort=top-month", items: "30 threads" } },
        { name: "category", large: { path: "/c/getting-started", items: "30 threads" } },
        { name: "search", large: { path: SEARCH, items: "20 results" } },
        {
          name: "paths like mine",
          large: { path: "/stories/like-mine?education=bachelors-unrelated&field=finance", items: "20 stories" },
        },
        {
          name: "per-reader thread",
          reader: "anonymous",
          large: { path: byName["per-reader thread"].path, items: "no session" },
        },
        {
          name: "per-reader thread",
          reader: "signed in",
          large: { path: byName["per-reader thread"].path, items: "a session" },
        },
        {
          name: "per-reader list",
          reader: "signed in",
          large: { path: byName["per-reader list"].path, items: `${Math.min(100, listed.length)} threads` },
        },
        { name: "thread", reader: "signed in", large: { path: thread.path, items: "50 replies" } },
      ],
    };
  } finally {
    await sql.end();
  }
}
