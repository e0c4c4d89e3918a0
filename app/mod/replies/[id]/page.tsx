import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/ids";
import { PostModeration } from "../../post-moderation";

export const instant = false;
export const metadata: Metadata = { title: "Moderate a reply", robots: { index: false } };

export default async function ModerateReplyPage({ params }: PageProps<"/mod/replies/[id]">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  return <PostModeration target={{ replyId: id }} here={`/mod/replies/${id}`} />;
}
