import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER, readView, repliesQuery } from "@/lib/urls/views";
import { StoryView, storyMetadata } from "../../story-view";

type Props = PageProps<"/stories/[id]/replies/[view]">;

// A cursor page of a story's discussion, `/stories/123-slug?after=…` or `?before=…` (mapped by proxy.ts).
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, view: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  return storyMetadata((await params).id);
}

export default async function StoryRepliesPage({ params }: Props) {
  const { id, view } = await params;
  const query = readView(view, repliesQuery);
  if (!query || query.size === 0) notFound();
  return <StoryView param={id} query={query} />;
}
