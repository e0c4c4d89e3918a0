// While the database cannot be reached, a page that must be rendered fails, and Next answers every
// failed render with the error page and 500: only not-found and the auth interrupts have statuses of
// their own. A 500 tells crawlers, monitors and the balancer that the site is broken; the truth is 503
// Service Unavailable with Retry-After, and nginx passes a 503 on without marking the process down.
// Next gives no hook on a page's status, so this rewrites it where Node writes the head of each
// response (learnt from Node's diagnostics channel): a 500 while the database is known to be down
// (db/availability.ts) goes out as 503.
//
// Known in time: onRequestError hears of the failure only after the error page's head has gone out,
// so the first failures of an outage would still answer 500. The database's own sockets tell it
// first: a connection refused, or one PostgreSQL ended (a shutdown, a restart, a terminated backend),
// marks it down before the driver hands the failure to the query (Node runs the socket's "end" before
// the query's rejection), and db/availability.ts probes until it answers again.
import { subscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { databaseFailed, databaseIsDown } from "@/db/availability";

const RETRY_AFTER_SECONDS = "30";

/** The port of DATABASE_URL's server (PostgreSQL, or a pooler in front of it); null on PGlite. */
function databasePort(): number | null {
  try {
    const url = new URL(process.env.DATABASE_URL ?? "");
    return Number(url.port || 5432);
  } catch {
    return null;
  }
}

function watchDatabaseSockets(port: number): void {
  subscribe("net.client.socket", (message) => {
    const socket = (message as { socket: Socket }).socket;
    socket.on("error", (error: NodeJS.ErrnoException & { port?: number }) => {
      if ((error.port ?? socket.remotePort) === port) databaseFailed(error);
    });
    socket.on("end", () => {
      // Ended by the server, not by the driver (which ends its own side first).
      if (socket.remotePort === port && !socket.writableEnded) {
        databaseFailed(Object.assign(new Error("the database ended a connection"), { code: "CONNECTION_CLOSED" }));
      }
    });
  });
}

export function answerOutagesWith503(): void {
  const port = databasePort();
  if (port !== null) watchDatabaseSockets(port);
  subscribe("http.server.request.start", (message) => {
    const response = (message as { response: ServerResponse }).response;
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      if (status === 500 && databaseIsDown()) {
        status = 503;
        this.setHeader("retry-after", RETRY_AFTER_SECONDS);
        this.setHeader("cache-control", "no-store");
      }
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse["writeHead"];
  });
}
