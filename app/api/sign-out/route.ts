// Sign-out as a plain form POST with a full page load afterwards, so every part of the page
// (including the browser-side session state) starts over signed out.
import { signOut } from "@/auth";
import { isSameOrigin, seeOther } from "@/lib/same-origin";
import { secureCookies, sessionHintCookie } from "@/lib/session-hint";

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Cross-site sign-out refused", { status: 403 });
  // Deletes the database session and clears its cookie; the hint goes with it.
  await signOut({ redirect: false });
  return seeOther("/", { "set-cookie": sessionHintCookie(null, secureCookies()) });
}
