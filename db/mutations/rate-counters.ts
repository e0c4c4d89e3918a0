// Counting for limits that have no rows of their own to count (sign-in attempts per IP address):
// fixed windows in PostgreSQL, one upsert per window, so every app server shares the count.
import { lt, sql } from "drizzle-orm";
import { getDb } from "../index";
import { rateCounters } from "../schema";

export type Window = { seconds: number; max: number };

/**
 * Counts one hit of `key` in each window and says how long to wait if any window is now over its
 * limit (null when the hit is allowed). Old windows are swept now and then by the same calls.
 */
export async function hit(bucket: string, key: string, windows: readonly Window[], at?: Date): Promise<number | null> {
  const db = getDb();
  // The database's clock, so every app server counts the same windows (tests may name a moment).
  const now = at ? sql`${sql.param(at, rateCounters.windowStart)}::timestamptz` : sql`now()`;
  let wait: number | null = null;
  for (const { seconds, max } of windows) {
    // Each window length counts apart: a minute and an hour that start at the same moment are two rows.
    const [row] = await db
      .insert(rateCounters)
      .values({
        bucket: `${bucket}/${seconds}s`,
        key,
        windowStart: sql`to_timestamp(floor(extract(epoch from ${now}) / ${seconds}) * ${seconds})`,
        hits: 1,
      })
      .onConflictDoUpdate({
        target: [rateCounters.bucket, rateCounters.key, rateCounters.windowStart],
        set: { hits: sql`${rateCounters.hits} + 1` },
      })
      .returning({
        hits: rateCounters.hits,
        left: sql<number>`extract(epoch from ${rateCounters.windowStart} + make_interval(secs => ${seconds}) - ${now})`.mapWith(
          Number,
        ),
      });
    if (row.hits > max) wait = Math.max(wait ?? 0, Math.ceil(row.left));
  }
  if (Math.random() < 0.01)
    await db.delete(rateCounters).where(lt(rateCounters.windowStart, sql`now() - interval '1 day'`));
  return wait;
}
