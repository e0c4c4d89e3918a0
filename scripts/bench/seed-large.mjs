// The bench's own large forum: a database `mlpaths_bench` (by default) on the server at DATABASE_URL,
// migrated with the app's migrations and filled with set-based SQL (generate_series, INSERT … SELECT):
// 20,000 members, 106,000 threads (5,889 of them stories), 1,000,000 replies, one thread with exactly
// 500 replies, story resources, milestones and helpful marks. Bodies come from a pool of a few
// thousand Markdown texts rendered by the app's own renderer, so body_html is what the app would store.
//
// A finished seed records a fingerprint (this file, the text pool, the migrations, the renderer
// version) in `bench_meta`; the next run reuses the database when the fingerprint matches and
// recreates it otherwise (or with --reseed).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import * as pool from "./text-pool.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

export const SIZES = {
  users: 20_000,
  threads: 106_000, // ids 1..106000; every 18th (id % 18 = 9) is a story
  replies: 1_000_000,
  bigThreadReplies: 500,
  replyTexts: 4_000,
  threadTexts: 1_500,
  storyTexts: 600,
};
const BIG_THREAD_ID = 105_990; // a discussion (105990 % 18 = 6), recent enough to be on the home page
const SEED_USER = "bench-user-1"; // the signed-in reader of the benchmark (and the most active poster)

// Weighted value lists (repeats are weights). Every value is a slug the stories table's CHECKs accept.
const ROLES = [
  "ml-engineer",
  "ml-engineer",
  "ml-engineer",
  "data-scientist",
  "data-scientist",
  "data-scientist",
  "applied-scientist",
  "research-engineer",
  "mlops",
  "mlops",
  "ai-engineer",
  "ai-engineer",
  "data-engineer-ml",
  "other",
];
const EDUCATION = [
  "no-degree",
  "no-degree",
  "no-degree",
  "bootcamp-self-taught",
  "bootcamp-self-taught",
  "bootcamp-self-taught",
  "bootcamp-self-taught",
  "associate",
  "bachelors-cs",
  "bachelors-cs",
  "bachelors-unrelated",
  "bachelors-unrelated",
  "bachelors-unrelated",
  "bachelors-unrelated",
  "masters",
  "phd",
];
const FIELDS = [
  "software",
  "software",
  "software",
  "data-analytics",
  "data-analytics",
  "data-analytics",
  "finance",
  "finance",
  "science",
  "teaching",
  "healthcare",
  "engineering",
  "engineering",
  "military-government",
  "business",
  "hospitality-retail-trades",
  "student",
  "student",
  "other",
];
const HOW_HIRED = [
  "internal-transfer",
  "internal-transfer",
  "referral",
  "referral",
  "referral",
  "cold-application",
  "cold-application",
  "portfolio",
  "portfolio",
  "competitions",
  "program-placement",
  "recruiter",
  "recruiter",
  "other",
];

/** What decides whether an existing bench database can be reused. */
function fingerprint(repoRoot, rendererVersion) {
  const hash = createHash("sha256");
  hash.update(readFileSync(path.join(here, "seed-large.mjs")));
  hash.update(readFileSync(path.join(here, "text-pool.mjs")));
  const migrations = path.join(repoRoot, "db", "migrations");
  for (const file of readdirSync(migrations)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    hash.update(file);
    hash.update(readFileSync(path.join(migrations, file)));
  }
  hash.update(`renderer:${rendererVersion}`);
  return hash.digest("hex").slice(0, 16);
}

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The app's Markdown renderer and resource keys, so seeded rows look like rows the app wrote. */
async function appHelpers(repoRoot, log) {
  try {
    const { tsImport } = await import("tsx/esm/api");
    const markdown = await tsImport(path.join(repoRoot, "lib", "markdown", "markdown.ts"), import.meta.url);
    const keys = await tsImport(path.join(repoRoot, "lib", "stories", "resource-key.ts"), import.meta.url);
    return {
      // cook() gives the HTML and the plain text search indexes (body_text), as the app stores them.
      render: (body) => {
        const cooked = markdown.cook(body);
        return { html: cooked.html, text: cooked.text };
      },
      rendererVersion: markdown.MARKDOWN_RENDERER_VERSION,
      resourceKey: keys.resourceKey,
      source: "lib/markdown/markdown.ts",
    };
  } catch (error) {
    log(`  could not load the app's renderer (${error.message.split("\n")[0]}); using plain paragraphs`);
    const version = /MARKDOWN_RENDERER_VERSION\s*=\s*(\d+)/.exec(
      readFileSync(path.join(repoRoot, "lib", "markdown", "markdown.ts"), "utf8"),
    );
    return {
      render: (body) => ({ html: pool.fallbackHtml(body), text: body }),
      rendererVersion: version ? Number(version[1]) : 1,
      resourceKey: (name) =>
        name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, " ")
          .trim(),
      source: "fallback",
    };
  }
}

/**
 * Makes sure the bench database exists and holds the large forum. Returns its URL, the facts the
 * benchmark needs (ids, counts) and how long seeding took (0 when reused).
 */
export async function prepareBenchDatabase({
  adminUrl,
  dbName = "mlpaths_bench",
  reseed = false,
  repoRoot,
  log = console.log,
}) {
  const helpers = await appHelpers(repoRoot, log);
  const print = fingerprint(repoRoot, helpers.rendererVersion);
  const benchUrl = withDatabase(adminUrl, dbName);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ exists }] = await admin`select exists (select 1 from pg_database where datname = ${dbName}) as exists`;
    if (exists && !reseed) {
      const meta = await readMeta(benchUrl);
      if (meta?.complete && meta.fingerprint === print) {
        log(`  reusing ${dbName} (seeded ${meta.seededAt}, fingerprint ${print}; --reseed to rebuild)`);
        return { url: benchUrl, meta, seedSeconds: 0, reused: true };
      }
      log(
        `  ${dbName} exists but ${meta ? (meta.complete ? `has fingerprint ${meta.fingerprint}, not ${print}` : "was not seeded to the end") : "has no bench seed"}: recreating it`,
      );
    }
    if (exists) await admin.unsafe(`drop database "${dbName}" with (force)`);
    await admin.unsafe(`create database "${dbName}"`);
  } finally {
    await admin.end();
  }

  const started = performance.now();
  log(`  applying the app's migrations (db/migrate-cli.ts)`);
  const migrated = spawnSync(
    process.execPath,
    [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "db/migrate-cli.ts"],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: benchUrl },
      encoding: "utf8",
    },
  );
  if (migrated.status !== 0) throw new Error(`migrations failed:\n${migrated.stdout}\n${migrated.stderr}`);

  const meta = await seed(benchUrl, helpers, print, log);
  meta.seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into bench_meta (key, value) values ('seed', ${sql.json(meta)})
              on conflict (key) do update set value = excluded.value`;
  } finally {
    await sql.end();
  }
  return { url: benchUrl, meta, seedSeconds: meta.seedSeconds, reused: false };
}

async function readMeta(url) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select value from bench_meta where key = 'seed'`;
    return row?.value ?? null;
  } catch {
    return null;
  } finally {
    await sql.end();
  }
}

/** A fresh session row for the bench reader: the cookie `authjs.session-token=<token>` signs in. */
export async function createBenchSession(url, userId = SEED_USER) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`delete from sessions where session_token like 'bench-%'`;
    const token = `bench-${randomBytes(24).toString("hex")}`;
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${userId}, now() + interval '1 day')`;
    const [user] = await sql`select id, login from users where id = ${userId}`;
    return { token, user };
  } finally {
    await sql.end();
  }
}

function buildTexts(helpers, log) {
  const rand = pool.prng(20261127);
  const rows = [];
  const t0 = performance.now();
  const add = (kind, count, min, max) => {
    for (let n = 0; n < count; n++) {
      const body = pool.markdownBody(rand, pool.logUniform(rand, min, max));
      const { html, text } = helpers.render(body);
      rows.push({ kind, n, body, body_html: html, body_text: text });
    }
  };
  add("reply", SIZES.replyTexts, 150, 3000);
  add("thread", SIZES.threadTexts, 400, 4000);
  add("story", SIZES.storyTexts, 1200, 6000);
  log(
    `  rendered ${rows.length} sample texts with ${helpers.source} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const titles = Array.from({ length: 4000 }, () => pool.discussionTitle(rand));
  const storyTitles = Array.from({ length: 2000 }, () => pool.storyTitle(rand));
  return { rows, titles, storyTitles };
}

async function seed(url, helpers, print, log) {
  const {
    users: NU,
    threads: NT,
    replies: NR,
    bigThreadReplies: NB,
    replyTexts: PR,
    threadTexts: PT,
    storyTexts: PS,
  } = SIZES;
  const RV = helpers.rendererVersion;
  const texts = buildTexts(helpers, log);
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "mlpaths-bench-seed" } });
  const step = async (label, run) => {
    const t0 = performance.now();
    const result = await run();
    log(`  ${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
    return result;
  };
  try {
    // A bulk load on a database nobody else uses: no FK triggers (rows are consistent by construction
    // and checked below), no waiting on WAL flushes, room to sort and build indexes in memory.
    await sql.unsafe(`set session_replication_role = replica; set synchronous_commit = off;
      set maintenance_work_mem = '512MB'; set work_mem = '256MB'; select setseed(0.42)`);
    await sql`create table bench_meta (key text primary key, value jsonb not null)`;
    await sql`insert into bench_meta (key, value) values ('seed', ${sql.json({ fingerprint: print, complete: false })})`;
    const [{ t0 }] = await sql`select date_trunc('second', now()) as t0`;
    // Thread t was created (NT - t) * 14 + 200 minutes before t0: ids follow time, ~2.8 years in all.
    const created = (t) => `(${lit(t0)} - interval '1 minute' * ((${NT} - ${t}) * 14 + 200))`;

    await step("sample texts (bench_text)", async () => {
      await sql`create unlogged table bench_text (kind text, n int, body text, body_html text, body_text text, primary key (kind, n))`;
      for (let i = 0; i < texts.rows.length; i += 500)
        await sql`insert into bench_text ${sql(texts.rows.slice(i, i + 500))}`;
    });

    await step(`${NU.toLocaleString("en")} members`, () =>
      sql.unsafe(
        `insert into users (id, name, login, role, created_at)
        select 'bench-user-' || g,
          f.first || ' ' || l.last,
          lower(f.first || '-' || l.last) || '-' || g,
          case when g <= 3 then 'admin' else 'member' end,
          ${lit(t0)} - interval '1 minute' * ((${NU} - g) * 75 + 400000)
        from generate_series(1, ${NU}) g
        join unnest($1::text[]) with ordinality f(first, i) on f.i = 1 + g % ${pool.FIRST_NAMES.length}
        join unnest($2::text[]) with ordinality l(last, i) on l.i = 1 + (g / ${pool.FIRST_NAMES.length}) % ${pool.LAST_NAMES.length}`,
        [pool.FIRST_NAMES, pool.LAST_NAMES],
      ),
    );

    // Who replies where and when, before any body is written, so threads get their counters in the
    // same INSERT. Popularity is skewed (power law over a shuffled thread order); replies mostly come
    // within days of the thread; ids follow time, as they do in the app. One thread gets exactly NB.
    await step(`reply plan (${NR.toLocaleString("en")} replies)`, () =>
      sql.unsafe(`create unlogged table bench_reply_plan as
        with r as (
          select g, random() u1, random() u2, random() u3, random() u4, random() u5 from generate_series(1, ${NR - NB}) g
        ), placed as (
          select g, u2, u3, u4, u5,
            case when t = ${BIG_THREAD_ID} then t - 1 else t end as thread_id
          from (select g, u2, u3, u4, u5, 1 + ((floor(${NT} * power(u1, 1.3))::bigint * 7919) % ${NT}) as t from r) s
        ), timed as (
          select g, thread_id,
            1 + floor(${NU} * power(u3, 1.6))::int as author_n,
            -- exponential delay (mean two days); one that would land in the future is spread
            -- uniformly over the thread's life so far instead
            ${created("thread_id")} + case
              when interval '1 minute' * (-ln(1 - u2) * 2880) < ${lit(t0)} - ${created("thread_id")}
              then interval '1 minute' * (-ln(1 - u2) * 2880)
              else (${lit(t0)} - ${created("thread_id")}) * u5 end as created_at,
            floor(u4 * ${PR})::int as text_n,
            -- about 0.5% of replies were deleted by their authors (never in the big thread)
            (g % 199 = 0) as deleted
          from placed
          union all
          select ${NR} + i, ${BIG_THREAD_ID}, 1 + (i * 37) % 300,
            ${created(BIG_THREAD_ID)} + interval '36 seconds' * i, (i * 13) % ${PR}, false
          from generate_series(1, ${NB}) i
        )
        select row_number() over (order by created_at, g) as id, thread_id, author_n, created_at, text_n, deleted
        from timed`),
    );

    await step(`${NT.toLocaleString("en")} threads`, () =>
      sql.unsafe(
        `insert into threads (id, kind, title, author_id, body, body_html, body_text, renderer_version,
          created_at, updated_at, last_activity_at, reply_count, deleted_at)
        overriding system value
        select s.t, s.kind, s.title, 'bench-user-' || (1 + (s.t * 7919) % ${NU}), p.body, p.body_html, p.body_text, ${RV},
          s.created_at, s.created_at, coalesce(a.last_at, s.created_at), coalesce(a.live, 0),
          case when s.t % 331 = 0 and s.kind = 'discussion' and s.t <> ${BIG_THREAD_ID} then s.created_at + interval '1 day' end
        from (
          select t, case when t % 18 = 9 then 'story' else 'discussion' end as kind,
            case when t % 18 = 9 then ($2::text[])[1 + (t * 31) % cardinality($2::text[])]
                 else ($1::text[])[1 + (t * 17) % cardinality($1::text[])] end as title,
            ${created("t")} as created_at
          from generate_series(1, ${NT}) t
        ) s
        join bench_text p on p.kind = case when s.kind = 'story' then 'story' else 'thread' end
          and p.n = (s.t * 7) % case when s.kind = 'story' then ${PS} else ${PT} end
        left join (
          select thread_id, count(*) filter (where not deleted)::int as live, max(created_at) as last_at
          from bench_reply_plan group by thread_id
        ) a on a.thread_id = s.t
        order by s.t`,
        [texts.titles, texts.storyTitles],
      ),
    );

    // Indexes are built once after the load (faster than maintaining them row by row), from the
    // exact definitions the migrations created.
    const replyIndexes = await sql`select indexname, indexdef from pg_indexes
      where tablename = 'replies' and indexname not in (select conname from pg_constraint)`;
    await step(`${NR.toLocaleString("en")} replies`, async () => {
      for (const index of replyIndexes) await sql.unsafe(`drop index "${index.indexname}"`);
      await sql.unsafe(`insert into replies (id, thread_id, author_id, body, body_html, body_text, renderer_version, created_at, updated_at, deleted_at)
        overriding system value
        select r.id, r.thread_id, 'bench-user-' || r.author_n, p.body, p.body_html, p.body_text, ${RV}, r.created_at, r.created_at,
          case when r.deleted then r.created_at + interval '2 hours' end
        from bench_reply_plan r join bench_text p on p.kind = 'reply' and p.n = r.text_n
        order by r.id`);
    });
    await step("reply indexes", async () => {
      for (const index of replyIndexes) await sql.unsafe(index.indexdef);
    });

    await step("stories", () =>
      sql.unsafe(
        `insert into stories (thread_id, role, education, previous_field, previous_title, months_to_offer,
          first_role_year, how_hired, created_at, helpful_count)
        select t.id,
          ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int],
          ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int],
          ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int],
          ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int],
          2 + floor(power(random(), 1.7) * 46)::int,
          extract(year from t.created_at)::int - (random() < 0.3)::int,
          ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int],
          t.created_at, 0
        from threads t where t.kind = 'story' order by t.id`,
        [ROLES, EDUCATION, FIELDS, HOW_HIRED, pool.PREVIOUS_TITLES],
      ),
    );

    // Pseudo-random but deterministic per story: hashint8 of the id (a lateral generate_series with
    // random() in its arguments may be evaluated only once).
    const u = (expr, salt) => `(abs(hashint8((${expr}) * 1009 + ${salt})) % 1000000) / 1000000.0`;
    await step("resources, story resources, milestones", async () => {
      const seen = new Map();
      for (const name of pool.RESOURCE_NAMES) {
        const key = helpers.resourceKey(name);
        if (!seen.has(key)) seen.set(key, name);
      }
      const resources = [...seen].map(([key, name], i) => ({ id: i + 1, key, name }));
      await sql.unsafe(
        `insert into resources (id, key, name) overriding system value
        select * from unnest($1::bigint[], $2::text[], $3::text[])`,
        [resources.map((r) => r.id), resources.map((r) => r.key), resources.map((r) => r.name)],
      );
      await sql.unsafe(`select setval(pg_get_serial_sequence('resources', 'id'), ${resources.length})`);
      // 75% of stories cite 1 to 5 resources (distinct: 7 is coprime with the resource count or not, the
      // five offsets 0, 7, 14, 21, 28 stay distinct modulo anything above 28).
      await sql.unsafe(`insert into story_resources (story_id, resource_id, position, label)
        select s.thread_id, r.id, j, r.name
        from stories s
        cross join lateral generate_series(0, (abs(hashint8(s.thread_id)) % 5)::int) j
        join resources r on r.id = 1 + (s.thread_id * 17 + j * 7) % ${resources.length}
        where ${u("s.thread_id", 1)} < 0.75`);
      // 65% of stories tell 2 to 5 milestones, spread over their months to the offer; the first four
      // carry the path map's kinds in their usual order (course, project, public work, interview).
      await sql.unsafe(
        `insert into story_milestones (story_id, position, month, text, kind)
        select s.thread_id, j, (s.months_to_offer * j / k.n)::int,
          ($1::text[])[1 + (s.thread_id + j * 3) % cardinality($1::text[])],
          (array['course', 'project', 'public-work', 'interview'])[j + 1]
        from stories s
        cross join lateral (select 1 + (abs(hashint8(s.thread_id * 3)) % 4)::int as n) k
        cross join lateral generate_series(0, k.n) j
        where ${u("s.thread_id", 2)} < 0.65`,
        [pool.MILESTONE_TEXTS],
      );
    });

    await step("helpful marks", async () => {
      // On stories and discussions alike (the Top order reads threads.helpful_count); a story's count
      // is also copied to stories.helpful_count, as the app keeps it.
      await sql.unsafe(`insert into helpful_votes (thread_id, user_id, created_at)
        select t.id, 'bench-user-' || (1 + (t.id * 131 + j * 7919) % ${NU}),
          least(${lit(t0)}, t.created_at + interval '1 hour' * (j + 1))
        from threads t
        cross join lateral generate_series(0, floor(power(${u("t.id", 3)}, 2) * 60)::int) j
        where 'bench-user-' || (1 + (t.id * 131 + j * 7919) % ${NU}) <> t.author_id`);
      await sql.unsafe(`update threads t set helpful_count = m.n
        from (select thread_id, count(*)::int n from helpful_votes group by thread_id) m where m.thread_id = t.id`);
      await sql.unsafe(`update stories s set helpful_count = t.helpful_count from threads t where t.id = s.thread_id`);
    });

    await step("sequences, cleanup", async () => {
      await sql.unsafe(`select setval(pg_get_serial_sequence('threads', 'id'), ${NT})`);
      await sql.unsafe(`select setval(pg_get_serial_sequence('replies', 'id'), (select max(id) from replies))`);
      await sql`drop table bench_reply_plan`;
      await sql`drop table bench_text`;
    });

    // VACUUM sets hint bits and the visibility map now, so the first benchmark reads do not write
    // them (as a long-lived database would have); ANALYZE gives the planner the real distribution.
    await step("vacuum analyze", () => sql.unsafe(`vacuum (analyze)`));

    const checks = await step("consistency checks", async () => {
      const [c] = await sql`select
        (select count(*) from replies r where not exists (select 1 from threads t where t.id = r.thread_id))::int as orphan_replies,
        (select count(*) from threads t join (select thread_id, count(*) filter (where deleted_at is null) n, max(created_at) m
           from replies group by thread_id) r on r.thread_id = t.id
         where t.reply_count <> r.n or t.last_activity_at <> r.m)::int as counter_mismatches,
        (select count(*) from stories s where not exists (select 1 from threads t where t.id = s.thread_id and t.kind = 'story'))::int as orphan_stories,
        (select count(*) from threads t where t.helpful_count <> (select count(*) from helpful_votes v where v.thread_id = t.id and v.reply_id is null))::int as helpful_mismatches`;
      return c;
    });
    if (Object.values(checks).some((n) => n !== 0)) throw new Error(`seed is inconsistent: ${JSON.stringify(checks)}`);

    const [counts] = await sql`select
      (select count(*) from users)::int as users,
      (select count(*) from threads)::int as threads,
      (select count(*) from threads where kind = 'discussion')::int as discussions,
      (select count(*) from stories)::int as stories,
      (select count(*) from replies)::int as replies,
      (select count(*) from story_resources)::int as story_resources,
      (select count(*) from story_milestones)::int as story_milestones,
      (select count(*) from helpful_votes)::int as helpful_marks,
      (select round(avg(length(body)))::int from replies) as avg_reply_chars,
      (select round(avg(length(body)))::int from threads) as avg_thread_chars,
      (select pg_size_pretty(pg_database_size(current_database()))) as size`;
    const [big] = await sql`select id, reply_count from threads where id = ${BIG_THREAD_ID}`;
    // A small thread (a few replies) for statement counts at a different page size.
    const [small] = await sql`select id, reply_count from threads
      where kind = 'discussion' and deleted_at is null and reply_count between 2 and 4 order by id desc limit 1`;
    const [richStory] = await sql`select s.thread_id as id from stories s
      where exists (select 1 from story_resources r where r.story_id = s.thread_id having count(*) >= 4)
        and exists (select 1 from story_milestones m where m.story_id = s.thread_id having count(*) >= 4)
      order by s.thread_id desc limit 1`;
    const [plainStory] = await sql`select s.thread_id as id from stories s
      where not exists (select 1 from story_resources r where r.story_id = s.thread_id)
        and not exists (select 1 from story_milestones m where m.story_id = s.thread_id)
      order by s.thread_id desc limit 1`;
    return {
      fingerprint: print,
      complete: true,
      seededAt: new Date().toISOString(),
      rendererVersion: RV,
      renderer: helpers.source,
      counts,
      checks,
      bigThread: { id: Number(big.id), replies: big.reply_count },
      smallThread: { id: Number(small.id), replies: small.reply_count },
      richStoryId: Number(richStory.id),
      plainStoryId: Number(plainStory.id),
      readerUserId: SEED_USER,
    };
  } finally {
    await sql.end();
  }
}

// A timestamp as a SQL literal (the seed's t0 goes into generated SQL many times).
function lit(date) {
  return `'${date.toISOString()}'::timestamptz`;
}
