// The client's address for per-IP limits. Next sets X-Forwarded-For to the socket's address when the
// request has none; behind a reverse proxy, the proxy appends the address it saw, so the last entry is
// the one no client can choose. (A server exposed directly lets a client send its own header: run it
// behind a proxy that sets X-Forwarded-For, as the README says.)
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || "unknown";
}
