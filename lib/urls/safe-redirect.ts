// Where a reader may be sent after signing in (or out): only somewhere on this site.

// Without AUTH_URL the site answers on whatever host the reader used; a placeholder origin still
// lets the URL parser decide "same site or not", since only relative targets can match it.
const PLACEHOLDER_ORIGIN = "http://mlpaths.invalid";
const MAX_LENGTH = 2_000;

function siteOrigin(): string {
  try {
    return new URL(process.env.AUTH_URL ?? PLACEHOLDER_ORIGIN).origin;
  } catch {
    return PLACEHOLDER_ORIGIN;
  }
}

/**
 * A same-origin path to return to, or `fallback`. The target is parsed exactly as a browser would
 * (tabs and newlines dropped, backslashes as slashes, `//host` as another host) and kept only when it
 * stays on this origin; what comes back is the parser's own serialisation, so nothing in it can make a
 * browser or a Location header read it differently.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const origin = siteOrigin();
  let url: URL;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function signInPath(callbackPath: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`;
}
