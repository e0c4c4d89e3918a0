// Graceful shutdown of `next start`: on SIGTERM (a deploy, systemd stopping a unit) or SIGINT, stop
// taking connections, let the requests in flight finish, close the database pools and Redis, then exit; past SHUTDOWN_TIMEOUT_SECONDS (10) it exits anyway, with 1.
//
// Next's own handler would drain the requests too, but then exits with the pools open: the embedded
// PGlite is never closed (its folder lock and last writes are left to the next start's recovery).
// scripts/start.mjs sets NEXT_MANUAL_SIG_HANDLE, which hands the signals to this module instead.
// Next gives no handle on its HTTP server, so this one learns it from Node's diagnostics channel for
// accepted connections. Next loads this module a second or so after it starts listening; a signal
// before any connection since then has nothing to drain but the ones accepted in that second.
import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import type { Socket } from "node:net";
import { closeDb } from "@/db";
import { closeRedis } from "./cache/redis.mjs";
import { stopEmailWorker } from "./email/worker";
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";
import { shutdownTimeoutMs } from "@/lib/shutdown-timeout";

let server: Server | undefined;
let shuttingDown = false;

export function handleShutdownSignals(): void {
  subscribe("net.server.socket", (message) => {
    server ??= (message as { socket: Socket & { server?: Server } }).socket.server;
  });
  // A keep-alive connection busy when the drain began would otherwise stay open, idle, until the
  // client or its timeout closes it: close each as soon as its response is done.
  subscribe("http.server.response.finish", () => {
    if (shuttingDown) setImmediate(() => server?.closeIdleConnections());
  });
  // `on`, not `once`: a stop often signals twice (systemd to the whole group, then scripts/start.mjs
  // passing its own on), and a signal with no listener left would kill the process mid-drain.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutDown(signal));
}

async function shutDown(signal: NodeJS.Signals): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  const started = Date.now();
  const event = { event: EVENTS.shutdown, signal };
  log.info(
    { ...event, step: "draining" },
    `${signal}: shutting down; requests in flight finish, new connections are refused`,
  );
  const bound = setTimeout(() => {
    log.error(
      { ...event, step: "timeout" },
      `shutdown took longer than ${shutdownTimeoutMs()} ms: exiting with requests still open`,
    );
    process.exit(1);
  }, shutdownTimeoutMs());
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  log.info({ ...event, step: "drained", ms: Date.now() - started }, `requests drained in ${Date.now() - started} ms`);
  // The email in hand is finished (or its claim runs out and another process sends it) before the
  // database closes under it.
  await stopEmailWorker().catch((err) => log.error({ ...event, err }, "stopping the email worker failed"));
  const results = await Promise.allSettled([closeDb(), closeRedis()]);
  for (const result of results) {
    if (result.status === "rejected")
      log.error({ ...event, err: result.reason }, "closing the database or Redis failed");
  }
  log.info(
    { ...event, step: "closed", ms: Date.now() - started },
    `database closed; exiting after ${Date.now() - started} ms`,
  );
  clearTimeout(bound);
  process.exit(0);
}
