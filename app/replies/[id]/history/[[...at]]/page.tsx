import type { Metadata } from "next";
import { HistoryPage } from "@/components/history-page";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export const metadata: Metadata = { title: "Edit history", robots: { index: false } };

// Public and cached whole under the post's tags, like its page: /replies/<id>/history, then
// /replies/<id>/history/before/<version> for older versions. The placeholder is refused before any read.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, at: [BUILD_PLACEHOLDER] }];
}

export default async function ReplyHistoryPage({ params }: PageProps<"/replies/[id]/history/[[...at]]">) {
  const { id, at } = await params;
  return <HistoryPage kind="reply" id={id} at={at} />;
}
