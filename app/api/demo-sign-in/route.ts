// Demo sign-in as the sample member. Exists only on the embedded database with no GitHub app
// (lib/auth-config.ts); anywhere else this endpoint is a 404.
import { createSampleMemberSession } from "@/db/mutations/demo-session";
import { demoSignInEnabled } from "@/lib/auth-config";
import { safeCallbackPath } from "@/lib/urls/safe-redirect";
import { signInRefusal } from "@/server/sign-in-limit";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { secureCookies, sessionHintCookie } from "@/lib/session-hint";
import { EVENTS } from "@/lib/log/events";
import { logFor } from "@/server/request-log";

export async function POST(request: Request) {
  if (!demoSignInEnabled()) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return new Response("Cross-site sign-in refused", { status: 403 });
  const refused = await signInRefusal(request);
  if (refused) return refused;
  const form = await request.formData();
  const { sessionToken, expires, userId } = await createSampleMemberSession();
  const kind = "member.sign-in";
  logFor(request).info({ event: EVENTS.write, kind, userId, ids: [`member:${userId}`], demo: true }, kind);
  // Auth.js's own cookie name and attributes, so its session lookup finds this session.
  const secure = secureCookies();
  const name = secure ? "__Secure-authjs.session-token" : "authjs.session-token";
  const headers = new Headers();
  headers.append(
    "set-cookie",
    `${name}=${sessionToken}; Path=/; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
  );
  headers.append("set-cookie", sessionHintCookie(expires, secure));
  return seeOther(safeCallbackPath(form.get("callbackUrl")), headers);
}
