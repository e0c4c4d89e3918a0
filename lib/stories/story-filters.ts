// Reading /stories?education=…&role=…&field=…&time=…&how=…&sort=… into typed filters. Unknown values
// are ignored (a stale shared link still shows stories), never an error.
import { decodeNumberCursor, type CursorKind, type NumberCursor } from "../urls/cursor";
import {
  DURATIONS,
  EDUCATION,
  FIELDS,
  HOW_HIRED,
  ROLES,
  type DurationSlug,
  type EducationSlug,
  type FieldSlug,
  type HowHiredSlug,
  type RoleSlug,
} from "./story-facts";

export type StoryFilters = {
  education?: EducationSlug;
  role?: RoleSlug;
  field?: FieldSlug;
  time?: DurationSlug;
  how?: HowHiredSlug;
};
export type FilterName = keyof StoryFilters;

export const FILTERS = [
  { name: "education", label: "Education", options: EDUCATION },
  { name: "role", label: "Current role", options: ROLES },
  { name: "field", label: "Previous field", options: FIELDS },
  { name: "time", label: "Time to transition", options: DURATIONS },
  { name: "how", label: "How the job came", options: HOW_HIRED },
] as const satisfies readonly {
  name: FilterName;
  label: string;
  options: readonly { slug: string; label: string }[];
}[];

export const SORTS = [
  { slug: "newest", label: "Newest" },
  { slug: "helpful", label: "Most helpful" },
  { slug: "fastest", label: "Fastest transition" },
] as const;
export type StorySort = (typeof SORTS)[number]["slug"];

/** The column type each order's cursor holds: a creation time, a count of marks, or months. */
export const SORT_CURSOR_KIND = {
  newest: "timestamp",
  helpful: "integer",
  fastest: "smallint",
} as const satisfies Record<StorySort, CursorKind>;

/** The `after` cursor of a story list in this order, checked against the range of its sort column. */
export function decodeStoryCursor(value: string | string[] | undefined, sort: StorySort): NumberCursor | null {
  return decodeNumberCursor(value, SORT_CURSOR_KIND[sort]);
}

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export function parseStoryFilters(params: Params): StoryFilters {
  const filters: StoryFilters = {};
  for (const filter of FILTERS) {
    const value = one(params[filter.name]);
    if (value && filter.options.some((o) => o.slug === value)) (filters as Record<string, string>)[filter.name] = value;
  }
  return filters;
}

export function parseStorySort(params: Params): StorySort {
  const value = one(params.sort);
  return SORTS.find((s) => s.slug === value)?.slug ?? "newest";
}

/** The URL of a filtered view; `changes` sets (or, with undefined, removes) filters. */
export function storiesUrl(
  filters: Partial<Record<FilterName, string>>,
  sort: StorySort,
  changes: Partial<Record<FilterName, string | undefined>> = {},
): string {
  const merged: Record<string, string | undefined> = { ...filters, ...changes };
  const search = new URLSearchParams();
  for (const filter of FILTERS) {
    const value = merged[filter.name];
    if (value) search.set(filter.name, value);
  }
  if (sort !== "newest") search.set("sort", sort);
  const query = search.toString();
  return query ? `/stories?${query}` : "/stories";
}

/** The path map of a filtered view (`/stories/map?…`); `changes` as for storiesUrl. */
export function storyMapUrl(
  filters: Partial<Record<FilterName, string>>,
  changes: Partial<Record<FilterName, string | undefined>> = {},
): string {
  return storiesUrl(filters, "newest", changes).replace(/^\/stories/, "/stories/map");
}
