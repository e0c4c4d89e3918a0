import "server-only";
import { cookies } from "next/headers";
import { NOTICE_COOKIE, type NoticeCode } from "@/lib/notices";
import { secureCookies } from "@/lib/session-hint";

/** Leaves a notice for the page a Server Action redirects to; it lasts a minute at most. */
export async function flash(code: NoticeCode): Promise<void> {
  (await cookies()).set(NOTICE_COOKIE, code, {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    secure: secureCookies(),
    httpOnly: false,
  });
}
