// While the database cannot be reached, a page that must be rendered fails, and Next answers every
// failed render with the error page and 500: only not-found and the auth interrupts have statuses of
// their own. A 500 tells crawlers, monitors and the balancer that the site is broken; the truth is 503
// Service Unavailable with Retry-After, and nginx passes a 503 on without marking the process down.
// Next gives no hook on a page's status, so this rewrites it where Node writes the head of each
// response (learnt from Node's diagnostics channel): a 500 while the database is known to be down
// (db/availability.ts, told by onRequestError as the render fails) goes out as 503.
import { subscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";
import { databaseIsDown } from "@/db/availability";

const RETRY_AFTER_SECONDS = "30";

export function answerOutagesWith503(): void {
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
