// A stored story's facts as readable lines, for the edit history: read inside an edit's transaction
// (db/mutations/revisions.ts) and for a history page. Not server-only, since mutations run in scripts too.
import { asc, eq } from "drizzle-orm";
import { storyFactsText } from "@/lib/stories/story-facts-text";
import type { Database, Transaction } from "../index";
import { stories, storyMilestones, storyResources } from "../schema";

/** Null when there is no such story. Three statements. */
export async function storedFactsText(db: Database | Transaction, storyId: number): Promise<string | null> {
  const [[facts], resourceRows, milestones] = await Promise.all([
    db.select().from(stories).where(eq(stories.threadId, storyId)),
    db
      .select({ label: storyResources.label })
      .from(storyResources)
      .where(eq(storyResources.storyId, storyId))
      .orderBy(asc(storyResources.position)),
    db
      .select({ month: storyMilestones.month, text: storyMilestones.text, kind: storyMilestones.kind })
      .from(storyMilestones)
      .where(eq(storyMilestones.storyId, storyId))
      .orderBy(asc(storyMilestones.position)),
  ]);
  return facts ? storyFactsText({ ...facts, resources: resourceRows.map((r) => r.label), milestones }) : null;
}
