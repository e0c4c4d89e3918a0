// `/feeds/tags/<tag>.atom`: the newest threads and stories with a tag, cached like its page (tag
// tag:<name>). What cannot be a tag is a 404 before any read; a tag no post has used, after one.
import { cachedTagFeed } from "@/server/reads/feeds";
import { ATOM_TYPE, xmlResponse } from "@/lib/feeds";
import { isTag } from "@/lib/tags";
import { publicOrigin } from "@/server/public-origin";

export async function GET(_request: Request, { params }: RouteContext<"/feeds/tags/[file]">) {
  const origin = await publicOrigin();
  const file = (await params).file;
  const name = file.endsWith(".atom") ? file.slice(0, -".atom".length) : "";
  return xmlResponse(isTag(name) ? await cachedTagFeed(origin, name) : null, ATOM_TYPE);
}
