// Telling "the database is unreachable" apart from every other failure, so a reader is told the
// site is having trouble (and keeps what they typed) instead of being treated as signed out.
import { AsyncLocalStorage } from "node:async_hooks";

export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("The database is unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

export const UNAVAILABLE_MESSAGE =
  "MLPaths can't reach its database right now, so nothing was saved. Your text is still here: try again in a minute.";

// Network failures (Node and the `postgres` driver's own codes) and PostgreSQL's SQLSTATE classes
// 08 (connection exception), 53 (insufficient resources) and 57P (shutting down, starting up).
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  // Drizzle wraps driver errors (DrizzleQueryError) and Node wraps some in AggregateError.
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || /^(08|53|57P)/.test(code))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

// Auth.js swallows adapter errors and answers "no session"; the adapter reports them here instead,
// to whoever is watching the current request.
const watchers = new AsyncLocalStorage<{ failure?: unknown }>();

/** Runs `work`, and throws DatabaseUnavailableError if a watched database call failed inside it. */
export async function failingLoudly<T>(work: () => Promise<T>): Promise<T> {
  const watch: { failure?: unknown } = {};
  const value = await watchers.run(watch, work);
  if (watch.failure !== undefined) throw new DatabaseUnavailableError(watch.failure);
  return value;
}

/** Wraps a database call whose errors someone else would swallow. */
export function reportingFailures<A extends unknown[], R>(
  call: (...args: A) => R | PromiseLike<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await call(...args);
    } catch (error) {
      const watch = watchers.getStore();
      if (watch && isDatabaseUnavailable(error)) watch.failure ??= error;
      throw error;
    }
  };
}
