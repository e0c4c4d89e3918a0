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
  it("a discussion: its page, the list of discussions, its category's page and the category index", async () => {
    const { id, changed } = await createThread(ada, thread);
    // Filed under the default category, with no tags.
    const category = tags.category("getting-started");
    expect(changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada), category, tags.categories]);
    // An edit without a category or tags leaves them, but the title shows on the category page.
    expect((await updateThread(ada, id, thread)).changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada), category]);

    const reply = await createReply(grace, id, { body: "A reply." });
    expect(reply.changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), tags.threads, category]);
    // An edit changes neither the count nor the last activity the list shows.
    expect((await updateReply(grace, reply.id, { body: "Edited." })).changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace)]);
    expect((await deleteReply(grace, reply.id)).changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), tags.threads, category]);
    expect((await deleteThread(ada, id)).changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada), category, tags.categories]);
  });

  it("a discussion's category and tags: every page that lists it before or after a write", async () => {
    const { id, changed } = await createThread(ada, { ...thread, category: "learning-resources", tags: ["pytorch", "books"] });
    const filed = [tags.category("learning-resources"), tags.tag("pytorch"), tags.tag("books")];
    expect(changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada), ...filed, tags.categories]);
    const moved = await updateThread(ada, id, { ...thread, category: "off-topic", tags: ["pytorch", "kaggle"] });
    expect(moved.changed).toEqual([
      tags.thread(id),
      tags.threads,
      tags.postsBy(ada),
      ...filed,
      tags.category("off-topic"),
      tags.tag("kaggle"),
      tags.categories,
    ]);
    const reply = await createReply(grace, id, { body: "Bumps it on its category and tag pages." });
    expect(reply.changed).toEqual(expect.arrayContaining([tags.category("off-topic"), tags.tag("pytorch"), tags.tag("kaggle")]));
    expect(reply.changed).not.toContain(tags.tag("books"));
  });

  it("a story: its page, the story lists and the insights; a helpful mark leaves the insights alone", async () => {
    const { id, changed } = await createStory(ada, { ...story, tags: ["kaggle"] });
    const all = [tags.thread(id), tags.stories, tags.insights, tags.postsBy(ada)];
    const filed = [tags.category("success-stories"), tags.tag("kaggle")];
    expect(changed).toEqual([...all, ...filed, tags.categories]);
    expect((await updateStory(ada, id, story)).changed).toEqual([...all, ...filed]);
    expect((await updateStory(ada, id, { ...story, tags: ["referrals"] })).changed).toEqual([...all, ...filed, tags.tag("referrals")]);
    expect((await toggleHelpful(grace, { threadId: id })).changed).toEqual([tags.thread(id), tags.stories, tags.postsBy(ada)]);
    // A reply to a story shows on its page and where it is filed: story cards show no reply counts.
    const reply = await createReply(grace, id, { body: "Thanks." });
    expect(reply.changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), tags.category("success-stories"), tags.tag("referrals")]);
    expect((await deleteStory(ada, id)).changed).toEqual([...all, tags.category("success-stories"), tags.tag("referrals"), tags.categories]);
  });
});
