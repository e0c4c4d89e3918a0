// Whether the database answers, as the log tells it: one line when it first fails, one when it
// answers again, never one per request. After a failure a probe (`select 1`) runs every few seconds
// until it answers, so the recovery is logged even when no request comes to notice it.
import { sql } from "drizzle-orm";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";
import { getDb } from "./index";

const PROBE_MS = 2_000;

// downSince: Date.now() of the first failure of this outage. lastFailure: performance.now() of the
// latest failure seen, outage or not.
type State = { downSince: number | null; lastFailure: number };

// On globalThis: Next may load this module in more than one server bundle, and there is one database.
const shared = globalThis as unknown as { mlpathsDatabaseState?: State };
const state = (shared.mlpathsDatabaseState ??= { downSince: null, lastFailure: -Infinity });

/**
 * Whether the database is unreachable now, or was found unreachable at any moment since `time` (a
 * performance.now()): a request that met the failure may finish after the database came back
 * (server/outage-status.ts asks with the moment each request began).
 */
export function databaseFailedSince(time: number): boolean {
  return state.downSince !== null || state.lastFailure >= time;
}

/** A request found the database unreachable (what lib/db-errors.ts isDatabaseUnavailable says). */
export function databaseFailed(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  state.lastFailure = performance.now();
  if (state.downSince !== null) return;
  state.downSince = Date.now();
  log.error({ event: EVENTS.databaseUnavailable, err: error }, "the database is unavailable");
  probeLater();
}

/** A request found the database answering (the readiness check): the end of an outage, if one was logged. */
export function databaseAnswered(): void {
  if (state.downSince === null) return;
  const downMs = Date.now() - state.downSince;
  state.downSince = null;
  log.info({ event: EVENTS.databaseRecovered, downMs }, "the database answers again");
}

function probeLater(): void {
  const timer = setTimeout(async () => {
    if (state.downSince === null) return;
    try {
      await getDb().execute(sql`select 1`);
      databaseAnswered();
    } catch {
      probeLater();
    }
  }, PROBE_MS);
  // Never what keeps a stopping process alive.
  timer.unref();
}
