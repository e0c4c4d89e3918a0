// While the database cannot be reached, a page that must be rendered fails, and Next answers every
// failed render with the error page and 500: only not-found and the auth interrupts have statuses of
// their own. A 500 tells crawlers, monitors and the balancer that the site is broken; the truth is 503
// Service Unavailable with Retry-After, and nginx passes a 503 on without marking the process down.
// Next gives no hook on a page's status, so this rewrites it where Node writes the head of each
// response (learnt from Node's diagnostics channel): a 500 while the database is known to be down
// (db/availability.ts), or of a request during which it failed, goes out as 503.
//
// Known in time: onRequestError hears of the failure only after the error page's head has gone out,
// so the first failures of an outage would still answer 500. The database's own sockets (db/socket.ts)
// tell it first, in the same event that hands the driver the failure, before any query sees it: a
// connection refused or reset, a FATAL error from the server (a shutdown, a restart, a terminated
// backend, "the database system is shutting down"), or a connection the server ended. Then
// db/availability.ts probes until it answers again.
import { subscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { databaseFailed, databaseFailedSince } from "@/db/availability";
import { DATABASE_SOCKET_CHANNEL } from "@/db/socket";

const RETRY_AFTER_SECONDS = "30";

// A FATAL ErrorResponse: the server telling why it is about to close the connection. Its fields are
// NUL-terminated and come in order, the untranslated severity (V) just before the SQLSTATE (C). Text
// in rows cannot hold a NUL, so only this message matches; one split across two reads is missed, and
// the connection's end then tells the same a moment later.
const FATAL = Buffer.from("\0VFATAL\0C");

const closedBy = (code: string) => Object.assign(new Error("the database closed a connection"), { code });

function watchDatabaseSockets(): void {
  subscribe(DATABASE_SOCKET_CHANNEL, (message) => {
    const socket = (message as { socket: Socket }).socket;
    socket.on("error", (error) => databaseFailed(error));
    socket.on("data", (chunk: Buffer) => {
      const at = chunk.indexOf(FATAL);
      if (at !== -1) databaseFailed(closedBy(chunk.toString("latin1", at + FATAL.length, at + FATAL.length + 5)));
    });
    // Ended by the server, not by the driver (which ends its own side first).
    socket.on("end", () => {
      if (!socket.writableEnded) databaseFailed(closedBy("CONNECTION_CLOSED"));
    });
  });
}

export function answerOutagesWith503(): void {
  watchDatabaseSockets();
  subscribe("http.server.request.start", (message) => {
    const response = (message as { response: ServerResponse }).response;
    // A render that met the failure can end after the database is back (a probe answered meanwhile).
    const began = performance.now();
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      if (status === 500 && databaseFailedSince(began)) {
        status = 503;
        this.setHeader("retry-after", RETRY_AFTER_SECONDS);
        this.setHeader("cache-control", "no-store");
      }
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse["writeHead"];
  });
}
