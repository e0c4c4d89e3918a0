import { parseId } from "../ids";

/** `?after=` / `?before=` of a replies page (already normalised by lib/urls/views.ts): at most one, each a reply id. */
export function replyPageRequest(query: URLSearchParams): { after?: number; before?: number } {
  const after = parseId(query.get("after"));
  return after !== null ? { after } : { before: parseId(query.get("before")) ?? undefined };
}
