// Categories and tags: what is stored, which lists show what in which order, page by page, and that
// hidden and deleted threads never show. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tags as cacheTags } from "@/lib/cache-tags";
import { CATEGORIES, categoryBySlug } from "@/lib/categories";
import { type NumberCursor, decodeNumberCursor } from "@/lib/urls/cursor";
import { ForbiddenError } from "@/lib/errors";
import type { ThreadSort } from "@/lib/urls/thread-sorts";
import { discussionInput } from "@/lib/validation";
import { getDb } from "./index";
import { createReply } from "./mutations/replies";
import { setPostHidden } from "./mutations/moderation";
import { createStory, deleteStory, updateStory } from "./mutations/stories";
import { createThread, deleteThread, updateThread } from "./mutations/threads";
import { findTag, listCategories, listCategoryThreads, listTagCounts, listTagThreads } from "./queries/thread-lists";
import { getStory } from "./queries/stories";
import { getThread, listThreads } from "./queries/threads";
import { categories, tags, threadTags, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let ada: string;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember()).id;
  mod = (await aMember({ role: "moderator" })).id;
});
afterAll(() => done());

const why = { reason: "Testing", note: null };
const idOf = (category: string) => categoryBySlug(category)!.id;

/** Every page of a list, following its cursors, as lists of ids. */
async function allPages(
  list: (cursor: NumberCursor | null) => Promise<{ threads: { id: number }[]; nextCursor: string | null }>,
) {
  const pages: number[][] = [];
  let cursor: NumberCursor | null = null;
  for (;;) {
    const page = await list(cursor);
    pages.push(page.threads.map((t) => t.id));
    if (!page.nextCursor) return pages;
    cursor = decodeNumberCursor(page.nextCursor ?? undefined, "timestamp");
    expect(cursor).not.toBeNull();
  }
}

async function tagId(name: string) {
  return (await findTag(name))!.id;
}

describe("categories", () => {
  it("the table holds exactly the fixed set, in order", async () => {
    const rows = await getDb().select().from(categories).orderBy(asc(categories.position));
    expect(rows.map(({ id, slug, name, description }) => ({ id, slug, name, description }))).toEqual(
      CATEGORIES.map(({ id, slug, name, description }) => ({ id, slug, name, description })),
    );
  });

  it("a discussion is filed where its author chose, the default otherwise; a story under Success stories always", async () => {
    const chosen = await createThread(ada, {
      title: "Which course first?",
      body: "Text.",
      category: "learning-resources",
    });
    const plain = await createThread(ada, { title: "Filed by default", body: "Text." });
    const story = await createStory(ada, sampleStory("A story is a success story"));
    expect((await getThread(chosen.id))!.categoryId).toBe(idOf("learning-resources"));
    expect((await getThread(plain.id))!.categoryId).toBe(idOf("getting-started"));
    expect((await getThread(story.id))!.categoryId).toBe(idOf("success-stories"));
  });

  it("a discussion cannot be filed under Success stories, in the form or in the mutation", async () => {
    const parsed = discussionInput.safeParse({
      title: "Not a story",
      body: "Text.",
      category: "success-stories",
      tags: "",
    });
    expect(parsed.success).toBe(false);
    await expect(
      createThread(ada, { title: "Not a story", body: "Text.", category: "success-stories" }),
    ).rejects.toThrow(ForbiddenError);
    expect(await getDb().select().from(threads).where(eq(threads.title, "Not a story"))).toEqual([]);
  });

  it("an edit moves a discussion to another category", async () => {
    const { id } = await createThread(ada, { title: "Moving thread", body: "Text.", category: "off-topic" });
    await updateThread(ada, id, { title: "Moving thread", body: "Text.", category: "job-search-and-interviews" });
    expect((await getThread(id))!.categoryId).toBe(idOf("job-search-and-interviews"));
  });

  it("lists a category's threads by activity or by age, page by page, never hidden or deleted ones", async () => {
    const projects = idOf("projects-and-portfolios");
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await createThread(ada, { title: `Project ${i}`, body: `Project ${i}.`, category: "projects-and-portfolios" }))
          .id,
      );
    // The oldest becomes the most recently active.
    await createReply(ada, ids[0], { body: "Bump." });
    const byActivity = await allPages((cursor) => listCategoryThreads(projects, "active", cursor, 2));
    expect(byActivity).toEqual([[ids[0], ids[4]], [ids[3], ids[2]], [ids[1]]]);
    const byAge = await allPages((cursor) => listCategoryThreads(projects, "new", cursor, 2));
    expect(byAge).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);

    await setPostHidden(mod, { threadId: ids[3] }, true, why);
    await deleteThread(ada, ids[2]);
    expect((await allPages((cursor) => listCategoryThreads(projects, "new", cursor, 2))).flat()).toEqual([
      ids[4],
      ids[1],
      ids[0],
    ]);
    // Other categories' threads never show.
    expect(
      (await listCategoryThreads(idOf("off-topic"), "active", null)).threads.every(
        (t) => t.categoryId === idOf("off-topic"),
      ),
    ).toBe(true);
  });

  it("counts each category's listed threads for the index", async () => {
    const before = new Map((await listCategories()).map((c) => [c.slug, c.threads]));
    const { id } = await createThread(ada, { title: "Counted", body: "Counted.", category: "off-topic" });
    const hidden = await createThread(ada, { title: "Hidden, not counted", body: "Hidden.", category: "off-topic" });
    await setPostHidden(mod, { threadId: hidden.id }, true, why);
    const after = await listCategories();
    expect(after.map((c) => c.slug)).toEqual(CATEGORIES.map((c) => c.slug));
    expect(after.find((c) => c.slug === "off-topic")!.threads).toBe(before.get("off-topic")! + 1);
    await deleteThread(ada, id);
    expect((await listCategories()).find((c) => c.slug === "off-topic")!.threads).toBe(before.get("off-topic")!);
  });
});

describe("tags", () => {
  it("are stored normalised, deduplicated, in the order written", async () => {
    const input = discussionInput.parse({
      title: "Tagged thread",
      body: "Text.",
      category: "getting-started",
      tags: " PyTorch, Computer  Vision,pytorch, node.js ,,",
    });
    expect(input.tags).toEqual(["pytorch", "computer-vision", "node-js"]);
    const { id } = await createThread(ada, input);
    expect((await getThread(id))!.tags).toEqual(["pytorch", "computer-vision", "node-js"]);
    // One row per tag, shared between posts.
    const again = await createThread(ada, { title: "Also PyTorch", body: "Text.", tags: ["pytorch"] });
    expect((await getThread(again.id))!.tags).toEqual(["pytorch"]);
    expect(await getDb().select().from(tags).where(eq(tags.name, "pytorch"))).toHaveLength(1);
  });

  it("more than five are refused with a message, and nothing is written", async () => {
    const six = "a, b, c, d, e, f";
    const parsed = discussionInput.safeParse({
      title: "Six tags",
      body: "Text.",
      category: "getting-started",
      tags: six,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(["Use at most 5 tags."]);

    const threadsBefore = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(threads);
    const tagsBefore = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(tags);
    await expect(
      createThread(ada, { title: "Six tags", body: "Text.", tags: ["a", "b", "c", "d", "e", "f"] }),
    ).rejects.toThrow("Use at most 5 tags.");
    expect(
      await getDb()
        .select({ n: sql<number>`count(*)::int` })
        .from(threads),
    ).toEqual(threadsBefore);
    expect(
      await getDb()
        .select({ n: sql<number>`count(*)::int` })
        .from(tags),
    ).toEqual(tagsBefore);

    // An edit with six changes neither the tags nor the text.
    const { id } = await createThread(ada, { title: "Five tags", body: "Text.", tags: ["a1", "b1", "c1", "d1", "e1"] });
    await expect(
      updateThread(ada, id, { title: "Renamed", body: "Text.", tags: ["a1", "b1", "c1", "d1", "e1", "f1"] }),
    ).rejects.toThrow(ForbiddenError);
    const kept = (await getThread(id))!;
    expect(kept.title).toBe("Five tags");
    expect(kept.tags).toEqual(["a1", "b1", "c1", "d1", "e1"]);
    // Nor can a caller store a tag the form would not have made.
    await expect(createThread(ada, { title: "Raw tag", body: "Text.", tags: ["Not Normal"] })).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("an edit replaces them; a story carries them too", async () => {
    const { id } = await createThread(ada, { title: "Retagged", body: "Text.", tags: ["old-tag"] });
    await updateThread(ada, id, { title: "Retagged", body: "Text.", tags: ["new-tag"] });
    expect((await getThread(id))!.tags).toEqual(["new-tag"]);
    // Left out of an edit, they stay.
    await updateThread(ada, id, { title: "Retagged again", body: "Text." });
    expect((await getThread(id))!.tags).toEqual(["new-tag"]);

    const story = await createStory(ada, { ...sampleStory("A tagged story"), tags: ["kaggle", "career-change"] });
    expect((await getStory(story.id))!.tags).toEqual(["kaggle", "career-change"]);
    await updateStory(ada, story.id, { ...sampleStory("A tagged story"), tags: ["kaggle"] });
    expect((await getStory(story.id))!.tags).toEqual(["kaggle"]);
  });

  it("the tag index counts each tag's listed posts, the most used first, then by name", async () => {
    await createThread(ada, { title: "Counted a", body: "Counted a.", tags: ["count-two", "count-b-one"] });
    await createStory(ada, { ...sampleStory("A counted story"), tags: ["count-two", "count-a-one"] });
    const hidden = await createThread(ada, {
      title: "Counted hidden",
      body: "Counted hidden.",
      tags: ["count-two", "count-hidden"],
    });
    await setPostHidden(mod, { threadId: hidden.id }, true, why);
    const gone = await createThread(ada, { title: "Counted gone", body: "Counted gone.", tags: ["count-two"] });
    await deleteThread(ada, gone.id);
    const ours = (await listTagCounts()).filter((t) => t.name.startsWith("count-"));
    expect(ours).toEqual([
      { name: "count-two", posts: 2 },
      { name: "count-a-one", posts: 1 },
      { name: "count-b-one", posts: 1 },
    ]);
  });

  it("a tag's page lists its threads and stories by activity or age, page by page, never hidden or deleted ones", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (await createThread(ada, { title: `Listed ${i}`, body: `Listed ${i}.`, tags: ["listed", `other-${i}`] })).id,
      );
    ids.push((await createStory(ada, { ...sampleStory("A listed story"), tags: ["listed"] })).id);
    const listed = await tagId("listed");
    const pages = (sort: ThreadSort) => allPages((cursor) => listTagThreads(listed, sort, cursor, 2));
    expect(await pages("new")).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);
    // A reply moves a thread up the activity order: thread_tags' copy follows in the same transaction.
    await createReply(ada, ids[1], { body: "Bump." });
    expect(await pages("active")).toEqual([[ids[1], ids[4]], [ids[3], ids[2]], [ids[0]]]);
    expect((await listTagThreads(listed, "active", null)).threads.find((t) => t.id === ids[4])!.kind).toBe("story");

    await setPostHidden(mod, { threadId: ids[3] }, true, why);
    await deleteThread(ada, ids[2]);
    await deleteStory(ada, ids[4]);
    expect((await pages("active")).flat()).toEqual([ids[1], ids[0]]);
    // Restored, it is back in its place.
    await setPostHidden(mod, { threadId: ids[3] }, false, why);
    expect((await pages("new")).flat()).toEqual([ids[3], ids[1], ids[0]]);
    // The copies always match the thread.
    const drift = await getDb()
      .select({ id: threadTags.threadId })
      .from(threadTags)
      .innerJoin(threads, eq(threads.id, threadTags.threadId))
      .where(
        sql`${threadTags.lastActivityAt} <> ${threads.lastActivityAt} or ${threadTags.createdAt} <> ${threads.createdAt}
          or ${threadTags.listed} <> (${threads.deletedAt} is null and ${threads.hiddenAt} is null)`,
      );
    expect(drift).toEqual([]);
  });

  it("hiding or restoring a thread names its category and tag pages and the category index", async () => {
    const { id } = await createThread(ada, {
      title: "To hide",
      body: "Text.",
      category: "off-topic",
      tags: ["hideme"],
    });
    const { changed } = await setPostHidden(mod, { threadId: id }, true, why);
    expect(changed).toEqual(
      expect.arrayContaining([cacheTags.category("off-topic"), cacheTags.tag("hideme"), cacheTags.categories]),
    );
  });
});

describe("the home list's orders", () => {
  it("active and new, page by page", async () => {
    const a = await createThread(ada, { title: "Home A", body: "Home A." });
    const b = await createThread(ada, { title: "Home B", body: "Home B." });
    await createReply(ada, a.id, { body: "Bump." });
    const first = (sort: ThreadSort) => listThreads(null, 2, sort).then((p) => p.threads.map((t) => t.id));
    expect(await first("active")).toEqual([a.id, b.id]);
    expect(await first("new")).toEqual([b.id, a.id]);
    const page = await listThreads(null, 1, "new");
    const next = await listThreads(decodeNumberCursor(page.nextCursor!, "timestamp"), 1, "new");
    expect(next.threads.map((t) => t.id)).toEqual([a.id]);
  });
});
