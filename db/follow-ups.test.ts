// Follow-ups on success stories: the author adds, edits and deletes them; nobody else can, a hidden
// or deleted story takes none, and the insights count them exactly.
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { followUpInput } from "@/lib/stories/follow-up-validation";
import { FOREVER } from "@/lib/permissions";
import { DEFAULT_RATE_LIMITS, UNLIMITED } from "@/lib/limits/rate-limits";
import { getDb } from "./index";
import { setPostHidden, setSuspension } from "./mutations/moderation";
import { createStory, deleteStory } from "./mutations/stories";
import { createFollowUp, deleteFollowUp, updateFollowUp } from "./mutations/follow-ups";
import { getInsights } from "./queries/insights";
import { getStory, listStories } from "./queries/stories";
import { getFollowUpForEdit } from "./queries/follow-ups";
import { followUps } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, hoursAgo, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
let mod: string;

const followUp = (months: number, kind: string, stillInMl: "yes" | "no", body = `At ${months} months: ${kind}.`) =>
  followUpInput.parse({ monthsAfterOffer: String(months), kind, stillInMl, body });

const free = { limits: UNLIMITED };

async function rows(storyId: number) {
  return getDb()
    .select({
      id: followUps.id,
      months: followUps.monthsAfterOffer,
      kind: followUps.kind,
      stillInMl: followUps.stillInMl,
      body: followUps.body,
      deletedAt: followUps.deletedAt,
    })
    .from(followUps)
    .where(eq(followUps.storyId, storyId))
    .orderBy(followUps.id);
}

async function newStory(author: string, title: string) {
  return (await createStory(author, sampleStory(title), free)).id;
}

beforeAll(async () => {
  done = await useFreshDatabase();
  // Established accounts (older than a day), so only the tests about pace meet the limits.
  const old = hoursAgo(30 * 24);
  ada = (await aMember({ createdAt: old })).id;
  grace = (await aMember({ createdAt: old })).id;
  mod = (await aMember({ role: "moderator", createdAt: old })).id;
});
afterAll(() => done());

describe("the author's follow-ups", () => {
  it("are added, shown in month order with their Markdown cooked, edited and deleted", async () => {
    const storyId = await newStory(ada, "Bookkeeper to ML engineer");
    const later = await createFollowUp(
      ada,
      storyId,
      followUp(14, "promotion", "yes", "Promoted to **senior** ML engineer."),
      free,
    );
    const earlier = await createFollowUp(ada, storyId, followUp(6, "same-role", "yes"), free);
    expect(later.changed).toEqual([`follow-up:${later.id}`, `thread:${storyId}`, "stories", "insights"]);

    const story = await getStory(storyId);
    expect(story?.followUps.map((f) => [f.monthsAfterOffer, f.kind, f.stillInMl])).toEqual([
      [6, "same-role", true],
      [14, "promotion", true],
    ]);
    expect(story?.followUps[1].bodyHtml).toContain("<strong>senior</strong>");
    // A new follow-up does not read as edited.
    expect(story?.followUps.map((f) => f.updatedAt.getTime() - f.createdAt.getTime())).toEqual([0, 0]);
    const [card] = (await listStories({}, "newest", null)).stories.filter((s) => s.id === storyId);
    expect(card.followUps).toBe(2);

    await updateFollowUp(ada, earlier.id, followUp(7, "raise", "yes", "A raise after the first review."), UNLIMITED);
    expect(await getFollowUpForEdit(earlier.id)).toMatchObject({
      storyId,
      authorId: ada,
      monthsAfterOffer: 7,
      kind: "raise",
      body: "A raise after the first review.",
    });

    await deleteFollowUp(ada, later.id);
    expect((await getStory(storyId))?.followUps.map((f) => f.id)).toEqual([earlier.id]);
    expect(await getFollowUpForEdit(later.id)).toBeNull();
    // A deleted follow-up cannot be changed again: it is not there any more.
    await expect(updateFollowUp(ada, later.id, followUp(15, "raise", "yes"), UNLIMITED)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(deleteFollowUp(ada, later.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the same form sent twice makes one follow-up", async () => {
    const storyId = await newStory(ada, "Teacher to data scientist");
    const first = await createFollowUp(ada, storyId, followUp(12, "same-role", "yes"), {
      ...free,
      key: "form-key-1:abc",
    });
    const again = await createFollowUp(ada, storyId, followUp(12, "same-role", "yes"), {
      ...free,
      key: "form-key-1:abc",
    });
    expect(again).toMatchObject({ id: first.id, changed: [] });
    expect(await rows(storyId)).toHaveLength(1);
  });

  it("are paced like replies, and the same text again is refused", async () => {
    // Grace has written no follow-up yet: the first is not paced against the other tests' ones.
    const storyId = await newStory(grace, "Chemist to ML engineer");
    const limits = { ...DEFAULT_RATE_LIMITS };
    await createFollowUp(grace, storyId, followUp(3, "same-role", "yes", "Settling in."), { limits });
    await expect(createFollowUp(grace, storyId, followUp(5, "raise", "yes", "A raise."), { limits })).rejects.toThrow(
      /follow-ups too quickly/,
    );
    await expect(
      createFollowUp(grace, storyId, followUp(5, "raise", "yes", "Settling in."), {
        limits: { ...UNLIMITED, sameBodySeconds: 300 },
      }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect(await rows(storyId)).toHaveLength(1);
  });

  it("the database refuses a kind or a month outside the lists", async () => {
    const storyId = await newStory(ada, "Nurse to ML engineer");
    const row = { storyId, authorId: ada, stillInMl: true, body: "x", bodyHtml: "<p>x</p>", rendererVersion: 1 };
    await expect(
      getDb()
        .insert(followUps)
        .values({ ...row, monthsAfterOffer: 3, kind: "lottery-win" }),
    ).rejects.toThrow();
    await expect(
      getDb()
        .insert(followUps)
        .values({ ...row, monthsAfterOffer: 241, kind: "raise" }),
    ).rejects.toThrow();
    expect(await rows(storyId)).toHaveLength(0);
  });
});

describe("refusals change nothing", () => {
  it("another member cannot add, edit or delete a story's follow-ups, moderators included", async () => {
    const storyId = await newStory(ada, "Analyst to MLOps");
    const { id } = await createFollowUp(ada, storyId, followUp(12, "same-role", "yes"), free);
    const before = await rows(storyId);
    for (const other of [grace, mod]) {
      await expect(createFollowUp(other, storyId, followUp(13, "left-ml", "no"), free)).rejects.toThrow(
        /Only the story's author/,
      );
      await expect(updateFollowUp(other, id, followUp(13, "left-ml", "no"), UNLIMITED)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(deleteFollowUp(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await rows(storyId)).toEqual(before);
  });

  it("a hidden story takes no follow-ups and its follow-ups cannot change; restored, it does again", async () => {
    const storyId = await newStory(ada, "Barista to AI engineer");
    const { id } = await createFollowUp(ada, storyId, followUp(2, "same-role", "yes"), free);
    await setPostHidden(mod, { threadId: storyId }, true, { reason: "Spam", note: null });
    const before = await rows(storyId);
    await expect(createFollowUp(ada, storyId, followUp(12, "raise", "yes"), free)).rejects.toThrow(
      /hidden by the moderators/,
    );
    await expect(updateFollowUp(ada, id, followUp(3, "raise", "yes"), UNLIMITED)).rejects.toThrow(
      /hidden by the moderators/,
    );
    await expect(deleteFollowUp(ada, id)).rejects.toThrow(/hidden by the moderators/);
    expect(await rows(storyId)).toEqual(before);
    // A hidden story's page shows none of its words, follow-ups included.
    expect((await getStory(storyId))?.followUps).toEqual([]);
    await setPostHidden(mod, { threadId: storyId }, false, { reason: "Reviewed: fine", note: null });
    await createFollowUp(ada, storyId, followUp(12, "raise", "yes"), free);
    expect(await rows(storyId)).toHaveLength(2);
  });

  it("a deleted story takes none, and an unknown story is not found", async () => {
    const storyId = await newStory(ada, "Soldier to ML engineer");
    const { id } = await createFollowUp(ada, storyId, followUp(1, "same-role", "yes"), free);
    await deleteStory(ada, storyId);
    await expect(createFollowUp(ada, storyId, followUp(12, "raise", "yes"), free)).rejects.toThrow(/story was deleted/);
    await expect(updateFollowUp(ada, id, followUp(2, "raise", "yes"), UNLIMITED)).rejects.toThrow(/story was deleted/);
    await expect(createFollowUp(ada, 987654, followUp(12, "raise", "yes"), free)).rejects.toBeInstanceOf(NotFoundError);
    expect(await rows(storyId)).toHaveLength(1);
  });

  it("a suspended author may not add or change follow-ups", async () => {
    const storyId = await newStory(grace, "Accountant to data scientist");
    const { id } = await createFollowUp(grace, storyId, followUp(1, "same-role", "yes"), free);
    await setSuspension(mod, grace, FOREVER, { reason: "Cooling off", note: null });
    await expect(createFollowUp(grace, storyId, followUp(12, "raise", "yes"), free)).rejects.toThrow(/suspended/);
    await expect(updateFollowUp(grace, id, followUp(2, "raise", "yes"), UNLIMITED)).rejects.toThrow(/suspended/);
    await expect(deleteFollowUp(grace, id)).rejects.toThrow(/suspended/);
    await setSuspension(mod, grace, null, { reason: "Lifted", note: null });
    expect(await rows(storyId)).toHaveLength(1);
  });
});

describe("insights", () => {
  it("count follow-ups exactly, from listed stories only, each story a year on by its latest follow-up", async () => {
    // Start from nothing: the tests above left follow-ups behind.
    await getDb().delete(followUps);
    const [a, b, c, d, hidden] = [
      await newStory(ada, "Insight story A"),
      await newStory(ada, "Insight story B"),
      await newStory(ada, "Insight story C"),
      await newStory(ada, "Insight story D"),
      await newStory(ada, "Insight story hidden"),
    ];
    // A: still in ML at 12, then promoted at 24: counts as still in ML (latest from month 12 on).
    await createFollowUp(ada, a, followUp(12, "same-role", "yes"), free);
    await createFollowUp(ada, a, followUp(24, "promotion", "yes"), free);
    // B: a raise at 6, left ML at 18: a year on, not in ML.
    await createFollowUp(ada, b, followUp(6, "raise", "yes"), free);
    await createFollowUp(ada, b, followUp(18, "left-ml", "no"), free);
    // C: only before a year: not in the year-on figure. Its deleted follow-up counts nowhere.
    await createFollowUp(ada, c, followUp(3, "setback", "yes"), free);
    const gone = await createFollowUp(ada, c, followUp(30, "raise", "yes"), free);
    await deleteFollowUp(ada, gone.id);
    // D: two follow-ups in the same month: the later written one is the latest.
    await createFollowUp(ada, d, followUp(12, "left-ml", "no"), free);
    await createFollowUp(ada, d, followUp(12, "new-role", "yes"), free);
    // A hidden story's follow-ups leave the insights, like the story.
    await createFollowUp(ada, hidden, followUp(40, "promotion", "yes"), free);
    await setPostHidden(mod, { threadId: hidden }, true, { reason: "Spam", note: null });

    const { followUps: figures } = await getInsights();
    expect(figures).toEqual({
      followUps: 7,
      storiesFollowedUp: 4,
      progress: 2,
      yearOn: 3,
      yearOnStillInMl: 2,
      byKind: { "same-role": 1, promotion: 1, raise: 1, "left-ml": 2, setback: 1, "new-role": 1 },
    });
    // Eight live rows: the hidden story's one is there, and left out.
    expect(await getDb().select({ id: followUps.id }).from(followUps).where(isNull(followUps.deletedAt))).toHaveLength(
      8,
    );
  });

  it("with no follow-ups, every figure is zero", async () => {
    await getDb().delete(followUps);
    expect((await getInsights()).followUps).toEqual({
      followUps: 0,
      storiesFollowedUp: 0,
      progress: 0,
      yearOn: 0,
      yearOnStillInMl: 0,
      byKind: {},
    });
  });
});
