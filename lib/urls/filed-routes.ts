// What a category or tag page's path names: `/c` and `/tags` (the indexes), `/c/<slug>`, `/tags/<tag>`, and the
// internal view of each (`…/view/<view>`, written by proxy.ts from `?filter=…&sort=…&after=…`). Anything else
// is null: a 404 before any read.
import { STORY_CATEGORY, categoryBySlug } from "../categories";
import { isTag } from "../tags";
import { type ThreadSort, decodeThreadCursor, parseThreadSort } from "./thread-sorts";
import type { NumberCursor } from "./cursor";
import { ALL_VIEW } from "./query-params";
import { BUILD_PLACEHOLDER, filterableListQuery, readView, threadListQuery } from "./views";
import { type ThreadFilter, parseThreadFilter } from "./thread-filters";

/** `filter` is a category page's (tag pages have none: always null). */
export type FiledView = { name: string; sort: ThreadSort; cursor: NumberCursor | null; filter: ThreadFilter | null };

export function readFiledPath(path: string[] | undefined, kind: "category" | "tag"): FiledView | "index" | null {
  if (path === undefined) return "index";
  const [name, view, segment] = path;
  if (name === BUILD_PLACEHOLDER || !(kind === "category" ? categoryBySlug(name) !== null : isTag(name))) return null;
  if (path.length === 1) return { name, sort: parseThreadSort(null), cursor: null, filter: null };
  if (path.length !== 3 || view !== "view" || segment === ALL_VIEW) return null;
  const filterable = kind === "category" && name !== STORY_CATEGORY;
  const query = readView(segment, filterable ? filterableListQuery : threadListQuery);
  if (!query) return null;
  const sort = parseThreadSort(query.get("sort"));
  return {
    name,
    sort,
    cursor: decodeThreadCursor(query.get("after"), sort),
    filter: parseThreadFilter(query.get("filter")),
  };
}
