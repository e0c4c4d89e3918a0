// Next calls register() once when a server process starts, and onRequestError for each error it
// catches while serving. On the Node.js runtime only, which is where this app runs.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Errors and the start as log lines (server/server-events.ts); Next's own prints of request errors
  // are folded into the same lines (server/console-errors.ts).
  const { logStart } = await import("./server/server-events");
  const { routeConsoleErrors } = await import("./server/console-errors");
  routeConsoleErrors();
  logStart();
  // scripts/start.mjs hands the stop signals to the app (server/shutdown.ts says why); a bare
  // `next start` keeps Next's own handler.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { handleShutdownSignals } = await import("./server/shutdown");
    handleShutdownSignals();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./server/server-events");
  logRequestError(error, request, context);
};
