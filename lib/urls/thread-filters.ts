// The filters of the home page's and category pages' discussion lists: `?filter=unanswered`, the
// discussions with no reply marked as the answer that helped (db/mutations/answers.ts), in any of the
// orders of lib/urls/thread-sorts.ts. No parameter: every thread. Tag pages have none (their list reads
// thread_tags' copies of the sort keys, which do not carry the mark).
export const THREAD_FILTERS = [
  { slug: "unanswered", label: "Unanswered", description: "discussions with no reply marked as the answer" },
] as const;

export type ThreadFilter = (typeof THREAD_FILTERS)[number]["slug"];

/** A known filter, or null (every thread) for anything else. */
export function parseThreadFilter(value: string | null | undefined): ThreadFilter | null {
  return THREAD_FILTERS.find((f) => f.slug === value)?.slug ?? null;
}

/** The query string of a list's first page in this order, with this filter: "" for the defaults. */
export function listQuery(sort: string, filter: ThreadFilter | null, defaultSort = "active"): string {
  const params = new URLSearchParams();
  if (filter) params.set("filter", filter);
  if (sort !== defaultSort) params.set("sort", sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}
