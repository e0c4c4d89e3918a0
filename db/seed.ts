// Sample forum content (db/seed-data.ts), inserted idempotently: people are upserted by login and a
// thread is skipped when its author already has a thread with that title.
import { count, eq, inArray } from "drizzle-orm";
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from "@/lib/markdown";
import { getDb } from "./index";
import { replies, threads, users } from "./schema";
import { SAMPLE_PEOPLE, SAMPLE_THREADS } from "./seed-data";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function seed(now = new Date()): Promise<{ threads: number; replies: number }> {
  const db = getDb();
  return db.transaction(async (tx) => {
    const people = await tx
      .insert(users)
      .values(
        SAMPLE_PEOPLE.map((p) => ({
          login: p.login,
          name: p.name,
          image: null,
          createdAt: new Date(now.getTime() - 90 * DAY),
        })),
      )
      .onConflictDoUpdate({ target: users.login, set: { name: users.name } })
      .returning({ id: users.id, login: users.login });
    const idOf = new Map(people.map((p) => [p.login, p.id]));

    const existing = await tx
      .select({ title: threads.title, authorId: threads.authorId })
      .from(threads)
      .where(inArray(threads.authorId, [...idOf.values()]));
    const seen = new Set(existing.map((t) => `${t.authorId}\n${t.title}`));

    let threadCount = 0;
    let replyCount = 0;
    for (const t of SAMPLE_THREADS) {
      const authorId = idOf.get(t.author)!;
      if (seen.has(`${authorId}\n${t.title}`)) continue;
      const createdAt = new Date(now.getTime() - t.daysAgo * DAY);
      const replyTimes = t.replies.map((r) => new Date(Math.min(createdAt.getTime() + r.hoursAfterThread * HOUR, now.getTime())));
      const [thread] = await tx
        .insert(threads)
        .values({
          title: t.title,
          authorId,
          body: t.body,
          bodyHtml: renderMarkdown(t.body),
          rendererVersion: MARKDOWN_RENDERER_VERSION,
          createdAt,
          updatedAt: createdAt,
          lastActivityAt: replyTimes.at(-1) ?? createdAt,
          replyCount: t.replies.length,
        })
        .returning({ id: threads.id });
      if (t.replies.length > 0) {
        await tx.insert(replies).values(
          t.replies.map((r, i) => ({
            threadId: thread.id,
            authorId: idOf.get(r.author)!,
            body: r.body,
            bodyHtml: renderMarkdown(r.body),
            rendererVersion: MARKDOWN_RENDERER_VERSION,
            createdAt: replyTimes[i],
            updatedAt: replyTimes[i],
          })),
        );
      }
      threadCount += 1;
      replyCount += t.replies.length;
    }
    return { threads: threadCount, replies: replyCount };
  });
}

/** Seeds only a database that has no threads yet (the embedded default's first start). */
export async function seedIfEmpty(): Promise<{ threads: number; replies: number } | null> {
  const [{ n }] = await getDb().select({ n: count() }).from(threads);
  return n === 0 ? seed() : null;
}

export const SAMPLE_MEMBER_LOGIN = "sample-member";

export async function findSampleMember() {
  const [member] = await getDb().select().from(users).where(eq(users.login, SAMPLE_MEMBER_LOGIN));
  return member ?? null;
}
