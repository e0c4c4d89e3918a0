import type { NextRequest } from "next/server";
import { handlers, sessionResponse } from "@/auth";
import { withSessionHint } from "@/lib/session-hint";
import { signInRefusal } from "@/server/sign-in-limit";

export async function POST(request: NextRequest) {
  return withSessionHint(await handlers.POST(request));
}

export async function GET(request: NextRequest) {
  // Each sign-in ends here, coming back from GitHub: the place to count attempts per address.
  if (request.nextUrl.pathname.includes("/callback/")) {
    const refused = await signInRefusal(request);
    if (refused) return refused;
  }
  // The browser's one per-reader request: a database outage must not read as "signed out".
  const response = request.nextUrl.pathname.endsWith("/session")
    ? await sessionResponse(() => handlers.GET(request))
    : await handlers.GET(request);
  return withSessionHint(response);
}
