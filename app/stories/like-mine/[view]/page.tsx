import { notFound } from "next/navigation";
import { cachedPathsLikeMine } from "@/server/reads/stories";
import { parseStoryFilters } from "@/lib/stories/story-filters";
import { BUILD_PLACEHOLDER, likeMineQuery, readView } from "@/lib/urls/views";
import { PathsLikeMine, likeMineMetadata } from "../like-mine-view";

export const metadata = likeMineMetadata;

// `/stories/like-mine?education=…&field=…` (mapped here by proxy.ts): one cached page per starting point.
export function generateStaticParams() {
  return [{ view: BUILD_PLACEHOLDER }];
}

export default async function PathsLikeMineAnswerPage({ params }: PageProps<"/stories/like-mine/[view]">) {
  const query = readView((await params).view, likeMineQuery);
  if (!query || query.size === 0) notFound();
  const { education, field } = parseStoryFilters(Object.fromEntries(query));
  const start = { education, field };
  return <PathsLikeMine start={start} matches={await cachedPathsLikeMine(start)} />;
}
