import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER, readView, repliesQuery } from "@/lib/urls/views";
import { ThreadView, threadMetadata } from "../../thread-view";

type Props = PageProps<"/threads/[id]/replies/[view]">;

// A cursor page of a thread's replies, `/threads/123-slug?after=…` or `?before=…` (mapped by proxy.ts).
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, view: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  return threadMetadata((await params).id);
}

export default async function ThreadRepliesPage({ params }: Props) {
  const { id, view } = await params;
  const query = readView(view, repliesQuery);
  if (!query || query.size === 0) notFound();
  return <ThreadView param={id} query={query} />;
}
