import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { decodeThreadCursor } from "@/lib/urls/thread-sorts";
import { getDb } from "./index";
import { createReply, deleteReply, updateReply } from "./mutations/replies";
import { createThread, deleteThread, updateThread } from "./mutations/threads";
import { getReplyForEdit, getThread, listReplies, listThreads } from "./queries/threads";
import { replies, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, aThreadRow } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember({ login: "ada" })).id;
  grace = (await aMember()).id;
});
afterAll(() => done());

beforeEach(async () => {
  await getDb().delete(replies);
  await getDb().delete(threads);
});

const input = (title: string, body = "Some **markdown**.") => ({ title, body });

describe("threads", () => {
  it("stores the Markdown as written and its sanitized HTML", async () => {
    const { id } = await createThread(ada, input("Hello world", "Hi <script>x</script> [a](javascript:alert(1))"));
    const thread = await getThread(id);
    expect(thread?.body).toBe("Hi <script>x</script> [a](javascript:alert(1))");
    expect(thread?.bodyHtml).not.toMatch(/<script|javascript:/i);
    expect(thread?.author.login).toBe("ada");
  });

  it("lists most recently active first, and pages with a keyset cursor without gaps or repeats", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push((await createThread(ada, input(`Thread number ${i}`))).id);
    // Give two threads the same activity time, so the id tie-breaker matters.
    const same = new Date("2026-01-01T00:00:00.123Z");
    await getDb().update(threads).set({ lastActivityAt: same }).where(eq(threads.id, ids[2]));
    await getDb().update(threads).set({ lastActivityAt: same }).where(eq(threads.id, ids[3]));

    const seen: number[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const page = await listThreads(cursor, 3);
      seen.push(...page.threads.map((t) => t.id));
      cursor = decodeThreadCursor(page.nextCursor, "active");
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids[6], ids[5], ids[4], ids[1], ids[0], ids[3], ids[2]]);
  });

  it("a reply bumps the thread to the top and counts it", async () => {
    const first = await createThread(ada, input("First thread"));
    await createThread(ada, input("Second thread"));
    await createReply(grace, first.id, { body: "a reply" });
    const { threads: list } = await listThreads(null);
    expect(list[0].id).toBe(first.id);
    expect(list[0].replyCount).toBe(1);
  });

  it("only the author can edit or delete a thread", async () => {
    const { id } = await createThread(ada, input("Ada's thread"));
    await expect(updateThread(grace, id, input("Hijacked title"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteThread(grace, id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getThread(id))?.title).toBe("Ada's thread");

    await updateThread(ada, id, input("Ada's edited thread", "new *body*"));
    expect((await getThread(id))?.bodyHtml).toContain("<em>body</em>");
    await deleteThread(ada, id);
    expect(await getThread(id)).toBeNull();
    expect((await listThreads(null)).threads).toHaveLength(0);
  });

  it("a story cannot be edited or deleted as a plain thread", async () => {
    const story = await aThreadRow({ kind: "story", authorId: ada, title: "A story thread" });
    await expect(updateThread(ada, story.id, input("Changed title"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteThread(ada, story.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("unknown threads are NotFound for every write", async () => {
    await expect(updateThread(ada, 999_999, input("Nothing here"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(createReply(ada, 999_999, { body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await createThread(ada, input("Soon deleted"));
    await deleteThread(ada, id);
    await expect(createReply(ada, id, { body: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("replies", () => {
  it("pages forward and back in conversation order", async () => {
    const { id } = await createThread(ada, input("Long thread"));
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push((await createReply(i % 2 ? grace : ada, id, { body: `reply ${i}` })).id);

    const first = await listReplies(id, {}, 3);
    expect(first.replies.map((r) => r.id)).toEqual(ids.slice(0, 3));
    expect(first).toMatchObject({ hasEarlier: false, hasLater: true });

    const second = await listReplies(id, { after: ids[2] }, 3);
    expect(second.replies.map((r) => r.id)).toEqual(ids.slice(3, 6));
    expect(second).toMatchObject({ hasEarlier: true, hasLater: true });

    const last = await listReplies(id, { before: ids[6] + 1 }, 3);
    expect(last.replies.map((r) => r.id)).toEqual(ids.slice(4, 7));
    expect(last).toMatchObject({ hasEarlier: true, hasLater: false });

    const back = await listReplies(id, { before: ids[4] }, 3);
    expect(back.replies.map((r) => r.id)).toEqual(ids.slice(1, 4));
    expect(back).toMatchObject({ hasEarlier: true, hasLater: true });
  });

  it("a deleted reply keeps its place without its text, and the count drops", async () => {
    const { id } = await createThread(ada, input("Deletion"));
    const r1 = await createReply(grace, id, { body: "first" });
    await createReply(ada, id, { body: "second" });
    await expect(deleteReply(ada, r1.id)).rejects.toBeInstanceOf(ForbiddenError);
    await deleteReply(grace, r1.id);
    const page = await listReplies(id);
    expect(page.replies.map((r) => r.bodyHtml)).toEqual([null, "<p>second</p>"]);
    expect((await getThread(id))?.replyCount).toBe(1);
    // Deleting twice, or editing a deleted reply, finds nothing.
    await expect(deleteReply(grace, r1.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateReply(grace, r1.id, { body: "back" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getThread(id))?.replyCount).toBe(1);
  });

  it("replies written at once get their times in id order, and the thread's activity is the newest reply's", async () => {
    const { id } = await createThread(ada, input("Busy thread"));
    // On PostgreSQL these race over the pool's connections for the thread's row lock; PGlite runs them one by one.
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => createReply(i % 2 ? grace : ada, id, { body: `reply ${i}` })),
    );
    const rows = await getDb()
      .select({ id: replies.id, createdAt: replies.createdAt })
      .from(replies)
      .where(eq(replies.threadId, id))
      .orderBy(replies.id);
    expect(rows).toHaveLength(50);
    const outOfOrder = rows.slice(1).filter((row, i) => row.createdAt < rows[i].createdAt);
    expect(outOfOrder).toEqual([]);
    const thread = await getThread(id);
    expect(thread?.replyCount).toBe(50);
    expect(thread?.lastActivityAt).toEqual(rows.at(-1)!.createdAt);
  });

  it("only the author can edit a reply", async () => {
    const { id } = await createThread(ada, input("Editing"));
    const reply = await createReply(grace, id, { body: "original" });
    expect(reply.thread).toEqual({ id, title: "Editing", kind: "discussion" });
    await expect(updateReply(ada, reply.id, { body: "changed by ada" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getReplyForEdit(reply.id))?.body).toBe("original");
    expect(await updateReply(grace, reply.id, { body: "changed by grace" })).toMatchObject({
      id: reply.id,
      thread: reply.thread,
    });
    expect((await getReplyForEdit(reply.id))?.body).toBe("changed by grace");
    // Its edit page is public like every page: once deleted, its text is not on it.
    await deleteReply(grace, reply.id);
    expect(await getReplyForEdit(reply.id)).toMatchObject({ body: "", deletedAt: expect.any(Date) });
  });
});
