// Thread writes. Each runs in one transaction and checks who may act, whatever the caller did.
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from "@/lib/markdown";
import { canEdit } from "@/lib/permissions";
import type { ThreadInput } from "@/lib/validation";
import { getDb, type Transaction } from "../index";
import { lockAuthor, recentSameThread } from "./duplicates";
import { threads } from "../schema";

export async function createThread(authorId: string, input: ThreadInput): Promise<{ id: number; changed: Changed }> {
  const bodyHtml = renderMarkdown(input.body);
  return getDb().transaction(async (tx) => {
    await lockAuthor(tx, authorId);
    const same = await recentSameThread(tx, authorId, "discussion", input);
    if (same) return { id: same.id, changed: [] };
    const [row] = await tx
      .insert(threads)
      .values({
        authorId,
        title: input.title,
        body: input.body,
        bodyHtml,
        rendererVersion: MARKDOWN_RENDERER_VERSION,
      })
      .returning({ id: threads.id });
    return { id: row.id, changed: threadChanged(row.id) };
  });
}

/** What any change to a discussion shows in: its own page and the list of discussions. */
function threadChanged(id: number): Changed {
  return [tags.thread(id), tags.threads];
}

/** Locks a live thread of the given kind and checks that the viewer wrote it. */
export async function lockOwnThread(tx: Transaction, viewerId: string, id: number, kind: "discussion" | "story" = "discussion") {
  const [thread] = await tx
    .select({ authorId: threads.authorId, deletedAt: threads.deletedAt })
    .from(threads)
    // A story changes only through its own mutations, which keep its facts in step.
    .where(and(eq(threads.id, id), eq(threads.kind, kind), isNull(threads.deletedAt)))
    .for("update");
  if (!thread) throw new NotFoundError(kind === "story" ? "Story" : "Thread");
  if (!canEdit({ id: viewerId }, thread)) throw new ForbiddenError();
}

/** New title and text for a thread, with the HTML its caller rendered before taking any lock. */
export async function rewriteThread(tx: Transaction, id: number, input: ThreadInput, bodyHtml: string) {
  await tx
    .update(threads)
    .set({
      title: input.title,
      body: input.body,
      bodyHtml,
      rendererVersion: MARKDOWN_RENDERER_VERSION,
      updatedAt: sql`now()`,
    })
    .where(eq(threads.id, id));
}

export async function updateThread(viewerId: string, id: number, input: ThreadInput): Promise<{ changed: Changed }> {
  const bodyHtml = renderMarkdown(input.body);
  await getDb().transaction(async (tx) => {
    await lockOwnThread(tx, viewerId, id);
    await rewriteThread(tx, id, input, bodyHtml);
  });
  return { changed: threadChanged(id) };
}

/** Soft delete: the thread leaves every list and its page answers 404; its rows stay for moderation. */
export async function deleteThread(viewerId: string, id: number): Promise<{ changed: Changed }> {
  await getDb().transaction(async (tx) => {
    await lockOwnThread(tx, viewerId, id);
    await tx.update(threads).set({ deletedAt: sql`now()` }).where(eq(threads.id, id));
  });
  return { changed: threadChanged(id) };
}
