// Each write names the cached pages it changed (lib/cache-tags.ts); lib/invalidate.ts expires exactly
// those. A tag missing here is a page that would keep showing the old text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tags } from "@/lib/cache-tags";
import { getDb } from "./index";
import { createReply, deleteReply, updateReply } from "./mutations/replies";
import { createStory, deleteStory, updateStory } from "./mutations/stories";
import { toggleHelpful } from "./mutations/votes";
import { createThread, deleteThread, updateThread } from "./mutations/threads";
import { users } from "./schema";
import { useFreshDatabase } from "./test-database";
import { sampleStory } from "./test-story";

let done: () => Promise<void>;
let ada: string;
let grace: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  [ada, grace] = (await getDb().insert(users).values([{ login: "ada" }, { login: "grace" }]).returning({ id: users.id })).map((r) => r.id);
});
afterAll(() => done());

const thread = { title: "Tags of a thread", body: "Text." };
const story = sampleStory("Tags of a story");

describe("the tags a write changes", () => {
  it("a discussion: its page and the list of discussions", async () => {
    const { id, changed } = await createThread(ada, thread);
    expect(changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada)]);
    expect((await updateThread(ada, id, thread)).changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada)]);

    const reply = await createReply(grace, id, { body: "A reply." });
    expect(reply.changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), tags.threads]);
    // An edit changes neither the count nor the last activity the list shows.
    expect((await updateReply(grace, reply.id, { body: "Edited." })).changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace)]);
    expect((await deleteReply(grace, reply.id)).changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), tags.threads]);
    expect((await deleteThread(ada, id)).changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada)]);
  });

  it("a story: its page, the story lists and the insights; a helpful mark leaves the insights alone", async () => {
    const { id, changed } = await createStory(ada, story);
    const all = [tags.thread(id), tags.stories, tags.insights, tags.postsBy(ada)];
    expect(changed).toEqual(all);
    expect((await updateStory(ada, id, story)).changed).toEqual(all);
    expect((await toggleHelpful(grace, { threadId: id })).changed).toEqual([tags.thread(id), tags.stories, tags.postsBy(ada)]);
    // A reply to a story shows on its page only: story cards show no reply counts.
    const reply = await createReply(grace, id, { body: "Thanks." });
    expect(reply.changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace)]);
    expect((await deleteStory(ada, id)).changed).toEqual(all);
  });
});
