// The browser's one per-reader request (components/viewer.tsx): who is reading, their unread
// notification count, and the per-reader state of the page they are on (a thread's follow state and
// read position, or which listed threads have new replies). Public pages stay the same bytes for
// everyone; this answer is never cached anywhere.
import { NextRequest } from "next/server";
import { handlers, sessionResponse } from "@/auth";
import { readerState } from "@/db/queries/reader";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { parseReaderScope } from "@/lib/reader-scope-schema";
import { withSessionHint } from "@/lib/session-hint";

const PRIVATE = { "cache-control": "private, no-store" };

export async function GET(request: NextRequest) {
  const scope = parseReaderScope(request.nextUrl.searchParams);
  if (!scope) return Response.json({ error: "bad request" }, { status: 400, headers: PRIVATE });
  // Auth.js's own session endpoint, asked in-process: the same lookup, expiry extension and cookies
  // as /api/auth/session, and the same 503 (not "signed out") when the database cannot be reached.
  const sessionRequest = new NextRequest(new URL("/api/auth/session", request.url), { headers: request.headers });
  const session = await sessionResponse(() => handlers.GET(sessionRequest));
  if (!session.ok) return withSessionHint(session);
  const body = (await session.json()) as { user?: { id: string } } | null;
  const viewer = body?.user ?? null;
  let state = null;
  if (viewer) {
    try {
      state = await readerState(viewer.id, scope);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error("reader state lookup failed:", error);
      return Response.json({ error: "unavailable" }, { status: 503, headers: { ...PRIVATE, "retry-after": "30" } });
    }
  }
  const response = Response.json({ viewer, ...state }, { headers: PRIVATE });
  for (const cookie of session.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return withSessionHint(response);
}
