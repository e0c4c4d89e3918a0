// The flood's own PostgreSQL database: made fresh on DATABASE_URL's server and dropped at the end,
// with the accounts the flood posts as written straight into the tables (an account's age is its
// users.created_at; the ones already at their daily caps get backdated posts), and the rows read back
// for the checks.
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import postgres from "postgres";

const quiet = { max: 1, onnotice: () => {} };

/** A new, empty database beside the one `adminUrl` names; `drop()` removes it (sessions and all). */
export async function createDatabase(adminUrl, prefix = "mlpaths_flood") {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, quiet);
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const sql = postgres(adminUrl, quiet);
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}

/**
 * Who floods. `age` is new or old for the limits; `full` says which daily caps it has already
 * reached with posts made earlier (backdated far past every interval). The host is an old account
 * that starts the thread everyone replies to and does not flood.
 */
export function floodAccounts(limits) {
  return [
    { key: "new-a", age: "new", hoursOld: 0.2 },
    { key: "new-b", age: "new", hoursOld: 0.2 },
    {
      key: "new-full",
      age: "new",
      hoursOld: 3,
      full: { threads: limits.newThreadsPerDay, replies: limits.newRepliesPerDay },
    },
    { key: "old-a", age: "old", hoursOld: 72 },
    { key: "old-b", age: "old", hoursOld: 72 },
    { key: "old-full", age: "old", hoursOld: 72, full: { threads: limits.threadsPerDay, replies: 0 } },
  ];
}
export const HOST = { key: "host", age: "old", hoursOld: 72 };
/** Old accounts that post nothing but the search flood's replies, at their pace. */
export const SEARCH_FLOOD_REPLIERS = Array.from({ length: 6 }, (_, n) => ({
  key: `steady-${n + 1}`,
  age: "old",
  hoursOld: 72,
}));

/**
 * Makes each account (users row, a session) and the earlier posts of the full ones. Returns the
 * accounts with `id`, `login` and `token` (the value of the authjs.session-token cookie).
 */
export async function makeAccounts(url, accounts, repoRoot, runId) {
  const { tsImport } = await import("tsx/esm/api");
  const { cook, MARKDOWN_RENDERER_VERSION } = await tsImport(
    path.join(repoRoot, "lib", "markdown", "markdown.ts"),
    import.meta.url,
  );
  const sql = postgres(url, quiet);
  try {
    const made = [];
    for (const account of accounts) {
      const login = `flood-${account.key}-${runId}`;
      const [user] = await sql`
        insert into users (id, login, name, created_at)
        values (${randomUUID()}, ${login}, ${login}, now() - make_interval(secs => ${account.hoursOld * 3600}))
        returning id`;
      const token = `flood-${randomBytes(24).toString("hex")}`;
      await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
      if (account.full) await backdatedPosts(sql, user.id, account, { cook, version: MARKDOWN_RENDERER_VERSION });
      made.push({ ...account, id: user.id, login, token });
    }
    return made;
  } finally {
    await sql.end();
  }
}

/**
 * The day's posts of an account at its caps: threads 30 minutes apart and replies 2 minutes apart
 * (past the longest interval), all within the last day and after the account was made; the replies go
 * to the account's own first thread, whose reply count says so.
 */
async function backdatedPosts(sql, authorId, account, renderer) {
  const newest = Math.min(account.hoursOld * 3600, 24 * 3600) - 600; // seconds ago of the first thread
  const threadIds = [];
  for (let n = 0; n < account.full.threads; n++) {
    const body = `Earlier thread ${n + 1} of ${account.key}, posted before the flood.`;
    const [row] = await sql`
      insert into threads (author_id, title, body, body_html, renderer_version, created_at, updated_at, last_activity_at)
      values (${authorId}, ${`Earlier thread ${n + 1} of ${account.key}`}, ${body}, ${renderer.cook(body).html}, ${renderer.version},
        now() - make_interval(secs => ${newest - n * 1800}), now() - make_interval(secs => ${newest - n * 1800}),
        now() - make_interval(secs => ${newest - n * 1800}))
      returning id`;
    threadIds.push(row.id);
  }
  if (account.full.replies === 0) return;
  if (threadIds.length === 0) throw new Error(`${account.key}: backdated replies need a backdated thread`);
  const firstReply = newest - 60;
  for (let n = 0; n < account.full.replies; n++) {
    const body = `Earlier reply ${n + 1} of ${account.key}, posted before the flood.`;
    await sql`
      insert into replies (thread_id, author_id, body, body_html, renderer_version, created_at, updated_at)
      values (${threadIds[0]}, ${authorId}, ${body}, ${renderer.cook(body).html}, ${renderer.version},
        now() - make_interval(secs => ${firstReply - n * 120}), now() - make_interval(secs => ${firstReply - n * 120}))`;
  }
  await sql`
    update threads set reply_count = ${account.full.replies},
      last_activity_at = (select max(created_at) from replies where thread_id = ${threadIds[0]})
    where id = ${threadIds[0]}`;
}

/** Every thread and reply of the given authors (deleted ones too: they count for the limits), oldest first. */
export async function readPosts(url, authorIds) {
  const sql = postgres(url, quiet);
  try {
    const threads = await sql`
      select id, kind, author_id, body, created_at, deleted_at from threads
      where author_id = any(${authorIds}) order by created_at, id`;
    const replies = await sql`
      select id, thread_id, author_id, body, created_at, deleted_at from replies
      where author_id = any(${authorIds}) order by created_at, id`;
    // bigint ids come back as strings; these fit a Number.
    const ids = (row) => ({
      ...row,
      id: Number(row.id),
      ...(row.thread_id === undefined ? {} : { thread_id: Number(row.thread_id) }),
    });
    return { threads: threads.map(ids), replies: replies.map(ids) };
  } finally {
    await sql.end();
  }
}

/** The thread's stored reply count beside the replies that are still there. */
export async function replyCounts(url, threadId) {
  const sql = postgres(url, quiet);
  try {
    const [row] = await sql`
      select t.reply_count, (select count(*)::int from replies r where r.thread_id = t.id and r.deleted_at is null) as live
      from threads t where t.id = ${threadId}`;
    return row;
  } finally {
    await sql.end();
  }
}

/** The database's clock, in ms: intervals are measured against it, not this machine's. */
export async function databaseNow(url) {
  const sql = postgres(url, quiet);
  try {
    const [row] = await sql`select clock_timestamp() as now`;
    return row.now.getTime();
  } finally {
    await sql.end();
  }
}
