import type { NextRequest } from "next/server";
import { handlers, sessionResponse } from "@/auth";

export const POST = handlers.POST;

export function GET(request: NextRequest) {
  // The browser's one per-reader request: a database outage must not read as "signed out".
  if (request.nextUrl.pathname.endsWith("/session")) return sessionResponse(() => handlers.GET(request));
  return handlers.GET(request);
}
