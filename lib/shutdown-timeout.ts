/** How long a stopping server may take to drain and close (SHUTDOWN_TIMEOUT_SECONDS, 10 by default). */
export function shutdownTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.SHUTDOWN_TIMEOUT_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 10) * 1000;
}
