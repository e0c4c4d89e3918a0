// The story list's filters, as the story list and the path map both offer them: a plain GET form (it
// works without JavaScript; proxy.ts tidies the address it makes) with each value's count in the
// current view, and the active filters as links that remove one or all.
import type { ReactNode } from "react";
import { Link } from "@/components/link";
import type { Facets } from "@/db/queries/stories";
import { labelOf } from "@/lib/stories/story-facts";
import { FILTERS, type StoryFilters } from "@/lib/stories/story-filters";

export const SELECT_CLASS =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** `grid`: the fields' grid classes (written out whole, for Tailwind); `children`: fields after the filters. */
export function StoryFilterForm({
  action,
  label,
  idPrefix,
  grid,
  filters,
  facets,
  submit,
  children,
}: {
  action: string;
  label: string;
  idPrefix: string;
  grid: string;
  filters: StoryFilters;
  facets: Facets;
  submit: string;
  children?: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className="mt-6 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className={grid}>
        {FILTERS.map((filter) => (
          <div key={filter.name}>
            <label htmlFor={`${idPrefix}${filter.name}`} className="block text-sm font-medium">
              {filter.label}
            </label>
            <select
              id={`${idPrefix}${filter.name}`}
              name={filter.name}
              defaultValue={filters[filter.name] ?? ""}
              className={SELECT_CLASS}
            >
              <option value="">Any</option>
              {filter.options.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.label} ({facets[filter.name][o.slug] ?? 0})
                </option>
              ))}
            </select>
          </div>
        ))}
        {children}
      </div>
      <button
        type="submit"
        className="mt-4 rounded-md bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        {submit}
      </button>
    </form>
  );
}

/** The active filters, each a link to the view without it (`without`), then one to `clearAll`. */
export function ActiveFilters({
  filters,
  without,
  clearAll,
}: {
  filters: StoryFilters;
  without: (name: keyof StoryFilters) => string;
  clearAll: string;
}) {
  const active = FILTERS.filter((f) => filters[f.name]);
  if (active.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {active.map((f) => (
        <li key={f.name}>
          <Link
            href={without(f.name)}
            className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-3 py-1 text-emerald-900 hover:bg-emerald-200 dark:bg-emerald-900 dark:text-emerald-100"
          >
            {f.label}: {labelOf(f.options, filters[f.name]!)}
            <span aria-hidden="true">×</span>
            <span className="sr-only">(remove filter)</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href={clearAll} className="underline underline-offset-4">
          Clear all
        </Link>
      </li>
    </ul>
  );
}
