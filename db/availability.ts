// Whether the database answers, as the log tells it: one line when it first fails, one when it
// answers again, never one per request. After a failure a probe (`select 1`) runs every few seconds
// until it answers, so the recovery is logged even when no request comes to notice it.
import { sql } from "drizzle-orm";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";
import { getDb } from "./index";

const PROBE_MS = 2_000;

type State = { downSince: number | null };

// On globalThis: Next may load this module in more than one server bundle, and there is one database.
const shared = globalThis as unknown as { mlpathsDatabaseState?: State };
const state = (shared.mlpathsDatabaseState ??= { downSince: null });

/** Whether the last word on the database is that it cannot be reached (server/outage-status.ts). */
export function databaseIsDown(): boolean {
  return state.downSince !== null;
}

/** A request found the database unreachable (what lib/db-errors.ts isDatabaseUnavailable says). */
export function databaseFailed(error: unknown): void {
  if (state.downSince !== null || !isDatabaseUnavailable(error)) return;
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
