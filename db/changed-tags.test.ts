// Each write names the cached pages it changed (lib/cache-tags.ts); server/invalidate.ts expires exactly
// those. A tag missing here is a page that would keep showing the old text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tags } from "@/lib/cache-tags";
import { createReply, deleteReply, updateReply } from "./mutations/replies";
import { createStory, deleteStory, updateStory } from "./mutations/stories";
import { toggleHelpful } from "./mutations/votes";
import { createThread, deleteThread, updateThread } from "./mutations/threads";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let grace: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember()).id;
  grace = (await aMember()).id;
});
afterAll(() => done());

const thread = { title: "Tags of a thread", body: "Text." };
const story = sampleStory("Tags of a story");

describe("the tags a write changes", () => {
  // Lists carry the tag of every thread and story they show (lib/cache-tags.ts shownTags), so a write
  // names the rows it changed, and the lists themselves only when it changes which items they hold or
  // their order.
  it("a discussion: its page, the list of discussions, its category's page and the category index", async () => {
    const { id, changed } = await createThread(ada, thread);
    // Filed under the default category, with no tags.
    const category = tags.category("getting-started");
    expect(changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada), category, tags.categories]);
    // An edit without a category or tags leaves them: its title shows on lists that carry its tag.
    expect((await updateThread(ada, id, thread)).changed).toEqual([tags.thread(id), category]);

    // A reply moves the thread up the lists ordered by activity; its count shows under the thread's tag.
    const reply = await createReply(grace, id, { body: "A reply." });
    expect(reply.changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), tags.threads, category]);
    // An edit changes neither the count nor the last activity, nor which replies a profile lists.
    expect((await updateReply(grace, reply.id, { body: "Edited." })).changed).toEqual([
      tags.reply(reply.id),
      tags.thread(id),
    ]);
    expect((await deleteReply(grace, reply.id)).changed).toEqual([
      tags.reply(reply.id),
      tags.thread(id),
      tags.postsBy(grace),
      tags.threads,
      category,
    ]);

    // A helpful mark on the opening post reorders the Top lists it is in; one on a reply, none.
    expect((await toggleHelpful(grace, { threadId: id })).changed).toEqual([
      tags.thread(id),
      tags.threads,
      category,
      tags.postsBy(ada),
    ]);
    const another = await createReply(grace, id, { body: "Another reply." });
    expect((await toggleHelpful(ada, { replyId: another.id })).changed).toEqual([tags.thread(id), tags.postsBy(grace)]);
    // Gone, it takes its replies from their authors' counts.
    expect((await deleteThread(ada, id)).changed).toEqual([
      tags.thread(id),
      tags.threads,
      tags.postsBy(ada),
      category,
      tags.categories,
      tags.postsBy(grace),
    ]);
  });

  it("a discussion's category and tags: every page that lists it before or after a write", async () => {
    const { id, changed } = await createThread(ada, {
      ...thread,
      category: "learning-resources",
      tags: ["pytorch", "books"],
    });
    const filed = [tags.category("learning-resources"), tags.tag("pytorch"), tags.tag("books")];
    expect(changed).toEqual([tags.thread(id), tags.threads, tags.postsBy(ada), ...filed, tags.categories]);
    const moved = await updateThread(ada, id, { ...thread, category: "off-topic", tags: ["pytorch", "kaggle"] });
    expect(moved.changed).toEqual([
      tags.thread(id),
      ...filed,
      tags.category("off-topic"),
      tags.tag("kaggle"),
      tags.categories,
    ]);
    const reply = await createReply(grace, id, { body: "Bumps it on its category and tag pages." });
    expect(reply.changed).toEqual(
      expect.arrayContaining([tags.category("off-topic"), tags.tag("pytorch"), tags.tag("kaggle")]),
    );
    expect(reply.changed).not.toContain(tags.tag("books"));
  });

  it("a story: its page, the story lists and the insights; a helpful mark leaves the insights alone", async () => {
    const { id, changed } = await createStory(ada, { ...story, tags: ["kaggle"] });
    const facts = [tags.thread(id), tags.stories, tags.insights];
    const filed = [tags.category("success-stories"), tags.tag("kaggle")];
    expect(changed).toEqual([...facts, tags.postsBy(ada), ...filed, tags.categories]);
    // Its facts decide which filtered lists hold it, so an edit names the story lists too.
    expect((await updateStory(ada, id, story)).changed).toEqual([...facts, ...filed]);
    expect((await updateStory(ada, id, { ...story, tags: ["referrals"] })).changed).toEqual([
      ...facts,
      ...filed,
      tags.tag("referrals"),
    ]);
    const refiled = [tags.category("success-stories"), tags.tag("referrals")];
    expect((await toggleHelpful(grace, { threadId: id })).changed).toEqual([
      tags.thread(id),
      tags.stories,
      ...refiled,
      tags.postsBy(ada),
    ]);
    // A reply's count shows on the story's card in every list, under the story's own tag.
    const reply = await createReply(grace, id, { body: "Thanks." });
    expect(reply.changed).toEqual([tags.reply(reply.id), tags.thread(id), tags.postsBy(grace), ...refiled]);
    expect((await deleteStory(ada, id)).changed).toEqual([
      ...facts,
      tags.postsBy(ada),
      ...refiled,
      tags.categories,
      tags.postsBy(grace),
    ]);
  });
});
