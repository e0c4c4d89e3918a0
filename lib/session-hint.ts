// A cookie that only says "this browser has a session", readable by scripts. It grants nothing (the
// HttpOnly session cookie and the server stay the authority); it lets the browser skip the per-reader
// request when there is certainly no session, which is most page views.
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

export const SESSION_HINT_COOKIE = "mlpaths-signed-in";

/** Auth.js's session cookie: the plain name over http, the __Secure- one over https (secureCookies). */
export const SESSION_COOKIE_NAMES = { plain: "authjs.session-token", secure: "__Secure-authjs.session-token" } as const;

const SESSION_COOKIE = /(?:^|[\s,])(?:__Secure-)?authjs\.session-token=([^;]*)/;

/** Auth.js marks its cookies Secure (and names them __Secure-…) when the site is served over https. */
export function secureCookies(): boolean {
  return new URL(process.env.AUTH_URL ?? "http://localhost").protocol === "https:";
}

/** The hint as a Set-Cookie value: present until `expires`, or cleared when there is none. */
export function sessionHintCookie(expires: Date | null, secure: boolean): string {
  const lifetime = expires ? `Expires=${expires.toUTCString()}` : "Max-Age=0";
  return `${SESSION_HINT_COOKIE}=${expires ? "1" : ""}; Path=/; ${lifetime}; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/**
 * Keeps the hint in step with whatever session cookie a response sets or clears (Auth.js's callback,
 * session and sign-out endpoints, the demo sign-in), so it needs no hook in each of them.
 */
export function withSessionHint(response: Response): Response {
  for (const cookie of response.headers.getSetCookie()) {
    const match = SESSION_COOKIE.exec(cookie);
    if (!match) continue;
    const expires = /Expires=([^;]+)/i.exec(cookie)?.[1];
    const cleared =
      match[1] === "" || /Max-Age=0/i.test(cookie) || (expires !== undefined && Date.parse(expires) <= Date.now());
    const until = cleared ? null : expires ? new Date(expires) : new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
    const copy = new Response(response.body, response);
    copy.headers.append("set-cookie", sessionHintCookie(until, /;\s*Secure/i.test(cookie)));
    return copy;
  }
  return response;
}

/** In the browser: whether this browser may have a session worth asking about. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(/;\s*/).some((pair) => pair === `${SESSION_HINT_COOKIE}=1`);
}
