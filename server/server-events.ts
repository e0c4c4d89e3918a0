// The server's own events (instrumentation.ts): its start, and the errors Next caught while serving a
// request, each logged once with its stack and the request's id.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { dbDriver } from "@/db";
import { databaseFailed } from "@/db/availability";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";
import { REQUEST_ID_HEADER, isRequestId } from "@/lib/log/request-id";
import { markLogged } from "./console-errors";

/** Port, database driver and build: never DATABASE_URL, which may hold a password. */
export function logStart(): void {
  let buildId: string | null = null;
  try {
    buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    // `next dev` has none.
  }
  log.info(
    {
      event: EVENTS.start,
      port: Number(process.env.PORT) || 3000,
      driver: dbDriver(),
      buildId,
      node: process.version,
      logLevel: log.level,
    },
    "server started",
  );
}

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorContext = { routerKind: string; routePath: string; routeType: string };

/**
 * An error Next caught while serving a request (a page, a route handler, a Server Action, proxy.ts).
 * The path without its query (a search's words stay out of the log); no header but the request id.
 * An unreachable database is one line for the whole outage (db/availability.ts), not one per request.
 */
export function logRequestError(error: unknown, request: RequestInfo, context: ErrorContext): void {
  markLogged(error);
  if (isDatabaseUnavailable(error)) return databaseFailed(error);
  const given = request.headers[REQUEST_ID_HEADER];
  const reqId = isRequestId(given) ? given : undefined;
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  log.error(
    {
      event: EVENTS.error,
      reqId,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      digest,
      err: error,
    },
    error instanceof Error ? error.message.split("\n")[0] : "request failed",
  );
}
