// A list's cursor names a real position (db/queries/positions.ts) exactly when the list itself could
// have made it: every page's next cursor, in every order, is one; a cursor changed in any part is not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NumberCursor, decodeCursor } from "@/lib/urls/cursor";
import { SORTS } from "@/lib/stories/story-filters";
import { THREAD_SORTS, decodeThreadCursor } from "@/lib/urls/thread-sorts";
import { decodeStoryCursor } from "@/lib/stories/story-filters";
import { createStory } from "./mutations/stories";
import { createThread } from "./mutations/threads";
import {
  memberPositionExists,
  modLogPositionExists,
  questionPositionExists,
  replyPositionExists,
  storyPositionExists,
  threadExists,
  threadPositionExists,
} from "./queries/positions";
import { listStories } from "./queries/stories";
import { listReplies, listThreads } from "./queries/threads";
import { memberReplies, memberThreads } from "./queries/profiles";
import { logEntries } from "./queries/moderation";
import { setThreadLocked } from "./mutations/moderation";
import { setAnswer } from "./mutations/answers";
import { createReply } from "./mutations/replies";
import { useFreshDatabase } from "./test/database";
import { aMember, aThread, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let threadId: number;
let userId: string;
let replyIds: number[];

beforeAll(async () => {
  done = await useFreshDatabase();
  userId = (await aMember({ login: "positioned", role: "moderator" })).id;
  for (let i = 0; i < 5; i++) await createThread(userId, { title: `Thread number ${i}`, body: "Hello" });
  for (let i = 0; i < 5; i++) await createStory(userId, sampleStory(`Story number ${i}`));
  ({ id: threadId, replyIds } = await aThread(userId, {
    title: "The one with replies",
    body: "Reply here",
    replies: 5,
  }));
});
afterAll(() => done());

const changed = (cursor: NumberCursor): NumberCursor[] => [
  { ...cursor, value: cursor.value + 1 },
  { ...cursor, value: cursor.value === 0 ? 2 : cursor.value - 1 },
  { ...cursor, id: cursor.id + 1000 },
];

describe("list positions", () => {
  it("every thread list's cursors, in every order, name real positions, and changed ones do not", async () => {
    for (const { slug: sort } of THREAD_SORTS) {
      const { nextCursor } = await listThreads(null, 2, sort);
      const cursor = decodeThreadCursor(nextCursor, sort)!;
      expect(cursor, sort).not.toBeNull();
      expect(await threadPositionExists(sort, cursor), sort).toBe(true);
      for (const junk of changed(cursor))
        expect(await threadPositionExists(sort, junk), `${sort} ${JSON.stringify(junk)}`).toBe(false);
    }
  });

  it("an Unanswered list's cursors name unanswered discussions; once answered, the thread has left that list", async () => {
    for (const { slug: sort } of THREAD_SORTS) {
      const { nextCursor } = await listThreads(null, 2, sort, "unanswered");
      const cursor = decodeThreadCursor(nextCursor, sort)!;
      expect(cursor, sort).not.toBeNull();
      expect(await threadPositionExists(sort, cursor, true), sort).toBe(true);
    }
    const { nextCursor } = await listThreads(null, 1, "new", "unanswered");
    const cursor = decodeThreadCursor(nextCursor, "new")!;
    const reply = (await createReply(userId, cursor.id, { body: "The answer" })).id;
    await setAnswer(userId, cursor.id, reply);
    // The reply moved its activity, not its creation time: the New order's cursor still names it.
    expect(await threadPositionExists("new", cursor)).toBe(true);
    expect(await threadPositionExists("new", cursor, true)).toBe(false);
  });

  it("every story list's cursors, in every order, name real positions, and changed ones do not", async () => {
    for (const { slug: sort } of SORTS) {
      const { nextCursor } = await listStories({}, sort, null, 2);
      const cursor = decodeStoryCursor(nextCursor ?? undefined, sort)!;
      expect(cursor, sort).not.toBeNull();
      expect(await storyPositionExists(sort, cursor), sort).toBe(true);
      for (const junk of changed(cursor))
        expect(await storyPositionExists(sort, junk), `${sort} ${JSON.stringify(junk)}`).toBe(false);
    }
  });

  it("a member's lists and the moderation log page from their own rows only", async () => {
    const threadsPage = await memberThreads(userId, "discussion", null, 2);
    const storiesPage = await memberThreads(userId, "story", null, 2);
    const repliesPage = await memberReplies(userId, null, 2);
    for (const [of, next] of [
      ["threads", threadsPage.next],
      ["stories", storiesPage.next],
      ["replies", repliesPage.next],
    ] as const) {
      const cursor = decodeCursor(next ?? undefined)!;
      expect(cursor, of).not.toBeNull();
      expect(await memberPositionExists("positioned", of, cursor), of).toBe(true);
      expect(await memberPositionExists("someone-else", of, cursor), of).toBe(false);
      expect(
        await memberPositionExists("positioned", of, { ...cursor, at: new Date(cursor.at.getTime() + 1) }),
        of,
      ).toBe(false);
      expect(await memberPositionExists("positioned", of, { ...cursor, id: cursor.id + 1000 }), of).toBe(false);
    }
    // A story's cursor is no position on the discussions list, nor the other way round.
    expect(await memberPositionExists("positioned", "threads", decodeCursor(storiesPage.next ?? undefined)!)).toBe(
      false,
    );

    await setThreadLocked(userId, threadId, true, { reason: "Enough said", note: null });
    const [entry] = (await logEntries({ withNotes: false })).entries;
    expect(await modLogPositionExists(entry.id)).toBe(true);
    expect(await modLogPositionExists(entry.id + 1000)).toBe(false);
  });

  it("a story's questions page starts after one of that story's questions, and nothing else", async () => {
    const asker = (await aMember({ login: "position-asker" })).id;
    const { id: storyId } = await createStory(userId, sampleStory("Story with questions"));
    const question = await createReply(asker, storyId, { body: "A question for the positions", question: true });
    const plain = await createReply(asker, storyId, { body: "Just a reply, not a question" });
    expect(await questionPositionExists(storyId, question.id)).toBe(true);
    // A reply that is not a question, another story's question, an invented id: no position.
    expect(await questionPositionExists(storyId, plain.id)).toBe(false);
    expect(await questionPositionExists(threadId, question.id)).toBe(false);
    expect(await questionPositionExists(storyId, question.id + 1000)).toBe(false);
  });

  it("a replies page starts after or ends before one of the thread's replies, or one past it", async () => {
    const page = await listReplies(threadId, {}, 2);
    const last = page.replies.at(-1)!.id;
    expect(await replyPositionExists(threadId, { after: last })).toBe(true);
    expect(await replyPositionExists(threadId, { before: replyIds[3] })).toBe(true);
    // Where a reply's own link points: the page that ends with it.
    expect(await replyPositionExists(threadId, { before: replyIds[4] + 1 })).toBe(true);
    for (const request of [
      { after: replyIds[4] + 50 },
      { before: replyIds[4] + 50 },
      { before: 999_999 },
      { after: 999_999 },
    ]) {
      expect(await replyPositionExists(threadId, request), JSON.stringify(request)).toBe(false);
    }
    // Another thread's reply is no position on this one.
    expect(await replyPositionExists(threadId - 1, { after: last })).toBe(false);
    expect(await threadExists(threadId)).toBe(true);
    expect(await threadExists(threadId + 1000)).toBe(false);
  });
});
