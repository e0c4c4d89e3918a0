// Next prints each error it catches while serving a request ("⨯ Error: …" and its stack, several
// plain-text lines on stderr) and then hands it to onRequestError, which logs it as one JSON line
// with the request's id (server/server-events.ts). So that an error is logged once, and as JSON,
// console.error calls that carry an Error are held for a moment: if onRequestError logs that error,
// the print is dropped; if not (an error outside a request), it is logged here instead.
import "server-only";
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";

const WAIT_MS = 1_000;

const shared = globalThis as unknown as { mlpathsLoggedErrors?: WeakSet<object>; mlpathsConsoleRouted?: boolean };
const logged = (shared.mlpathsLoggedErrors ??= new WeakSet<object>());

/** onRequestError logged this error: Next's own print of it is not needed. */
export function markLogged(error: unknown): void {
  if (typeof error === "object" && error !== null) logged.add(error);
}

export function routeConsoleErrors(): void {
  if (shared.mlpathsConsoleRouted) return;
  shared.mlpathsConsoleRouted = true;
  const print = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    if (!error) return print(...args);
    if (logged.has(error)) return;
    const said = args.filter((arg): arg is string => typeof arg === "string" && arg !== "⨯").join(" ");
    const held = () => {
      if (!logged.has(error)) print(...args);
    };
    pending.add(held);
    setTimeout(() => {
      pending.delete(held);
      if (logged.has(error)) return;
      logged.add(error);
      log.error({ event: EVENTS.error, source: "console", err: error }, said || error.message);
    }, WAIT_MS).unref();
  };
  // A process that exits within the moment (server/shutdown.ts) still says what it was holding, as
  // printed: stderr is written at once, a log line might not be.
  process.once("exit", () => {
    for (const held of pending) held();
  });
}

const pending = new Set<() => void>();
