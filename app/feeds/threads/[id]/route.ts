// `/feeds/threads/123.atom`: the newest replies in a discussion or a story, cached like its page
// (tag thread:123). Unknown, malformed, hidden and deleted threads answer 404.
import { cachedRepliesFeed } from "@/server/reads/feeds";
import { ATOM_TYPE, xmlResponse } from "@/lib/feeds";
import { parseId } from "@/lib/ids";
import { publicOrigin } from "@/server/public-origin";

export async function GET(_request: Request, { params }: RouteContext<"/feeds/threads/[id]">) {
  const origin = await publicOrigin();
  const file = (await params).id;
  // Checked before any read, so junk never reaches the database or the cache.
  const id = file.endsWith(".atom") ? parseId(file.slice(0, -".atom".length)) : null;
  return xmlResponse(id === null ? null : await cachedRepliesFeed(origin, id), ATOM_TYPE);
}
