// The newest discussions as an Atom feed, cached like the home page (tag "threads").
import { cachedThreadsFeed } from "@/server/reads/feeds";
import { ATOM_TYPE, xmlResponse } from "@/lib/feeds";
import { publicOrigin } from "@/server/public-origin";

export async function GET() {
  return xmlResponse(await cachedThreadsFeed(await publicOrigin()), ATOM_TYPE);
}
