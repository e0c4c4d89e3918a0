// Next calls register() once when a server starts, and onRequestError for each error it catches while
// serving. Both log (server/server-events.ts), on the Node.js runtime only, which is where this app runs;
// Next's own prints of those errors are folded into the same lines (server/console-errors.ts).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logStart } = await import("./server/server-events");
  const { routeConsoleErrors } = await import("./server/console-errors");
  routeConsoleErrors();
  logStart();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./server/server-events");
  logRequestError(error, request, context);
};
