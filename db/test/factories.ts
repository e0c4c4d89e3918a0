// For Vitest: the rows tests need, each made in one line. A factory takes what a test cares about and
// fills the rest with defaults that are realistic and unique per call (a login), so
// tests sharing one database never collide and each test shows only what matters to it.
import { type StoryInput, storyInput } from "@/lib/story-validation";
import { getDb } from "../index";
import { users } from "../schema";

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

/** A valid success story as the form would send it, parsed by the real schema. */
export function sampleStory(title: string): StoryInput {
  return storyInput.parse({
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
  });
}
