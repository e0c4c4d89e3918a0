// Re-renders stored posts whose HTML an older renderer made (`npm run db:rerender`). Bumping
// MARKDOWN_RENDERER_VERSION is how a change to lib/markdown/markdown.ts reaches posts written before it.
import { and, asc, eq, gt, lt } from "drizzle-orm";
import { MARKDOWN_RENDERER_VERSION, cook } from "@/lib/markdown/markdown";
import { getDb } from "./index";
import { replies, threads } from "./schema";

export type RerenderCounts = { threads: number; replies: number };

/**
 * Re-renders every thread and reply whose `renderer_version` is below the current one, `batchSize`
 * rows at a time in id order (keyset, so each batch is one index range however far it has got).
 * Returns how many rows of each it updated.
 */
export async function rerenderOutdated(batchSize = 200): Promise<RerenderCounts> {
  return { threads: await rerenderTable(threads, batchSize), replies: await rerenderTable(replies, batchSize) };
}

async function rerenderTable(table: typeof threads | typeof replies, batchSize: number): Promise<number> {
  const db = getDb();
  let updated = 0;
  let lastId = 0;
  for (;;) {
    const batch = await db
      .select({ id: table.id, body: table.body })
      .from(table)
      .where(and(gt(table.id, lastId), lt(table.rendererVersion, MARKDOWN_RENDERER_VERSION)))
      .orderBy(asc(table.id))
      .limit(batchSize);
    if (batch.length === 0) return updated;
    for (const row of batch) {
      // Rendered outside any transaction; the row is written only if nobody edited it meanwhile (an
      // edit stores the current version, and would change the body).
      const { html: bodyHtml, text: bodyText } = cook(row.body);
      const written = await db
        .update(table)
        .set({ bodyHtml, bodyText, rendererVersion: MARKDOWN_RENDERER_VERSION })
        .where(
          and(eq(table.id, row.id), lt(table.rendererVersion, MARKDOWN_RENDERER_VERSION), eq(table.body, row.body)),
        )
        .returning({ id: table.id });
      updated += written.length;
    }
    lastId = batch[batch.length - 1].id;
  }
}
