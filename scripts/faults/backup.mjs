// The backup check of the fault test (issue 24, "pg_dump backups"): a dump taken with the command
// docs/deploy.md gives, while the load writes; restored into a new database; served by a second app
// process. The restored database must be one consistent moment (its counters agree with its rows),
// current (the second process is ready: every migration is there), and serve the same pages: every
// thread whose rows are the same in both databases renders the same on both servers.
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { firstDifference, freshRender } from "./pages.mjs";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const quiet = { max: 1, onnotice: () => {} };

/** `pg_dump --format=custom --file=FILE URL`, without blocking the load; resolves with its duration. */
export function dump(url, file) {
  const started = performance.now();
  return new Promise((resolve, reject) =>
    execFile(path.join(BIN, "pg_dump"), ["--format=custom", `--file=${file}`, url], (error, _out, stderr) =>
      error ? reject(new Error(`pg_dump failed: ${stderr}`)) : resolve(performance.now() - started),
    ),
  );
}

/** A new database `name` on the server of `adminUrl`, restored from `file`; returns its URL. */
export async function restore(adminUrl, name, file) {
  const admin = postgres(adminUrl, quiet);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const restored = spawnSync(path.join(BIN, "pg_restore"), ["--no-owner", `--dbname=${url}`, file], {
    encoding: "utf8",
  });
  if (restored.status !== 0) throw new Error(`pg_restore failed: ${restored.stderr}`);
  return url;
}

/** Each thread's row and its replies' rows, as one text per thread id. */
async function threadRows(url) {
  const sql = postgres(url, quiet);
  try {
    const rows = await sql`
      select t.id::int, row_to_json(t)::text || coalesce((
        select string_agg(row_to_json(r)::text, ',' order by r.id) from replies r where r.thread_id = t.id), '') as rows
      from threads t`;
    return new Map(rows.map((row) => [row.id, row.rows]));
  } finally {
    await sql.end();
  }
}

/**
 * Threads by what the restore did with them: `same` (identical rows in both databases), `later`
 * (written or changed after the dump began, so not in it as they are now), `missing` (in the restored
 * database only: never right).
 */
export async function compareThreads(originalUrl, restoredUrl) {
  const [original, restored] = await Promise.all([threadRows(originalUrl), threadRows(restoredUrl)]);
  const same = [];
  const later = [];
  for (const [id, rows] of original) (restored.get(id) === rows ? same : later).push(id);
  const missing = [...restored.keys()].filter((id) => !original.has(id));
  return { same, later, missing };
}

/**
 * The pages of `threadIds` on both servers, each rendered afresh from its own database; returns the
 * ones that differ. A thread's address is where /threads/<id> sends a reader (its slug, or /stories/).
 */
export async function differingPages({ original, restored, repoRoot, threadIds }) {
  const differing = [];
  for (const id of threadIds) {
    const moved = await fetch(`${original}/threads/${id}`, { redirect: "manual" });
    // Next repeats the Location of a redirect from a page ("a, a"): the first is the address.
    const location = moved.headers.get("location")?.split(",")[0].trim();
    const address = location ? new URL(location, original).pathname : `/threads/${id}`;
    const [a, b] = await Promise.all([
      freshRender(original, address, repoRoot),
      freshRender(restored, address, repoRoot),
    ]);
    if (a.status !== 200 || a.status !== b.status || a.body !== b.body)
      differing.push(
        `${address} (${a.status} on the original, ${b.status} restored): ${firstDifference(a.body, b.body)}`,
      );
  }
  return differing;
}
