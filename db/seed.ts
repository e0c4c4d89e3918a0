// Sample forum content (db/seed-data.ts, db/seed-stories-data.ts), inserted idempotently: people are
// upserted by their sample key (users.sample_key, which marks everything they post as sample data),
// and a thread or story is skipped when its author already has one with that title.
import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import { cook, renderMarkdown } from "@/lib/markdown/markdown";
import { cookedColumns, htmlColumns } from "./cooked-columns";
import { UNLIMITED } from "@/lib/limits/rate-limits";
import { followUpInput } from "@/lib/stories/follow-up-validation";
import { milestoneLine, storyInput } from "@/lib/stories/story-validation";
import { getDb } from "./index";
import { upsertSamplePeople } from "./mutations/logins";
import { createStory } from "./mutations/stories";
import { answerMarks, replies, followUps, threads, users } from "./schema";
import { SAMPLE_FOLLOW_UPS } from "./seed-follow-ups-data";
import { setThreadTags } from "./mutations/taxonomy";
import { SAMPLE_FILING } from "./seed-taxonomy";
import { DEFAULT_CATEGORY, categoryBySlug } from "@/lib/categories";
import { SAMPLE_PEOPLE, SAMPLE_THREADS } from "./seed-data";
import { SAMPLE_STORIES, SAMPLE_STORY_PEOPLE } from "./seed-stories-data";

const HOUR = 3_600_000;

/** A post's stored HTML and plain text, as a form would store them. */
const DAY = 24 * HOUR;

export type SeedResult = { threads: number; stories: number; replies: number };

export async function seed(now = new Date()): Promise<SeedResult> {
  const discussions = await seedDiscussions(now);
  const stories = await seedStories(now);
  await seedFollowUps(now);
  return { threads: discussions.threads, stories: stories.stories, replies: discussions.replies + stories.replies };
}

async function seedDiscussions(now: Date) {
  const db = getDb();
  return db.transaction(async (tx) => {
    const idOf = await upsertSamplePeople(
      tx,
      [...SAMPLE_PEOPLE, ...SAMPLE_STORY_PEOPLE].map((p) => ({
        login: p.login,
        name: p.name,
        createdAt: new Date(now.getTime() - 90 * DAY),
      })),
    );

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
      const replyTimes = t.replies.map(
        (r) => new Date(Math.min(createdAt.getTime() + r.hoursAfterThread * HOUR, now.getTime())),
      );
      const filing = SAMPLE_FILING[t.slugKey] ?? { category: DEFAULT_CATEGORY, tags: [] };
      const [thread] = await tx
        .insert(threads)
        .values({
          categoryId: categoryBySlug(filing.category)!.id,
          title: t.title,
          authorId,
          ...cookedColumns(t.body, cook(t.body)),
          createdAt,
          updatedAt: createdAt,
          lastActivityAt: replyTimes.at(-1) ?? createdAt,
          replyCount: t.replies.length,
        })
        .returning({ id: threads.id });
      await setThreadTags(tx, thread.id, filing.tags);
      if (t.replies.length > 0) {
        const written = await tx
          .insert(replies)
          .values(
            t.replies.map((r, i) => ({
              threadId: thread.id,
              authorId: idOf.get(r.author)!,
              ...cookedColumns(r.body, cook(r.body)),
              createdAt: replyTimes[i],
              updatedAt: replyTimes[i],
            })),
          )
          .returning({ id: replies.id });
        // A question its author marked as answered, with its line in the thread's history, an hour on.
        if (t.answer !== undefined) {
          const answerReplyId = written[t.answer].id;
          const markedAt = new Date(Math.min(replyTimes[t.answer].getTime() + HOUR, now.getTime()));
          await tx.update(threads).set({ answerReplyId }).where(eq(threads.id, thread.id));
          await tx
            .insert(answerMarks)
            .values({ threadId: thread.id, replyId: answerReplyId, actorId: authorId, createdAt: markedAt });
        }
      }
      threadCount += 1;
      replyCount += t.replies.length;
    }
    return { threads: threadCount, replies: replyCount };
  });
}

/** Each sample story goes in through the same mutation and validation as one published in the form. */
async function seedStories(now: Date) {
  const db = getDb();
  const people = await db.select({ id: users.id, key: users.sampleKey }).from(users).where(isNotNull(users.sampleKey));
  const idOf = new Map(people.map((p) => [p.key, p.id]));
  const existing = await db
    .select({ title: threads.title, authorId: threads.authorId })
    .from(threads)
    .where(eq(threads.kind, "story"));
  const seen = new Set(existing.map((t) => `${t.authorId}\n${t.title}`));
  let storyCount = 0;
  let replyCount = 0;
  for (const story of SAMPLE_STORIES) {
    const authorId = idOf.get(story.author)!;
    if (seen.has(`${authorId}\n${story.title}`)) continue;
    const input = storyInput.parse({
      ...story,
      monthsToOffer: String(story.monthsToOffer),
      firstRoleYear: String(story.firstRoleYear),
      resources: story.resources.join("\n"),
      milestones: story.milestones.map(milestoneLine).join("\n"),
    });
    const createdAt = new Date(now.getTime() - story.daysAgo * DAY);
    const { id } = await createStory(authorId, { ...input, tags: [story.role] }, { createdAt, limits: UNLIMITED });
    if (story.replies.length > 0) {
      const times = story.replies.map(
        (r) => new Date(Math.min(createdAt.getTime() + r.hoursAfter * HOUR, now.getTime())),
      );
      // One at a time, in order, so that an answer can name its question's id.
      const ids: number[] = [];
      for (const [i, r] of story.replies.entries()) {
        const question = r.answers === undefined ? null : ids[r.answers];
        const [row] = await db
          .insert(replies)
          .values({
            threadId: id,
            authorId: idOf.get(r.author)!,
            ...cookedColumns(r.body, cook(r.body)),
            isQuestion: r.question ?? false,
            questionId: question,
            replyToId: question,
            createdAt: times[i],
            updatedAt: times[i],
          })
          .returning({ id: replies.id });
        ids.push(row.id);
      }
      await db
        .update(threads)
        .set({ replyCount: story.replies.length, lastActivityAt: times.at(-1)! })
        .where(eq(threads.id, id));
    }
    storyCount += 1;
    replyCount += story.replies.length;
  }
  return { stories: storyCount, replies: replyCount };
}

/**
 * Sample follow-ups, through the form's validation, on a sample story that has none yet. Written
 * directly (not through createFollowUp) so they keep their own dates, as the sample replies do.
 */
async function seedFollowUps(now: Date): Promise<number> {
  const db = getDb();
  let added = 0;
  for (const { author, title, followUps: entries } of SAMPLE_FOLLOW_UPS) {
    const [story] = await db
      .select({ id: threads.id, authorId: threads.authorId, createdAt: threads.createdAt, has: count(followUps.id) })
      .from(threads)
      .innerJoin(users, eq(users.id, threads.authorId))
      .leftJoin(followUps, eq(followUps.storyId, threads.id))
      .where(and(eq(threads.kind, "story"), eq(users.sampleKey, author), eq(threads.title, title)))
      .groupBy(threads.id);
    if (!story || story.has > 0) continue;
    await db.insert(followUps).values(
      entries.map((f) => {
        const input = followUpInput.parse({
          ...f,
          monthsAfterOffer: String(f.monthsAfterOffer),
          stillInMl: f.stillInMl ? "yes" : "no",
        });
        const at = new Date(Math.min(story.createdAt.getTime() + f.daysAfterStory * DAY, now.getTime()));
        return {
          ...input,
          storyId: story.id,
          authorId: story.authorId,
          ...htmlColumns(input.body, renderMarkdown(input.body)),
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
    added += entries.length;
  }
  return added;
}

/** Seeds only a database that has no threads yet (the embedded default's first start). */
export async function seedIfEmpty(): Promise<SeedResult | null> {
  const [{ n }] = await getDb().select({ n: count() }).from(threads);
  return n === 0 ? seed() : null;
}
