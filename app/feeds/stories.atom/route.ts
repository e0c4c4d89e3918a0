// The newest career stories as an Atom feed, cached like the story list (tag "stories").
import { cachedStoriesFeed } from "@/lib/cached-queries";
import { ATOM_TYPE, xmlResponse } from "@/lib/feeds";
import { publicOrigin } from "../origin";

export async function GET() {
  return xmlResponse(await cachedStoriesFeed(await publicOrigin()), ATOM_TYPE);
}
