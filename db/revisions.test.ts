// Edit history against the real database: each edit keeps the version it replaced, in the edit's own
// transaction; an edit that changes nothing, or is refused, keeps nothing; hidden and deleted posts'
// history holds none of their words; older versions page by keyset.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, UNLIMITED } from "@/lib/limits/rate-limits";
import { storyInput } from "@/lib/stories/story-validation";
import { getDb } from "./index";
import { setPostHidden } from "./mutations/moderation";
import { createReply, deleteReply, updateReply } from "./mutations/replies";
import { createStory, updateStory } from "./mutations/stories";
import { createThread, deleteThread, updateThread } from "./mutations/threads";
import { EDITS_PER_PAGE, getPostHistory } from "./queries/revisions";
import { getThread, listReplies } from "./queries/threads";
import { postRevisions } from "./schema";
import { useFreshDatabase } from "./test/database";
import { type Member, aMember, hoursAgo, storyForm } from "./test/factories";

let done: () => Promise<void>;

beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

/** A member of a week's standing unless told otherwise. */
const member = async (role: Member["role"] = "member", createdAt = hoursAgo(7 * 24)) =>
  (await aMember({ role, createdAt })).id;

const revisionsOf = (where: { threadId: number } | { replyId: number }) =>
  getDb()
    .select()
    .from(postRevisions)
    .where("threadId" in where ? eq(postRevisions.threadId, where.threadId) : eq(postRevisions.replyId, where.replyId))
    .orderBy(postRevisions.version);

describe("storing revisions", () => {
  it("each edit of a thread keeps the version it replaced, with its number, editor and time", async () => {
    const ada = await member();
    const { id } = await createThread(ada, { title: "Moving from finance", body: "I studied **three** months." });
    expect((await getThread(id))?.editedAt).toBeNull();

    await updateThread(ada, id, { title: "Moving from finance", body: "I studied **five** months." });
    await updateThread(ada, id, { title: "Moving from finance to ML", body: "I studied **five** months." });
    const rows = await revisionsOf({ threadId: id });
    expect(rows.map((r) => [r.version, r.title, r.body, r.editorId, r.facts])).toEqual([
      [1, "Moving from finance", "I studied **three** months.", ada, null],
      [2, "Moving from finance", "I studied **five** months.", ada, null],
    ]);
    expect(rows[1].createdAt.getTime()).toBeGreaterThanOrEqual(rows[0].createdAt.getTime());
    // The post says when it was last changed: the time of its newest revision.
    expect((await getThread(id))?.editedAt?.getTime()).toBe(rows[1].createdAt.getTime());

    const history = (await getPostHistory({ threadId: id }))!;
    expect(history.edits.map((e) => e.version)).toEqual([3, 2]);
    expect(history.edits[0]).toMatchObject({
      before: { title: "Moving from finance", body: "I studied **five** months." },
      after: { title: "Moving from finance to ML", body: "I studied **five** months." },
    });
    expect(history.edits[1].before.body).toBe("I studied **three** months.");
    expect(history.edits[1].editor?.id).toBe(ada);
    expect(history.original).toMatchObject({ title: "Moving from finance", body: "I studied **three** months." });
  });

  it("saving the same text again stores nothing, leaves the post unmarked and its time as it was", async () => {
    const ada = await member();
    const { id } = await createThread(ada, { title: "Same again", body: "Unchanged text." });
    const saved = (await getThread(id))!.updatedAt;
    await updateThread(ada, id, { title: "Same again", body: "Unchanged text." });
    expect(await revisionsOf({ threadId: id })).toHaveLength(0);
    expect((await getThread(id))?.editedAt).toBeNull();
    // Feeds date a post by updated_at: a save that changed nothing is not news.
    expect((await getThread(id))?.updatedAt).toEqual(saved);

    const reply = await createReply(ada, id, { body: "A reply that stays." });
    const replySaved = (await listReplies(id)).replies[0].updatedAt;
    const same = await updateReply(ada, reply.id, { body: "A reply that stays." });
    expect(same.changed).toEqual([]);
    expect(await revisionsOf({ replyId: reply.id })).toHaveLength(0);
    expect((await listReplies(id)).replies[0]).toMatchObject({ editedAt: null, updatedAt: replySaved });
    expect((await getPostHistory({ replyId: reply.id }))?.edits).toEqual([]);
  });

  it("a reply's edits are kept, and the reply page marks it edited", async () => {
    const [ada, grace] = [await member(), await member()];
    const { id } = await createThread(ada, { title: "Reply history", body: "Opening." });
    const reply = await createReply(grace, id, { body: "Try fast.ai first." });
    await updateReply(grace, reply.id, { body: "Try fast.ai and CS229 first." });
    expect((await revisionsOf({ replyId: reply.id })).map((r) => [r.version, r.title, r.body, r.editorId])).toEqual([
      [1, null, "Try fast.ai first.", grace],
    ]);
    expect((await listReplies(id)).replies[0].editedAt).toBeInstanceOf(Date);
    const history = (await getPostHistory({ replyId: reply.id }))!;
    expect(history.post).toMatchObject({ kind: "reply", threadId: id, threadTitle: "Reply history" });
    expect(history.edits[0]).toMatchObject({
      version: 2,
      before: { body: "Try fast.ai first." },
      after: { body: "Try fast.ai and CS229 first." },
    });
  });

  it("a refused edit stores nothing", async () => {
    const [ada, grace, mod] = [await member(), await member(), await member("moderator")];
    const { id } = await createThread(ada, { title: "Not yours", body: "Ada's words." });
    const reply = await createReply(ada, id, { body: "Ada's reply." });
    // Someone else's post.
    await expect(updateThread(grace, id, { title: "Not yours", body: "Grace's words." })).rejects.toThrow();
    await expect(updateReply(grace, reply.id, { body: "Grace's words." })).rejects.toThrow();
    // Too many links for a new account: refused after the lock, inside the transaction.
    const newcomer = await member("member", new Date());
    const own = await createThread(newcomer, { title: "New here", body: "Hello." });
    const links = "[a](https://a.example) [b](https://b.example) [c](https://c.example)";
    await expect(
      updateThread(
        newcomer,
        own.id,
        { title: "New here", body: links },
        {
          ...UNLIMITED,
          newAccountHours: DEFAULT_RATE_LIMITS.newAccountHours,
          newLinksPerPost: DEFAULT_RATE_LIMITS.newLinksPerPost,
        },
      ),
    ).rejects.toThrow(/link/i);
    // A hidden post stays as the moderators left it.
    await setPostHidden(mod, { replyId: reply.id }, true, { reason: "Off topic", note: null });
    await expect(updateReply(ada, reply.id, { body: "Sneaky change." })).rejects.toThrow();
    expect(await revisionsOf({ threadId: id })).toHaveLength(0);
    expect(await revisionsOf({ threadId: own.id })).toHaveLength(0);
    expect(await revisionsOf({ replyId: reply.id })).toHaveLength(0);
    expect((await getThread(own.id))?.editedAt).toBeNull();
  });

  it("a story's revision keeps its text and a readable summary of its facts; facts alone are a change", async () => {
    const ada = await member();
    // Its facts as the form sends them; the months are read back below.
    const base = storyForm("Bookkeeper to ML engineer", {
      previousTitle: "Bookkeeper",
      monthsToOffer: "14",
      resources: "fast.ai\nCS229",
      milestones: "3: Finished fast.ai part 1",
    });
    const { id } = await createStory(ada, storyInput.parse(base));
    // The same story again: nothing.
    const saved = (await getThread(id))!.updatedAt;
    await updateStory(ada, id, storyInput.parse(base));
    expect(await revisionsOf({ threadId: id })).toHaveLength(0);
    expect((await getThread(id))?.updatedAt).toEqual(saved);
    // Only a fact changes: a revision, with the text as it was and the facts before the change.
    await updateStory(ada, id, storyInput.parse({ ...base, monthsToOffer: "11", resources: "fast.ai" }));
    const [first] = await revisionsOf({ threadId: id });
    expect(first).toMatchObject({ version: 1, title: base.title, body: base.body });
    expect(first.facts).toContain("Months to the first offer: 14");
    expect(first.facts).toContain("Resources: fast.ai; CS229");
    expect(first.facts).toContain("Education when hired: No degree");
    expect(first.facts).toContain("- Month 3: Finished fast.ai part 1");

    const history = (await getPostHistory({ threadId: id }))!;
    expect(history.post.kind).toBe("story");
    expect(history.edits[0].before.body).toBe(history.edits[0].after.body);
    expect(history.edits[0].after.facts).toContain("Months to the first offer: 11");
    expect(history.edits[0].after.facts).toContain("Resources: fast.ai\n");

    // A milestone's kind alone is a change too, and reads as the author wrote it.
    const kinds = {
      ...base,
      monthsToOffer: "11",
      resources: "fast.ai",
      milestones: "3 (public work): Finished fast.ai part 1",
    };
    await updateStory(ada, id, storyInput.parse(kinds));
    expect(await revisionsOf({ threadId: id })).toHaveLength(2);
    const edits = (await getPostHistory({ threadId: id }))!.edits;
    expect(
      edits.map((e) => e.after.facts).filter((f) => f?.includes("- Month 3 (public work): Finished fast.ai part 1")),
    ).toHaveLength(1);
  });
});

describe("reading history", () => {
  it("a hidden post's history holds none of its words; a deleted post's has none at all", async () => {
    const [ada, mod] = [await member(), await member("moderator")];
    const { id } = await createThread(ada, { title: "Secret title v1", body: "Secret body v1" });
    await updateThread(ada, id, { title: "Secret title v2", body: "Secret body v2" });
    const reply = await createReply(ada, id, { body: "Secret reply v1" });
    await updateReply(ada, reply.id, { body: "Secret reply v2" });

    await setPostHidden(mod, { threadId: id }, true, { reason: "Spam", note: null });
    await setPostHidden(mod, { replyId: reply.id }, true, { reason: "Spam", note: null });
    for (const target of [{ threadId: id }, { replyId: reply.id }]) {
      const history = (await getPostHistory(target))!;
      expect(history.post.hiddenAt).toBeInstanceOf(Date);
      expect(history.edits).toEqual([]);
      expect(history.original).toBeNull();
      expect(JSON.stringify(history)).not.toMatch(/Secret (body|reply)/);
    }

    await setPostHidden(mod, { threadId: id }, false, { reason: "Fine after all", note: null });
    await setPostHidden(mod, { replyId: reply.id }, false, { reason: "Fine after all", note: null });
    await deleteReply(ada, reply.id);
    expect(await getPostHistory({ replyId: reply.id })).toBeNull();
    await deleteThread(ada, id);
    expect(await getPostHistory({ threadId: id })).toBeNull();
  });

  it("unknown posts and pages are null", async () => {
    const ada = await member();
    const { id } = await createThread(ada, { title: "Short history", body: "v1" });
    await updateThread(ada, id, { title: "Short history", body: "v2" });
    expect(await getPostHistory({ threadId: 999_999 })).toBeNull();
    expect(await getPostHistory({ replyId: 999_999 })).toBeNull();
    expect(await getPostHistory({ threadId: id }, 1)).toBeNull();
    expect(await getPostHistory({ threadId: id }, 5)).toBeNull();
  });

  it("many edits page by version, each page knowing the text that followed it", async () => {
    const ada = await member();
    const { id } = await createThread(ada, { title: "Many edits", body: "v1" });
    const total = EDITS_PER_PAGE + 5;
    for (let v = 2; v <= total + 1; v++) await updateThread(ada, id, { title: "Many edits", body: `v${v}` });

    const first = (await getPostHistory({ threadId: id }))!;
    expect(first.edits).toHaveLength(EDITS_PER_PAGE);
    expect(first.edits[0]).toMatchObject({
      version: total + 1,
      before: { body: `v${total}` },
      after: { body: `v${total + 1}` },
    });
    expect(first.original).toBeNull();
    expect(first.nextBefore).toBe(first.edits.at(-1)!.version - 1);

    const second = (await getPostHistory({ threadId: id }, first.nextBefore!))!;
    expect(second.edits.map((e) => e.version)).toEqual([6, 5, 4, 3, 2]);
    expect(second.edits[0]).toMatchObject({ before: { body: "v5" }, after: { body: "v6" } });
    expect(second.original).toMatchObject({ body: "v1" });
    expect(second.nextBefore).toBeNull();
  });
});
