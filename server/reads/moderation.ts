// The public moderation log (app/moderation/).
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import { logEntries } from "@/db/queries/moderation";
import { tags } from "@/lib/cache-tags";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import { cachedFor } from "@/server/page-cache";

/** The public moderation log (no private notes), newest first, before an entry id. */
export async function cachedModLog(before: number | undefined) {
  "use cache";
  checkReadArgs(READ_ARGS.before, [before]);
  const page = await logEntries({ before, withNotes: false });
  cachedFor(tags.modlog);
  return page;
}
