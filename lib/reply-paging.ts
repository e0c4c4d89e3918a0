import { parseId } from "./validation";

/** `?after=` / `?before=` from the URL: at most one, each a valid reply id. */
export function replyPageRequest(query: Record<string, string | string[] | undefined>): { after?: number; before?: number } {
  const after = parseId(query.after) ?? undefined;
  return after !== undefined ? { after } : { before: parseId(query.before) ?? undefined };
}
