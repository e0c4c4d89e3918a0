import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { MilestoneTimeline } from "@/components/charts/milestone-timeline";
import { PathMapChart } from "@/components/charts/path-map-chart";
import { ActiveFilters, StoryFilterForm } from "@/components/story-filter-form";
import { withUnit } from "@/components/charts/format";
import { cachedPathMap, cachedStoryFacets } from "@/server/reads/stories";
import { layoutPathMap } from "@/server/path-map-layout";
import { FILTERS, parseStoryFilters, storiesUrl, storyMapUrl } from "@/lib/stories/story-filters";
import { BUILD_PLACEHOLDER, mapQuery, readView } from "@/lib/urls/views";
import { pageMetadata } from "@/server/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "The path map",
  description:
    "Every story's path into a first ML job at a glance: where people started, their education when hired, how the job came and the role, with the usual timeline of milestones.",
  path: "/stories/map",
});

// `/stories/map` with the story list's filters (mapped here by next.config.mjs and proxy.ts, which drop
// anything unknown): cached whole, one entry per view, like the list.
export function generateStaticParams() {
  return [{ view: BUILD_PLACEHOLDER }];
}

export default async function PathMapPage({ params }: PageProps<"/stories/map/[view]">) {
  const query = readView((await params).view, mapQuery);
  if (!query) notFound();
  const filters = parseStoryFilters(Object.fromEntries(query));
  const [map, facets] = await Promise.all([cachedPathMap(filters), cachedStoryFacets(filters)]);
  const layout = layoutPathMap(map, filters);
  const active = FILTERS.filter((f) => filters[f.name]);
  const stories = withUnit(map.total, "stories");

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">The path map</h1>
          <p className="mt-1 max-w-2xl text-zinc-600 dark:text-zinc-400">
            Where people started, their education when hired, how the job came and their first ML role: each band is as
            wide as the number of stories that took it. Every label and band leads to the stories behind it.
          </p>
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link
            href={storiesUrl(filters, "newest")}
            className="rounded-md border border-zinc-300 px-3 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            {active.length > 0 ? "These stories" : "All stories"}
          </Link>
          <Link
            href="/stories/insights"
            className="rounded-md border border-zinc-300 px-3 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            Insights
          </Link>
        </div>
      </div>

      <StoryFilterForm
        action="/stories/map"
        label="Filter the map"
        idPrefix="map-filter-"
        grid="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
        filters={filters}
        facets={facets}
        submit="Show the map"
      />

      <div className="mt-6 flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        <h2 className="font-medium">Based on {stories}</h2>
        <ActiveFilters
          filters={filters}
          without={(name) => storyMapUrl(filters, { [name]: undefined })}
          clearAll="/stories/map"
        />
      </div>

      <div className="mt-4 space-y-8">
        <PathMapChart
          title="Paths into a first ML role"
          description={`Previous field → education when hired → how the job came → first ML role, over ${stories}. Numbers are stories; on a phone, scroll the map sideways.`}
          layout={layout}
        />
        <MilestoneTimeline
          title="The usual route"
          description={`When the first of each kind of milestone came, in months from starting to learn: the median (thick mark) and the middle half of the stories (box). Only milestones their authors marked with a kind count.`}
          spreads={map.milestones}
        />
      </div>
    </>
  );
}
