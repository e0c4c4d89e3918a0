// What every view's normalisation (lib/urls/views.ts, lib/urls/search-query.ts) is built from: one parameter
// read strictly, a tidy query string written back, and the view that stands for no query at all.

/** The view of a list with no query. */
export const ALL_VIEW = "all";

export type Normalize = (query: URLSearchParams) => string;

/** A parameter given exactly once; a repeated one is as good as absent. */
export function one(query: URLSearchParams, key: string): string | undefined {
  const values = query.getAll(key);
  return values.length === 1 ? values[0] : undefined;
}

export function toQuery(entries: [string, string | undefined][]): string {
  return new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1]))).toString();
}
