// /sitemap.xml: the public pages and the 49,996 most recently active live discussions and stories
// (one sitemap's worth), cached under the tags of the lists they appear in. A route handler rather
// than app/sitemap.ts, so the cache holds the finished XML, not 50,000 objects to serialise per request.
import { publicOrigin } from "@/server/public-origin";
import { cachedSitemap } from "@/server/reads/feeds";
import { SITEMAP_TYPE, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await cachedSitemap(await publicOrigin()), SITEMAP_TYPE);
}
