import type { Metadata } from "next";
import { HistoryPage } from "@/components/history-page";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export const metadata: Metadata = { title: "Edit history", robots: { index: false } };

// Public and cached whole under the post's tags, like its page: /threads/<id>/history, then
// /threads/<id>/history/before/<version> for older versions. The placeholder is refused before any read.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, at: [BUILD_PLACEHOLDER] }];
}

export default async function ThreadHistoryPage({ params }: PageProps<"/threads/[id]/history/[[...at]]">) {
  const { id, at } = await params;
  return <HistoryPage kind="thread" id={id} at={at} />;
}
