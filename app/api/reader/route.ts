// The browser's one per-reader request (components/viewer.tsx): who is reading, their unread
// notification count, and the per-reader state of the page they are on (a thread's follow state and
// read position, or which listed threads have new replies). Public pages stay the same bytes for
// everyone; this answer is never cached anywhere.
import { NextRequest } from "next/server";
import { handlers, sessionResponse } from "@/auth";
import { browserViewer } from "@/lib/browser-viewer";
import { readerBySession, readerState } from "@/db/queries/reader";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { databaseFailed } from "@/db/availability";
import { parseReaderScope } from "@/lib/reader-scope-schema";
import type { ReaderScope } from "@/lib/reader-scope";
import { SESSION_COOKIE_NAMES, secureCookies, withSessionHint } from "@/lib/session-hint";

const PRIVATE = { "cache-control": "private, no-store" };

export async function GET(request: NextRequest) {
  const scope = parseReaderScope(request.nextUrl.searchParams);
  if (!scope) return Response.json({ error: "bad request" }, { status: 400, headers: PRIVATE });
  const token = sessionToken(request);
  if (token === null) return Response.json({ viewer: null }, { headers: PRIVATE });
  try {
    // Most signed-in views: the session and the page's state in one statement.
    const read = token === undefined ? null : await readerBySession(token, scope);
    if (read) return Response.json({ viewer: browserViewer(read.member), ...read.state }, { headers: PRIVATE });
    return await throughAuthjs(request, scope);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    databaseFailed(error);
    return Response.json({ error: "unavailable" }, { status: 503, headers: { ...PRIVATE, "retry-after": "30" } });
  }
}

/**
 * The session token Auth.js would read for this request: its cookie's name depends on whether the site
 * is served over https (lib/session-hint.ts). Null when there is no session cookie at all; undefined
 * when there is only the other name, which Auth.js then judges.
 */
function sessionToken(request: NextRequest): string | null | undefined {
  const { plain, secure } = SESSION_COOKIE_NAMES;
  const [expected, other] = secureCookies() ? [secure, plain] : [plain, secure];
  const token = request.cookies.get(expected)?.value;
  if (token) return token;
  return request.cookies.has(other) ? undefined : null;
}

/**
 * A session that has ended or is due to be extended, or a cookie readerBySession cannot judge: Auth.js's
 * own session endpoint, asked in-process, deletes, extends or clears it and sets the cookies, and
 * answers 503 (not "signed out") when the database cannot be reached.
 */
async function throughAuthjs(request: NextRequest, scope: ReaderScope): Promise<Response> {
  const sessionRequest = new NextRequest(new URL("/api/auth/session", request.url), { headers: request.headers });
  const session = await sessionResponse(() => handlers.GET(sessionRequest));
  if (!session.ok) return withSessionHint(session);
  const body = (await session.json()) as { user?: { id: string } } | null;
  const viewer = body?.user ?? null;
  const state = viewer ? await readerState(viewer.id, scope) : null;
  const response = Response.json({ viewer, ...state }, { headers: PRIVATE });
  for (const cookie of session.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return withSessionHint(response);
}
