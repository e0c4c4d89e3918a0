import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { ThreadView, threadMetadata } from "./thread-view";

type Props = PageProps<"/threads/[id]">;

// One entry for `next build`, refused before any read; every real thread is rendered on its first
// request and then served from cache until a write changes it.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  return threadMetadata((await params).id);
}

export default async function ThreadPage({ params }: Props) {
  return <ThreadView param={(await params).id} query={new URLSearchParams()} />;
}
