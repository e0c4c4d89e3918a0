// Read positions and what is new to a reader: through the per-reader state (db/queries/reader.ts),
// which reports a thread's state from before the view and then moves the position forward.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "./index";
import { setFollow } from "./mutations/follows";
import { setPostHidden } from "./mutations/moderation";
import { createReply, deleteReply } from "./mutations/replies";
import { createThread } from "./mutations/threads";
import { readerState } from "./queries/reader";
import { threadReads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember()).id;
  grace = (await aMember()).id;
  mod = (await aMember({ role: "moderator" })).id;
});
afterAll(() => done());

const position = async (userId: string, threadId: number) =>
  (await getDb().select().from(threadReads).where(eq(threadReads.userId, userId))).find((r) => r.threadId === threadId)
    ?.lastReadReplyId ?? null;

describe("read positions", () => {
  it("a thread's author has read nothing yet; new replies count for them, their own do not", async () => {
    const { id } = await createThread(ada, { title: "Ada's", body: "Go." });
    expect(await position(ada, id)).toBe(0);
    const r1 = await createReply(grace, id, { body: "One." });
    const r2 = await createReply(grace, id, { body: "Two." });
    const state = await readerState(ada, { threads: [id] });
    expect(state.unread).toEqual([{ id, newReplies: 2, firstUnreadId: r1.id, lastReadReplyId: 0 }]);
    // Grace replied: she has read up to her own reply, so nothing is new to her.
    expect(await position(grace, id)).toBe(r2.id);
    expect((await readerState(grace, { threads: [id] })).unread).toEqual([]);
  });

  it("opening a page moves the position to its last reply, never back, never past the thread's newest", async () => {
    const { id } = await createThread(ada, { title: "Positions", body: "Go." });
    const r1 = await createReply(grace, id, { body: "One." });
    const r2 = await createReply(grace, id, { body: "Two." });
    const r3 = await createReply(grace, id, { body: "Three." });
    // The state is from before this view: Ada had read nothing.
    const first = await readerState(ada, { thread: id, seen: r2.id });
    expect(first.thread).toMatchObject({
      id,
      follow: "following",
      lastReadReplyId: 0,
      lastReplyId: r3.id,
      firstUnreadId: r1.id,
    });
    expect(await position(ada, id)).toBe(r2.id);
    const again = await readerState(ada, { thread: id, seen: r1.id });
    expect(again.thread).toMatchObject({ lastReadReplyId: r2.id, firstUnreadId: r3.id });
    expect(await position(ada, id)).toBe(r2.id);
    await readerState(ada, { thread: id, seen: r3.id + 1000 });
    expect(await position(ada, id)).toBe(r3.id);
    expect((await readerState(ada, { threads: [id] })).unread).toEqual([]);
  });

  it("a reader who never opened a thread has no position and no unread mark; opening one with no replies starts at 0", async () => {
    const { id } = await createThread(ada, { title: "Unopened", body: "Go." });
    const state = await readerState(mod, { thread: id });
    expect(state.thread).toMatchObject({ follow: null, lastReadReplyId: null, firstUnreadId: null, lastReplyId: 0 });
    expect(await position(mod, id)).toBeNull();
    await readerState(mod, { thread: id, seen: 1 });
    expect(await position(mod, id)).toBe(0);
    const reply = await createReply(grace, id, { body: "New to the moderator." });
    expect((await readerState(mod, { threads: [id] })).unread).toEqual([
      { id, newReplies: 1, firstUnreadId: reply.id, lastReadReplyId: 0 },
    ]);
  });

  it("deleted and hidden replies are never new; muted threads show nothing new", async () => {
    const { id } = await createThread(ada, { title: "Placeholders", body: "Go." });
    const gone = await createReply(grace, id, { body: "Deleted later." });
    const hidden = await createReply(grace, id, { body: "Hidden later." });
    const kept = await createReply(grace, id, { body: "Kept." });
    await deleteReply(grace, gone.id);
    await setPostHidden(mod, { replyId: hidden.id }, true, { reason: "Spam", note: null });
    expect((await readerState(ada, { threads: [id] })).unread).toEqual([
      { id, newReplies: 1, firstUnreadId: kept.id, lastReadReplyId: 0 },
    ]);
    await setFollow(ada, id, "muted");
    expect((await readerState(ada, { threads: [id] })).unread).toEqual([]);
  });

  it("lists only the threads asked about", async () => {
    const a = await createThread(ada, { title: "Asked", body: "Go." });
    const b = await createThread(ada, { title: "Not asked", body: "Go." });
    await createReply(grace, a.id, { body: "New in a." });
    await createReply(grace, b.id, { body: "New in b." });
    expect((await readerState(ada, { threads: [a.id] })).unread.map((u) => u.id)).toEqual([a.id]);
  });
});
