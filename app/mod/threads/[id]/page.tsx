import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/ids";
import { PostModeration } from "../../post-moderation";

export const instant = false;
export const metadata: Metadata = { title: "Moderate a thread", robots: { index: false } };

export default async function ModerateThreadPage({ params }: PageProps<"/mod/threads/[id]">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  return <PostModeration target={{ threadId: id }} here={`/mod/threads/${id}`} />;
}
