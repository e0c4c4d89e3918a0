// Whether a list URL's cursor names a real position (lib/urls/positions.ts): 204 if it does, 404 if not,
// 410 if the list itself is gone (a thread that is not there: its page is a 404 with or without a
// cursor). proxy.ts asks before a cursor page is rendered, so that an invented cursor leads to the
// list's first page instead of becoming a cached page of its own. Public, like the pages: it says only
// what their links already say.
import type { NextRequest } from "next/server";
import {
  memberPositionExists,
  modLogPositionExists,
  questionPositionExists,
  replyPositionExists,
  storyPositionExists,
  threadExists,
  threadPositionExists,
} from "@/db/queries/positions";
import { type Position, positionOf } from "@/lib/urls/positions";

const HEADERS = { "cache-control": "private, no-store" };

export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get("path");
  const query = request.nextUrl.searchParams.get("query");
  const position =
    path !== null && query !== null && query.length <= 500 ? positionOf(path, new URLSearchParams(query)) : null;
  if (!position) return new Response("No list position named.\n", { status: 400, headers: HEADERS });
  return new Response(null, { status: await status(position), headers: HEADERS });
}

async function status(position: Position): Promise<204 | 404 | 410> {
  switch (position.list) {
    case "replies":
      if (await replyPositionExists(position.threadId, position.request)) return 204;
      return (await threadExists(position.threadId)) ? 404 : 410;
    case "threads":
      return (await threadPositionExists(position.sort, position.cursor, position.unanswered)) ? 204 : 404;
    case "stories":
      return (await storyPositionExists(position.sort, position.cursor)) ? 204 : 404;
    case "member":
      return (await memberPositionExists(position.login, position.of, position.cursor)) ? 204 : 404;
    case "questions":
      if (await questionPositionExists(position.storyId, position.after)) return 204;
      return (await threadExists(position.storyId)) ? 404 : 410;
    case "modlog":
      return (await modLogPositionExists(position.before)) ? 204 : 404;
  }
}
