import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { RangeChart } from "@/components/charts/range-chart";
import { FollowUpInsights } from "@/components/follow-up-insights";
import type { Spread } from "@/db/queries/insights";
import { cachedInsights } from "@/server/reads/stories";
import { formatMonths } from "@/lib/format";
import { EDUCATION, FIELDS, HOW_HIRED, labelOf, type Option } from "@/lib/stories/story-facts";
import { storiesUrl, type FilterName } from "@/lib/stories/story-filters";
import { ALL_VIEW } from "@/lib/urls/query-params";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { pageMetadata } from "@/server/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "What the stories say",
  description:
    "How long the move into machine learning took, by education and by previous field, how the jobs came, and the resources people cite most.",
  path: "/stories/insights",
});

/** Counts in the order the options are listed, with a link to the filtered stories. */
function bars(options: readonly Option[], counts: Record<string, number>, filter: FilterName) {
  return options
    .filter((o) => counts[o.slug])
    .map((o) => ({ label: o.label, value: counts[o.slug], href: storiesUrl({ [filter]: o.slug }, "newest") }));
}

function spreads(options: readonly Option[], groups: Spread[], filter: FilterName) {
  return groups
    .map((g) => ({ ...g, label: labelOf(options, g.group), href: storiesUrl({ [filter]: g.group }, "newest") }))
    .sort((a, b) => a.median - b.median || b.count - a.count);
}

// `/stories/insights`, mapped here by next.config.mjs: a path parameter is what lets the page be read
// on its first request and cached, rather than prerendered by `next build` (which has no database).
export function generateStaticParams() {
  return [{ view: BUILD_PLACEHOLDER }];
}

export default async function InsightsPage({ params }: PageProps<"/stories/insights/[view]">) {
  if ((await params).view !== ALL_VIEW) notFound();
  const insights = await cachedInsights();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">What the stories say</h1>
      <p className="mt-1 max-w-2xl text-zinc-600 dark:text-zinc-400">
        {insights.total > 0 && insights.overall ? (
          <>
            Across <strong>{insights.total}</strong> {insights.total === 1 ? "story" : "stories"}, the median time from
            starting to learn to a first ML offer is <strong>{formatMonths(insights.overall.median)}</strong> (half took
            between {formatMonths(insights.overall.p25)} and {formatMonths(insights.overall.p75)}). Self-reported and
            not a random sample: read it as what these members lived, not a forecast.
          </>
        ) : (
          <>
            No stories yet.{" "}
            <Link href="/stories/new" className="underline">
              Share yours
            </Link>{" "}
            and the numbers start here.
          </>
        )}
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <BarChart
          title="Stories by education when hired"
          description="How many stories come from each education level."
          unit="stories"
          data={bars(EDUCATION, insights.storiesPerEducation, "education")}
        />
        <BarChart
          title="How the job came"
          description="The route to the first ML offer."
          unit="stories"
          data={bars(HOW_HIRED, insights.howHired, "how")}
        />
        <RangeChart
          title="Months to first offer, by education"
          description="Median (thick mark), middle half (box) and full range (line), fastest median first."
          unit="months"
          max={insights.overall?.max}
          data={spreads(EDUCATION, insights.monthsByEducation, "education")}
        />
        <RangeChart
          title="Months to first offer, by previous field"
          description="Median (thick mark), middle half (box) and full range (line), fastest median first."
          unit="months"
          max={insights.overall?.max}
          data={spreads(FIELDS, insights.monthsByField, "field")}
        />
        <div className="lg:col-span-2">
          <BarChart
            title="Most-cited resources"
            description='Courses, books and projects named in the stories; spellings like "fast.ai" and "Fast.ai course" count as one.'
            unit="stories"
            data={insights.topResources.map((r) => ({ label: r.name, value: r.stories }))}
          />
        </div>
      </div>
      <FollowUpInsights figures={insights.followUps} />
    </>
  );
}
