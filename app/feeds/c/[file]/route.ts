// `/feeds/c/<slug>.atom`: the newest threads and stories in a category, cached like its page
// (tag category:<slug>). An unknown category is a 404, checked before any read.
import { cachedCategoryFeed } from "@/server/reads/feeds";
import { categoryBySlug } from "@/lib/categories";
import { ATOM_TYPE, xmlResponse } from "@/lib/feeds";
import { publicOrigin } from "@/server/public-origin";

export async function GET(_request: Request, { params }: RouteContext<"/feeds/c/[file]">) {
  const origin = await publicOrigin();
  const file = (await params).file;
  const category = file.endsWith(".atom") ? categoryBySlug(file.slice(0, -".atom".length)) : null;
  return xmlResponse(category ? await cachedCategoryFeed(origin, category.slug) : null, ATOM_TYPE);
}
