import { updateTag } from "next/cache";
import { type Changed, expiredBy } from "@/lib/cache-tags";

/**
 * The one place a write's changes reach the page cache. updateTag (not revalidateTag) so the next
 * request, the writer's own redirect included, waits for a fresh render instead of a stale page.
 * Only callable from a Server Action.
 */
export function applyChanges(changed: Changed): void {
  for (const tag of expiredBy(changed)) updateTag(tag);
}
