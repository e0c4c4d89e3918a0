// Next calls register() once when a server starts, and onRequestError for each error it catches while
// serving. On the Node.js runtime only, which is where this app runs: both log
// (server/server-events.ts), and Next's own prints of those errors are folded into the same lines
// (server/console-errors.ts); a page that failed because the database is away answers 503, not 500
// (server/outage-status.ts); and scripts/start.mjs hands the stop signals to the app
// (server/shutdown.ts says why; a bare `next start` keeps Next's own handler). The email worker
// (server/email/worker.ts) starts here, in the running server only: its first poll of the database
// comes a few seconds later, never during `next build`.
import type { Instrumentation } from "next";

// Loaded by register(), so that onRequestError marks the database down before the error page's status
// is written, not after an import.
let events: typeof import("./server/server-events") | undefined;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  events = await import("./server/server-events");
  const { routeConsoleErrors } = await import("./server/console-errors");
  const { answerOutagesWith503 } = await import("./server/outage-status");
  routeConsoleErrors();
  answerOutagesWith503();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { handleShutdownSignals } = await import("./server/shutdown");
    handleShutdownSignals();
  }
  events.logStart();
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { startEmailWorker } = await import("./server/email/worker");
    startEmailWorker();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  events ??= await import("./server/server-events");
  events.logRequestError(error, request, context);
};
