import { permanentRedirect } from "next/navigation";

/** Sends a wrong or missing slug (or a story reached as a thread) to the canonical URL, query kept. */
export function ensureCanonical(requested: string, canonical: string, query: URLSearchParams): void {
  if (requested === canonical) return;
  permanentRedirect(query.size ? `${canonical}?${query}` : canonical);
}
