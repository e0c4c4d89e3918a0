// Sign-in attempts per IP address (lib/limits/rate-limits.ts): the OAuth callback and the demo sign-in
// answer 429 with Retry-After past the limit, before any account is looked up or made.
import "server-only";
import { hit } from "@/db/mutations/rate-counters";
import { clientIp } from "@/lib/limits/client-ip";
import { rateLimits, retryIn } from "@/lib/limits/rate-limits";
import { EVENTS } from "@/lib/log/events";
import { logFor } from "./request-log";

export async function signInRefusal(request: Request): Promise<Response | null> {
  const limits = rateLimits();
  const wait = await hit("sign-in", clientIp(request.headers), [
    { seconds: 60, max: limits.signInsPerIpPerMinute },
    { seconds: 3600, max: limits.signInsPerIpPerHour },
  ]);
  if (wait === null) return null;
  logFor(request).warn({ event: EVENTS.refused, reason: "sign-in-rate", retryAfter: wait });
  return new Response(`Too many sign-in attempts from your address. Please try again ${retryIn(wait)}.`, {
    status: 429,
    headers: { "retry-after": String(wait), "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
