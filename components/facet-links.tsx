// Every filter value as a link to the filtered list, with how many stories it would show, so a
// reader can click "No degree (5)". Other active filters and the order are kept in each link.
import { Link } from "./link";
import type { Facets } from "@/db/queries/stories";
import { FILTERS, type StoryFilters, type StorySort, storiesUrl } from "@/lib/stories/story-filters";

export function FacetLinks({ filters, sort, facets }: { filters: StoryFilters; sort: StorySort; facets: Facets }) {
  return (
    <nav aria-label="Browse by" className="space-y-5 text-sm">
      {FILTERS.map((filter) => (
        <div key={filter.name}>
          <h2 className="font-semibold text-zinc-900 dark:text-zinc-100">{filter.label}</h2>
          <ul className="mt-1.5 space-y-0.5">
            {filter.options.map((option) => {
              const count = facets[filter.name][option.slug] ?? 0;
              const active = filters[filter.name] === option.slug;
              const label = `${option.label} (${count})`;
              return (
                <li key={option.slug}>
                  {active ? (
                    <Link
                      href={storiesUrl(filters, sort, { [filter.name]: undefined })}
                      aria-current="page"
                      className="flex justify-between gap-2 rounded-md bg-emerald-100 px-2 py-1 font-medium text-emerald-900 hover:bg-emerald-200 dark:bg-emerald-900 dark:text-emerald-100"
                    >
                      {label}
                      <span className="sr-only">(selected; follow to remove)</span>
                    </Link>
                  ) : count > 0 ? (
                    <Link href={storiesUrl(filters, sort, { [filter.name]: option.slug })} className="facet-link">
                      {label}
                    </Link>
                  ) : (
                    <span className="block px-2 py-1 text-zinc-500 dark:text-zinc-400">{label}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
