import type { Metadata } from "next";
import { Link } from "@/components/link";
import { FacetLinks } from "@/components/facet-links";
import { StoryCard } from "@/components/story-card";
import { ActiveFilters, SELECT_CLASS, StoryFilterForm } from "@/components/story-filter-form";
import { notFound } from "next/navigation";
import { cachedStoryFacets, cachedStoryList } from "@/server/reads/stories";
import {
  FILTERS,
  SORTS,
  decodeStoryCursor,
  parseStoryFilters,
  parseStorySort,
  storiesUrl,
  storyMapUrl,
} from "@/lib/stories/story-filters";
import { BUILD_PLACEHOLDER, readView, storiesQuery } from "@/lib/urls/views";
import { pageMetadata } from "@/server/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Success stories",
  description:
    "Real paths into machine-learning jobs without a master's or a PhD: where people started, what they learned, how long it took, and what got them hired.",
  path: "/stories",
});

// The story list, `/stories` with any filters, sort and cursor (mapped here by next.config.mjs and
// proxy.ts, which drop anything unknown): cached whole, one entry per view.
export function generateStaticParams() {
  return [{ view: BUILD_PLACEHOLDER }];
}

export default async function StoriesPage({ params }: PageProps<"/stories/list/[view]">) {
  const query = readView((await params).view, storiesQuery);
  if (!query) notFound();
  const given = Object.fromEntries(query);
  const filters = parseStoryFilters(given);
  const sort = parseStorySort(given);
  const cursor = decodeStoryCursor(given.after, sort);
  const [{ stories, nextCursor }, facets] = await Promise.all([
    cachedStoryList(filters, sort, cursor),
    cachedStoryFacets(filters),
  ]);
  const active = FILTERS.filter((f) => filters[f.name]);

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Success stories</h1>
          <p className="mt-1 max-w-2xl text-zinc-600 dark:text-zinc-400">
            Real paths into machine-learning jobs. Filter by where people started to find the ones that look like yours.
          </p>
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link
            href="/stories/like-mine"
            className="rounded-md border border-emerald-600 px-3 py-2 font-medium text-emerald-800 hover:bg-emerald-50 dark:text-emerald-300 dark:hover:bg-emerald-950"
          >
            Paths like mine
          </Link>
          <Link
            href={storyMapUrl(filters)}
            className="rounded-md border border-zinc-300 px-3 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Path map
          </Link>
          <Link
            href="/stories/insights"
            className="rounded-md border border-zinc-300 px-3 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Insights
          </Link>
          <Link
            href="/stories/new"
            className="rounded-md bg-emerald-700 px-3 py-2 font-medium text-white hover:bg-emerald-800"
          >
            Share your story
          </Link>
        </div>
      </div>

      <StoryFilterForm
        action="/stories"
        label="Filter stories"
        idPrefix="filter-"
        grid="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        filters={filters}
        facets={facets}
        submit="Show stories"
      >
        <div>
          <label htmlFor="filter-sort" className="block text-sm font-medium">
            Sort by
          </label>
          <select id="filter-sort" name="sort" defaultValue={sort} className={SELECT_CLASS}>
            {SORTS.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </StoryFilterForm>

      <div className="mt-6 grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <div className="lg:order-last">
          <div className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
            <h2 className="font-medium">
              {facets.total} {facets.total === 1 ? "story" : "stories"}
              {active.length > 0 ? " match" : ""}
            </h2>
            <ActiveFilters
              filters={filters}
              without={(name) => storiesUrl(filters, sort, { [name]: undefined })}
              clearAll={storiesUrl({}, sort)}
            />
          </div>

          {stories.length > 0 ? (
            <ol className="mt-4 grid gap-4 xl:grid-cols-2">
              {stories.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} />
                </li>
              ))}
            </ol>
          ) : (
            <div className="mt-4 rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
              <h2 className="text-lg font-semibold">{cursor ? "No more stories" : "No stories match these filters"}</h2>
              <p className="mt-1 text-zinc-600 dark:text-zinc-400">
                {active.length > 0 ? (
                  <>
                    Try removing a filter, or{" "}
                    <Link href="/stories/new" className="underline">
                      share yours
                    </Link>
                    : it may be the one someone is looking for.
                  </>
                ) : (
                  <>
                    Be the first:{" "}
                    <Link href="/stories/new" className="underline">
                      share how you got your ML job
                    </Link>
                    .
                  </>
                )}
              </p>
            </div>
          )}

          <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
            {cursor ? (
              <Link href={storiesUrl(filters, sort)} className="underline underline-offset-4">
                First page
              </Link>
            ) : (
              <span />
            )}
            {nextCursor && (
              <Link
                href={`${storiesUrl(filters, sort)}${active.length || sort !== "newest" ? "&" : "?"}after=${nextCursor}`}
                rel="next"
                className="underline underline-offset-4"
              >
                More stories
              </Link>
            )}
          </nav>
        </div>
        <aside className="border-t border-zinc-200 pt-6 lg:border-t-0 lg:pt-0 dark:border-zinc-800">
          <FacetLinks filters={filters} sort={sort} facets={facets} />
        </aside>
      </div>
    </>
  );
}
