// For Vitest: the rows tests need, each made in one line. A factory takes what a test cares about and
// fills the rest with defaults that are realistic and unique per call (logins, titles, bodies), so
// tests sharing one database never collide and each test shows only what matters to it.
//
// The post factories import the mutations and the Markdown renderer when first called, so a file that
// only makes members loads neither: db/limits-checks.test.ts runs once per change in a mutation run.
import { type STORY_FIELDS, type StoryInput, storyInput } from "@/lib/stories/story-validation";
import type { WriteOptions } from "@/lib/limits/rate-limits";
import type { ThreadInput } from "@/lib/validation";
import { getDb } from "../index";
import type { Taxonomy } from "../mutations/taxonomy";
import { threads, users } from "../schema";

/** Counts the rows made, for unique defaults. */
let made = 0;

export type Member = typeof users.$inferSelect;

/** When an account made `hours` ago was made (for `createdAt`: its age decides its limits). */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

/**
 * A member, written to `users` as the sign-in writes one: login `member-N` unless given, role member,
 * made now. Pass what the test is about (`login` where it is mentioned or shown, `role`, `createdAt`).
 */
export async function aMember(fields: Partial<typeof users.$inferInsert> = {}): Promise<Member> {
  const [row] = await getDb()
    .insert(users)
    .values({ login: `member-${++made}`, ...fields })
    .returning();
  return row;
}

/**
 * A discussion by `authorId` with `replies` replies (a count, for replies `Reply 0`, `Reply 1`, …, or
 * their bodies), each by `replier` (the author unless given), written through the mutations as a
 * member posts them, so counts, activity times, read positions and notifications are as real.
 */
export async function aThread(
  authorId: string,
  {
    replies = 0,
    replier = authorId,
    ...input
  }: Partial<ThreadInput> & Taxonomy & { replies?: number | string[]; replier?: string } = {},
  options: WriteOptions = {},
): Promise<{ id: number; replyIds: number[] }> {
  const [{ createThread }, { createReply }] = await Promise.all([
    import("../mutations/threads"),
    import("../mutations/replies"),
  ]);
  const n = ++made;
  const { id } = await createThread(
    authorId,
    { title: `Thread ${n}`, body: `The body of thread ${n}.`, ...input },
    options,
  );
  const bodies = typeof replies === "number" ? Array.from({ length: replies }, (_, i) => `Reply ${i}`) : replies;
  const replyIds: number[] = [];
  for (const body of bodies) replyIds.push((await createReply(replier, id, { body }, options)).id);
  return { id, replyIds };
}

/**
 * A thread's row written straight to `threads`, past the mutations (no checks, counts, category or
 * tags), for tests of what the mutations would refuse or of the table itself. Its body is cooked as
 * createThread cooks it.
 */
export async function aThreadRow(fields: Partial<typeof threads.$inferInsert> & { authorId: string }) {
  const [{ cook }, { cookedColumns }] = await Promise.all([
    import("@/lib/markdown/markdown"),
    import("../cooked-columns"),
  ]);
  const n = ++made;
  const body = fields.body ?? `The body of thread ${n}.`;
  const [row] = await getDb()
    .insert(threads)
    .values({
      title: `Thread ${n}`,
      ...cookedColumns(body, cook(body)),
      ...fields,
    })
    .returning();
  return row;
}

/** A success story's form as a member fills it in: each field as the text the form sends. */
export type StoryForm = Record<(typeof STORY_FIELDS)[number], string>;

export function storyForm(title: string, fields: Partial<StoryForm> = {}): StoryForm {
  return {
    title,
    body: "How it went.",
    role: "ml-engineer",
    education: "no-degree",
    previousField: "finance",
    previousTitle: "Analyst",
    monthsToOffer: "14",
    firstRoleYear: "2024",
    howHired: "referral",
    resources: "",
    milestones: "",
    ...fields,
  };
}

/** A valid success story as the form would send it (`fields` changed), parsed by the real schema. */
export function sampleStory(title: string, fields: Partial<StoryForm> = {}): StoryInput {
  return storyInput.parse(storyForm(title, fields));
}
