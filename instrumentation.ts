// Runs once when a server process starts (Next's instrumentation hook).
export async function register() {
  // scripts/start.mjs hands the stop signals to the app (server/shutdown.ts says why); a bare
  // `next start` keeps Next's own handler.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { handleShutdownSignals } = await import("./server/shutdown");
    handleShutdownSignals();
  }
}
