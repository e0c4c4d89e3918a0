import { permanentRedirect } from "next/navigation";

type Query = Record<string, string | string[] | undefined>;

/** Sends a wrong or missing slug (or a story reached as a thread) to the canonical URL, query kept. */
export function ensureCanonical(requested: string, canonical: string, query: Query): void {
  if (decodeURIComponent(requested) === canonical) return;
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"));
  permanentRedirect(search.size ? `${canonical}?${search}` : canonical);
}
