// The newest career stories as an Atom feed, cached like the story list (tag "stories").
import { cachedStoriesFeed } from "@/server/reads/feeds";
import { ATOM_TYPE, xmlResponse } from "@/lib/feeds";
import { publicOrigin } from "@/server/public-origin";

export async function GET() {
  return xmlResponse(await cachedStoriesFeed(await publicOrigin()), ATOM_TYPE);
}
