// The events the server logs, each one JSON line with `event` set to one of these names, so a reader
// or an alert can select them (README "Logs").
import type { Changed } from "@/lib/cache-tags";

export const EVENTS = {
  /** The server started: port, database driver, build id. */
  start: "start",
  /** One migration applied (npm start, npm run db:migrate), or the count when none was pending. */
  migration: "migration",
  /** A write through a form, a sign-in or a sign-out: its kind, who, and the ids it touched. */
  write: "write",
  /** A request refused by a limit (pace, daily cap, searches, sign-ins, body size) or as cross-site. */
  refused: "refused",
  /** An unexpected error, with its stack, once. */
  error: "error",
  /** A stop signal: the drain began, the requests drained, the database and Redis closed. */
  shutdown: "shutdown",
  /** The database stopped answering (logged once, not per request). */
  databaseUnavailable: "database.unavailable",
  /** The database answers again. */
  databaseRecovered: "database.recovered",
  /** An email job's outcome: sent, skipped (and why), retried or given up; the member's id, never an address. */
  email: "email",
} as const;

const ID_TAGS = /^(?:thread|reply|follow-up|member):[\w-]+$/;

/**
 * The rows a write touched, read from the cache tags it returns (lib/cache-tags.ts): `thread:12`,
 * `reply:40`, `follow-up:3`, `member:<id>`. Only ids: never a login, a title or a tag's name.
 */
export function touchedIds(changed: Changed): string[] {
  return [...new Set(changed.filter((tag) => ID_TAGS.test(tag)))];
}
