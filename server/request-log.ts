// The logger for the request being served, its lines carrying the request's id: the one proxy.ts
// passed on (the reverse proxy's X-Request-Id, or one it made), or a new one where the request did
// not pass through proxy.ts.
import "server-only";
import { headers } from "next/headers";
import { log, type Logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

export async function requestLog(): Promise<Logger> {
  let given: string | null = null;
  try {
    given = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // Not inside a request (a script, a build): a new id still tells this work's lines apart.
  }
  return log.child({ reqId: requestIdFrom(given) });
}

/** The same, for a route handler, which has its request at hand. */
export function logFor(request: Request): Logger {
  return log.child({ reqId: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)) });
}
