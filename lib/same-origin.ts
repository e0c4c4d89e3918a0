/**
 * Whether a write comes from a page of this site: proxy.ts refuses every other one, and the plain-form
 * endpoints (sign-out, demo sign-in) check again. Browsers always send Origin on POST; a request
 * without one is not from a page of ours.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** 303 See Other, so the browser follows with a GET and loads the page afresh. */
export function seeOther(location: string, headers?: HeadersInit): Response {
  const response = new Response(null, { status: 303, headers });
  response.headers.set("location", location);
  return response;
}
