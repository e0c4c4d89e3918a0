import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { StoryView, storyMetadata } from "./story-view";

type Props = PageProps<"/stories/[id]">;

// One entry for `next build`, refused before any read; every real story is rendered on its first
// request and then served from cache until a write changes it.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  return storyMetadata((await params).id);
}

export default async function StoryPage({ params }: Props) {
  return <StoryView param={(await params).id} query={new URLSearchParams()} />;
}
