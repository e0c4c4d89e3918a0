// The answer that helped: a discussion's author or a moderator marks one live reply of it, changes the
// mark or takes it off; each change is in the thread's history; the reply's author is told (not when
// they marked it themselves); a deleted or hidden answer stops being the answer; lists know which
// threads are answered.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { tags } from "@/lib/cache-tags";
import { getDb } from "./index";
import { setAnswer } from "./mutations/answers";
import { setPostHidden, setThreadLocked } from "./mutations/moderation";
import { createReply, deleteReply } from "./mutations/replies";
import { createStory } from "./mutations/stories";
import { getPostHistory } from "./queries/revisions";
import { getReplyForEdit, getThread, listThreads } from "./queries/threads";
import { memberReplies, memberThreads } from "./queries/profiles";
import { searchPosts } from "./queries/search";
import { answerMarks, notifications, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, aThread, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let asker: string;
let grace: string;
let alan: string;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  asker = (await aMember({ login: "asker" })).id;
  grace = (await aMember({ login: "grace" })).id;
  alan = (await aMember({ login: "alan" })).id;
  mod = (await aMember({ login: "the-mod", role: "moderator" })).id;
});
afterAll(() => done());

/** A discussion by the asker with a reply from grace and one from alan. */
async function discussion() {
  const { id } = await aThread(asker, { title: "Which course first?" });
  const fromGrace = (await createReply(grace, id, { body: "Start with fast.ai, then build a project." })).id;
  const fromAlan = (await createReply(alan, id, { body: "Andrew Ng's course." })).id;
  return { id, fromGrace, fromAlan };
}

const answerOf = async (id: number) =>
  (await getDb().select({ a: threads.answerReplyId }).from(threads).where(eq(threads.id, id)))[0].a;
const told = (recipientId: string, replyId: number) =>
  getDb()
    .select({ kind: notifications.kind, actorId: notifications.actorId })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.replyId, replyId)));

describe("marking the answer that helped", () => {
  it("the asker marks a reply: the thread shows it under the opening post, and its author is told", async () => {
    const t = await discussion();
    const result = await setAnswer(asker, t.id, t.fromGrace);
    expect(result.answerReplyId).toBe(t.fromGrace);
    // Its page, the home list (Unanswered) and its category's lists; the item tag reaches every other list.
    expect(result.changed).toEqual(
      expect.arrayContaining([tags.thread(t.id), tags.threads, tags.category("getting-started")]),
    );
    const thread = await getThread(t.id);
    expect(thread?.answer).toMatchObject({
      id: t.fromGrace,
      excerpt: "Start with fast.ai, then build a project.",
      author: { id: grace, login: "grace" },
    });
    expect(thread?.answer?.createdAt).toBeInstanceOf(Date);
    expect(await told(grace, t.fromGrace)).toEqual([{ kind: "answer", actorId: asker }]);
    expect((await getReplyForEdit(t.fromGrace))?.isAnswer).toBe(true);
    expect((await getReplyForEdit(t.fromAlan))?.isAnswer).toBe(false);
  });

  it("changing the mark moves it, unmarking takes it off, and each change is in the thread's history", async () => {
    const t = await discussion();
    await setAnswer(asker, t.id, t.fromGrace);
    await setAnswer(asker, t.id, t.fromAlan);
    expect(await answerOf(t.id)).toBe(t.fromAlan);
    expect(await told(alan, t.fromAlan)).toHaveLength(1);
    expect((await setAnswer(asker, t.id, null)).answerReplyId).toBeNull();
    expect(await answerOf(t.id)).toBeNull();
    expect((await getThread(t.id))?.answer).toBeNull();
    const history = await getPostHistory({ threadId: t.id });
    expect(
      history?.answerMarks.map((m) => ({
        actor: m.actor?.login,
        reply: m.reply?.author.login ?? null,
        previous: m.previous?.author.login ?? null,
        reason: m.reason,
      })),
    ).toEqual([
      { actor: "asker", reply: null, previous: "alan", reason: "chosen" },
      { actor: "asker", reply: "alan", previous: "grace", reason: "chosen" },
      { actor: "asker", reply: "grace", previous: null, reason: "chosen" },
    ]);
    // Older pages of a history are about the text's versions only.
    expect(history?.answerMarks[0].at).toBeInstanceOf(Date);
  });

  it("marking the same reply again changes nothing, expires nothing and tells nobody twice", async () => {
    const t = await discussion();
    await setAnswer(asker, t.id, t.fromGrace);
    expect((await setAnswer(asker, t.id, t.fromGrace)).changed).toEqual([]);
    expect((await setAnswer(asker, (await discussion()).id, null)).changed).toEqual([]);
    await setAnswer(asker, t.id, null);
    await setAnswer(asker, t.id, t.fromGrace);
    expect(await told(grace, t.fromGrace)).toHaveLength(1);
    expect(await getDb().select().from(answerMarks).where(eq(answerMarks.threadId, t.id))).toHaveLength(3);
  });

  it("nobody is told of marking their own reply; a moderator's mark tells the reply's author", async () => {
    const t = await discussion();
    const own = (await createReply(asker, t.id, { body: "Found it myself: the docs." })).id;
    await setAnswer(asker, t.id, own);
    expect(await told(asker, own)).toEqual([]);
    await setAnswer(mod, t.id, t.fromGrace);
    expect(await answerOf(t.id)).toBe(t.fromGrace);
    expect(await told(grace, t.fromGrace)).toEqual([{ kind: "answer", actorId: mod }]);
  });

  it("others may not mark; stories have no answer; locked threads only by moderators", async () => {
    const t = await discussion();
    await expect(setAnswer(grace, t.id, t.fromGrace)).rejects.toThrow(
      new ForbiddenError("Only the thread's author or a moderator can mark the answer."),
    );
    const { id: story } = await createStory(asker, sampleStory("Bookkeeper to ML engineer"));
    const storyReply = (await createReply(grace, story, { body: "Congratulations!" })).id;
    await expect(setAnswer(asker, story, storyReply)).rejects.toThrow("Only discussions have an answer to mark.");
    await setThreadLocked(mod, t.id, true, { reason: "Settled", note: null });
    await expect(setAnswer(asker, t.id, t.fromGrace)).rejects.toThrow(/locked/);
    await setAnswer(mod, t.id, t.fromGrace);
    expect(await answerOf(t.id)).toBe(t.fromGrace);
    expect(await getDb().select().from(answerMarks).where(eq(answerMarks.threadId, story))).toEqual([]);
  });

  it("only a live reply of this thread: another thread's, a deleted or hidden one, or none at all is refused", async () => {
    const t = await discussion();
    const other = await discussion();
    await expect(setAnswer(asker, t.id, other.fromGrace)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setAnswer(asker, t.id, 987_654_321)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setAnswer(asker, 987_654_321, null)).rejects.toBeInstanceOf(NotFoundError);
    await deleteReply(alan, t.fromAlan);
    await expect(setAnswer(asker, t.id, t.fromAlan)).rejects.toThrow("This reply was deleted.");
    await setPostHidden(mod, { replyId: t.fromGrace }, true, { reason: "Spam", note: null });
    await expect(setAnswer(asker, t.id, t.fromGrace)).rejects.toThrow("This reply is hidden by the moderators.");
    expect(await answerOf(t.id)).toBeNull();
  });

  it("a deleted or hidden answer stops being the answer, and the history says why", async () => {
    const deleted = await discussion();
    await setAnswer(asker, deleted.id, deleted.fromGrace);
    const { changed } = await deleteReply(grace, deleted.fromGrace);
    expect(changed).toEqual(expect.arrayContaining([tags.threads, tags.thread(deleted.id)]));
    expect(await answerOf(deleted.id)).toBeNull();
    expect((await getPostHistory({ threadId: deleted.id }))?.answerMarks[0]).toMatchObject({
      reason: "reply-deleted",
      actor: { login: "grace" },
      reply: null,
      previous: { id: deleted.fromGrace },
    });

    const hidden = await discussion();
    await setAnswer(asker, hidden.id, hidden.fromAlan);
    const hide = await setPostHidden(mod, { replyId: hidden.fromAlan }, true, { reason: "Off-topic", note: null });
    expect(hide.changed).toContain(tags.threads);
    expect((await getThread(hidden.id))?.answer).toBeNull();
    // Restoring the reply does not bring the mark back: the asker may mark it again.
    await setPostHidden(mod, { replyId: hidden.fromAlan }, false, { reason: "Fine after all", note: null });
    expect(await answerOf(hidden.id)).toBeNull();
    await setAnswer(asker, hidden.id, hidden.fromAlan);
    expect(await answerOf(hidden.id)).toBe(hidden.fromAlan);
    // Deleting or hiding a reply that is not the answer leaves the mark alone.
    const bystander = (await createReply(grace, hidden.id, { body: "Me too." })).id;
    await deleteReply(grace, bystander);
    expect(await answerOf(hidden.id)).toBe(hidden.fromAlan);
    expect((await getPostHistory({ threadId: hidden.id }))?.answerMarks).toHaveLength(3);
  });

  it("a hidden thread's repliers are not told of a moderator's mark", async () => {
    const t = await discussion();
    await setPostHidden(mod, { threadId: t.id }, true, { reason: "Spam", note: null });
    await expect(setAnswer(asker, t.id, t.fromGrace)).rejects.toThrow("This thread is hidden by the moderators.");
    await setAnswer(mod, t.id, t.fromGrace);
    expect(await told(grace, t.fromGrace)).toEqual([]);
    expect((await getThread(t.id))?.answer).toBeNull();
  });

  it("thread lists, profiles and search say which threads are answered, and which reply is the answer", async () => {
    const t = await discussion();
    await setAnswer(asker, t.id, t.fromAlan);
    const untouched = await discussion();
    const { threads: listed } = await listThreads(null, 100);
    expect(listed.find((row) => row.id === t.id)?.answered).toBe(true);
    expect(listed.find((row) => row.id === untouched.id)?.answered).toBe(false);
    // The Unanswered list: the untouched one, never the answered one.
    const { threads: unanswered } = await listThreads(null, 100, "active", "unanswered");
    expect(unanswered.map((row) => row.id)).toContain(untouched.id);
    expect(unanswered.map((row) => row.id)).not.toContain(t.id);

    const { items: asked } = await memberThreads(asker, "discussion", null, 20);
    expect(asked.find((row) => row.id === t.id)?.answered).toBe(true);
    const { items: answers } = await memberReplies(alan, null, 20);
    expect(answers.find((row) => row.id === t.fromAlan)?.isAnswer).toBe(true);

    const found = await searchPosts({ q: "Andrew Ng", kind: null, category: null, tag: null, story: {}, page: 1 });
    const hit = found.results.find((r) => r.replyId === t.fromAlan);
    expect(hit?.answered).toBe(true);
    // The thread's other reply is not the answer.
    const other = await searchPosts({
      q: "fast.ai project",
      kind: "reply",
      category: null,
      tag: null,
      story: {},
      page: 1,
    });
    expect(other.results.find((r) => r.replyId === t.fromGrace)?.answered).toBe(false);
    const titles = await searchPosts({
      q: "Which course first",
      kind: "discussion",
      category: null,
      tag: null,
      story: {},
      page: 1,
    });
    expect(titles.results.find((r) => r.thread.id === t.id)?.answered).toBe(true);
    expect(titles.results.find((r) => r.thread.id === untouched.id)?.answered).toBe(false);
  });
});
