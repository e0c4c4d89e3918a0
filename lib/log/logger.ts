// The server's one logger: pino, one JSON line per event on stdout (no transport: pino's transports
// run in a worker thread, which Next's server bundles break), level from LOG_LEVEL. What matters to
// operations is logged as an `event` (lib/log/events.ts names them), with the request's id (`reqId`)
// where there is a request. Nothing secret is ever passed in: no cookies, tokens, emails or post
// bodies. Redaction and the error serializer below are the second line of defence, for a value that
// slips through inside an object or an error.
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { serializeError, withoutValues } from "./safe-error";

export type { Logger } from "pino";

/** Keys whose values never reach a log line, at the top level or one object down. */
export const REDACTED_KEYS = [
  "cookie",
  "cookies",
  "set-cookie",
  "authorization",
  "headers",
  "email",
  "emails",
  "body",
  "text",
  "password",
  "token",
  "sessionToken",
  "session_token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "idToken",
  "id_token",
  "secret",
  "params",
  "parameters",
] as const;

const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => {
  const at = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  return [at.startsWith(".") ? key : at, `*${at}`];
});

const LEVELS: readonly Level[] = ["fatal", "error", "warn", "info", "debug", "trace"];

/** LOG_LEVEL, when it names one of pino's levels (or "silent"); info otherwise. */
export function logLevel(value = process.env.LOG_LEVEL): Level | "silent" {
  const wanted = value?.trim().toLowerCase();
  return wanted === "silent" || LEVELS.includes(wanted as Level) ? (wanted as Level | "silent") : "info";
}

/** A logger writing to `destination` (stdout when omitted); tests pass a stream of their own. */
export function createLogger(destination?: DestinationStream, level = logLevel()): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // The level's name rather than its number: what a reader of the line or a log shipper expects.
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError, error: serializeError, cause: serializeError },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      hooks: {
        // The message, too: pino takes an error's message as the line's when none is given.
        logMethod(args, write) {
          const [first, second] = args as unknown[];
          const error = (first as { err?: unknown } | null)?.err;
          if (typeof second !== "string" && error instanceof Error) {
            return write.call(this, first as object, withoutValues(error.message));
          }
          write.apply(
            this,
            (args as unknown[]).map((arg) => (typeof arg === "string" ? withoutValues(arg) : arg)) as Parameters<
              typeof write
            >,
          );
        },
      },
    },
    destination,
  );
}

// One per process (on globalThis: Next may load this module in more than one server bundle).
const shared = globalThis as unknown as { mlpathsLog?: Logger };

/** The process's logger. */
export const log: Logger = (shared.mlpathsLog ??= createLogger());
