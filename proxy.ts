// Runs before routing, and only for the requests its matcher names (never for an ordinary page
// view, so cached pages stay cheap): refuses what would otherwise reach the framework as a 500, and
// restores a missing signed-in hint.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_BODY_MAX_BYTES } from "@/lib/limits";
import { secureCookies, sessionHintCookie } from "@/lib/session-hint";

function page(status: number, title: string, message: string): NextResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title} · MLPaths</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${message}</p><p><a href="/">Back to MLPaths</a></p></main></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  // A path with a broken percent escape (/threads/%ff) cannot name anything here: the not-found page.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.rewrite(new URL("/404", request.url));
  }
  if (request.headers.has("content-length") || request.headers.has("transfer-encoding")) {
    const length = Number(request.headers.get("content-length"));
    // Browsers always say how long a form post is; a body of unknown length could be any size.
    if (!request.headers.has("content-length") || !Number.isSafeInteger(length)) {
      return page(411, "Length required", "This request did not say how large it is.");
    }
    if (length > REQUEST_BODY_MAX_BYTES) {
      return page(413, "Too large", `That submission is larger than ${REQUEST_BODY_MAX_BYTES / 1024} KB, so it was not saved. Go back, shorten it and try again.`);
    }
  }
  const response = NextResponse.next();
  // A session cookie without the browser-readable hint (a session from before the hint existed, or a
  // hint the reader deleted): restore it, or the browser would not ask who is reading.
  if (!request.cookies.has(SESSION_HINT) && SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    response.headers.append("set-cookie", sessionHintCookie(new Date(Date.now() + 30 * 24 * 3600 * 1000), secureCookies()));
  }
  return response;
}

// Literals, because Next reads `config` statically; lib/session-hint.ts names the same cookies.
const SESSION_HINT = "mlpaths-signed-in";
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export const config = {
  matcher: [
    "/:path(.*%.*)",
    { source: "/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "authjs.session-token" }], missing: [{ type: "cookie", key: "mlpaths-signed-in" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }], missing: [{ type: "cookie", key: "mlpaths-signed-in" }] },
  ],
};
