/**
 * Plain-form POST endpoints (sign-out, demo sign-in) accept only same-origin requests, the check
 * Server Actions make for us elsewhere. Browsers always send Origin on POST.
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
