// The reads behind the Atom feeds and the sitemap, against a real database: what they leave out
// (hidden, deleted, the other kind), their order, that each walks an index rather than a table, and
// that the feeds made of what they read are well-formed XML.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryFeedPath, categoryPath } from "@/lib/categories";
import { FEED_ENTRIES, escapeHtml, filedFeed, repliesFeed, storiesFeed, threadsFeed } from "@/lib/feeds";
import { tagFeedPath, tagPath } from "@/lib/tags";
import { childNamed, childrenNamed, parseXml } from "@/lib/test/xml";
import { discussionInput, replyInput } from "@/lib/validation";
import { getDb } from "./index";
import { setPostHidden } from "./mutations/moderation";
import { createReply, deleteReply } from "./mutations/replies";
import { createStory, deleteStory } from "./mutations/stories";
import { createThread, deleteThread } from "./mutations/threads";
import {
  feedCategoryThreads,
  feedReplies,
  feedStories,
  feedTagThreads,
  feedThreads,
  postsByActivity,
  sitemapPosts,
} from "./queries/feeds";
import { findTag, getCategory } from "./queries/thread-lists";
import { useFreshDatabase } from "./test/database";
import { type Member, aMember, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let seq = 0;
let mod: string;
const why = { reason: "Spam", note: null };

beforeAll(async () => {
  done = await useFreshDatabase();
  mod = await member("moderator");
});
afterAll(() => done());

const member = async (role: Member["role"] = "member") => (await aMember({ login: `feeder-${++seq}`, role })).id;

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe("the discussions feed", () => {
  it("has the newest live, visible discussions first, with their sanitized HTML and author, and no stories", async () => {
    const author = await member();
    const kept = await createThread(author, { title: "Kept in the feed", body: "Some **bold** words" });
    const hidden = await createThread(author, { title: "Hidden by a moderator", body: "Spam" });
    const deleted = await createThread(author, { title: "Deleted by its author", body: "Oops" });
    const story = await createStory(author, sampleStory("A story, not a discussion"));
    const newest = await createThread(author, { title: "Newest discussion", body: "Hello" });
    await setPostHidden(mod, { threadId: hidden.id }, true, why);
    await deleteThread(author, deleted.id);

    const rows = await feedThreads();
    expect(ids(rows).slice(0, 2)).toEqual([newest.id, kept.id]);
    expect(ids(rows)).not.toContain(hidden.id);
    expect(ids(rows)).not.toContain(deleted.id);
    expect(ids(rows)).not.toContain(story.id);
    const first = rows.find((r) => r.id === kept.id)!;
    expect(first.bodyHtml).toContain("<strong>bold</strong>");
    expect(first.author.login).toMatch(/^feeder-/);
    expect(first).toMatchObject({ kind: "discussion", hiddenAt: null, deletedAt: null });
  });

  it("holds at most the number asked for", async () => {
    const author = await member();
    for (let i = 0; i < 3; i++) await createThread(author, { title: `Filler ${i}`, body: `Filler body ${i}` });
    expect(await feedThreads(2)).toHaveLength(2);
  });
});

describe("the stories feed", () => {
  it("has the newest live, visible stories only", async () => {
    const author = await member();
    const older = await createStory(author, sampleStory("An older story"));
    const hidden = await createStory(author, sampleStory("A hidden story"));
    const deleted = await createStory(author, sampleStory("A deleted story"));
    const newer = await createStory(author, sampleStory("A newer story"));
    const discussion = await createThread(author, { title: "Not a story", body: "Talk" });
    await setPostHidden(mod, { threadId: hidden.id }, true, why);
    await deleteStory(author, deleted.id);

    const rows = await feedStories();
    expect(ids(rows).slice(0, 2)).toEqual([newer.id, older.id]);
    for (const gone of [hidden.id, deleted.id, discussion.id]) expect(ids(rows)).not.toContain(gone);
    expect(rows[0]).toMatchObject({ kind: "story", title: "A newer story" });
  });
});

describe("a thread's replies feed", () => {
  it("has its visible replies, newest first, and none that were hidden or deleted", async () => {
    const [author, replier] = [await member(), await member()];
    const thread = await createThread(author, { title: "Replies here", body: "Start" });
    const first = await createReply(replier, thread.id, { body: "First reply" });
    const hidden = await createReply(replier, thread.id, { body: "Hidden reply" });
    const deleted = await createReply(replier, thread.id, { body: "Deleted reply" });
    const last = await createReply(author, thread.id, { body: "Last reply" });
    await setPostHidden(mod, { replyId: hidden.id }, true, why);
    await deleteReply(replier, deleted.id);

    const found = await feedReplies(thread.id);
    expect(found?.thread).toMatchObject({ id: thread.id, kind: "discussion", title: "Replies here" });
    expect(ids(found!.replies)).toEqual([last.id, first.id]);
    expect(found!.replies[1].bodyHtml).toContain("First reply");
  });

  it("works for a story's replies too", async () => {
    const author = await member();
    const story = await createStory(author, sampleStory("A story with replies"));
    const reply = await createReply(author, story.id, { body: "Thanks for reading" });
    const found = await feedReplies(story.id);
    expect(found?.thread.kind).toBe("story");
    expect(ids(found!.replies)).toEqual([reply.id]);
  });

  it("is null for a hidden, a deleted or an unknown thread", async () => {
    const author = await member();
    const hidden = await createThread(author, { title: "Hidden thread", body: "Nope" });
    const deleted = await createThread(author, { title: "Deleted thread", body: "Gone" });
    await createReply(author, hidden.id, { body: "A reply under a hidden thread" });
    await setPostHidden(mod, { threadId: hidden.id }, true, why);
    await deleteThread(author, deleted.id);
    expect(await feedReplies(hidden.id)).toBeNull();
    expect(await feedReplies(deleted.id)).toBeNull();
    expect(await feedReplies(987_654_321)).toBeNull();
  });
});

describe("the sitemap's posts", () => {
  it("lists live, visible discussions and stories together, most recently active first", async () => {
    const author = await member();
    const quiet = await createThread(author, { title: "Quiet discussion", body: "Nobody answers" });
    const story = await createStory(author, sampleStory("Sitemap story"));
    const busy = await createThread(author, { title: "Busy discussion", body: "Everyone answers" });
    const hidden = await createThread(author, { title: "Hidden from the sitemap", body: "Spam" });
    const deleted = await createStory(author, sampleStory("Deleted from the sitemap"));
    await setPostHidden(mod, { threadId: hidden.id }, true, why);
    await deleteStory(author, deleted.id);
    // A reply makes the quiet one the most recently active.
    await createReply(author, quiet.id, { body: "At last an answer" });

    const rows = await sitemapPosts();
    const order = ids(rows);
    expect(order[0]).toBe(quiet.id);
    expect(order.indexOf(busy.id)).toBeLessThan(order.indexOf(story.id));
    expect(order).not.toContain(hidden.id);
    expect(order).not.toContain(deleted.id);
    expect(rows.find((r) => r.id === story.id)).toMatchObject({ kind: "story", title: "Sitemap story" });
    expect(rows[0].lastActivityAt).toBeInstanceOf(Date);
    expect(rows[0].lastActivityAt.getTime()).toBeGreaterThanOrEqual(rows[1].lastActivityAt.getTime());
    expect(await sitemapPosts(2)).toHaveLength(2);
  });
});

describe("the feeds' XML", () => {
  const origin = "https://mlpaths.example.org";
  const title = `Arrays ]]> and ]]> & <b>, "quoted" 😀`;
  const body = "Code `a[b[0]]]>` and ]]> twice ]]> & <script>alert(1)</script> 😀";

  it("is well-formed and says each post as stored when posts hold the CDATA terminator twice", async () => {
    const author = await member();
    const thread = await createThread(
      author,
      discussionInput.parse({ title, body, category: "off-topic", tags: "cdata-end" }),
    );
    const story = await createStory(author, { ...sampleStory(title), body });
    const reply = await createReply(author, thread.id, replyInput.parse({ body: "Me too: ]]> and ]]> again" }));

    const [category, tag, found] = [
      (await getCategory("off-topic"))!,
      (await findTag("cdata-end"))!,
      (await feedReplies(thread.id))!,
    ];
    const [threadRows, storyRows] = [await feedThreads(), await feedStories()];
    const threadHtml = threadRows.find((r) => r.id === thread.id)!.bodyHtml;
    const storyHtml = storyRows.find((r) => r.id === story.id)!.bodyHtml;
    const replyHtml = found.replies.find((r) => r.id === reply.id)!.bodyHtml;
    // The renderer keeps the terminators in the stored HTML, or this test would prove nothing.
    for (const html of [threadHtml, storyHtml, replyHtml]) expect(html.split("]]>").length).toBeGreaterThan(2);

    // The category's and the tag's feeds are named as server/reads/feeds.ts names them.
    const feeds = [
      { xml: threadsFeed(origin, threadRows), id: `/threads/${thread.id}`, html: threadHtml, title },
      { xml: storiesFeed(origin, storyRows), id: `/stories/${story.id}`, html: storyHtml, title },
      {
        xml: repliesFeed(origin, found.thread, found.replies),
        id: `/threads/${thread.id}#reply-${reply.id}`,
        html: replyHtml,
        title: `Re: ${title}`,
      },
      {
        xml: filedFeed(
          origin,
          {
            self: categoryFeedPath(category),
            page: categoryPath(category),
            title: `MLPaths: ${category.name}`,
            subtitle: category.description,
          },
          await feedCategoryThreads(category.id, FEED_ENTRIES),
        ),
        id: `/threads/${thread.id}`,
        html: threadHtml,
        title,
      },
      {
        xml: filedFeed(
          origin,
          {
            self: tagFeedPath(tag.name),
            page: tagPath(tag.name),
            title: `MLPaths: #${tag.name}`,
            subtitle: `Discussions and stories tagged ${tag.name} on MLPaths.`,
          },
          await feedTagThreads(tag.id, FEED_ENTRIES),
        ),
        id: `/threads/${thread.id}`,
        html: threadHtml,
        title,
      },
    ];
    for (const feed of feeds) {
      const entry = childrenNamed(parseXml(feed.xml), "entry").find(
        (e) => childNamed(e, "id").text === origin + feed.id,
      );
      expect(entry, feed.id).toBeDefined();
      // "]]&gt;" is the same HTML, and leaves the XML no terminator to trip on.
      expect(childNamed(entry!, "content").text).toBe(feed.html.replaceAll("]]>", "]]&gt;"));
      expect(childNamed(entry!, "title").text).toBe(escapeHtml(feed.title));
    }
  });
});

// With a few thousand rows the planner stops reading whole tables when an index serves; the feeds and
// the sitemap must be index walks in their order (the bench database has 106,000 threads).
describe("query plans", () => {
  type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
  const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
  const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];

  async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<PlanNode[]> {
    const { sql: text, params } = query.toSQL();
    const parts = text.split(/\$(\d+)/);
    const chunks = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`));
    const [row] = rowsOf<{ "QUERY PLAN": unknown }>(
      await getDb().execute(sql`explain (format json) ${sql.join(chunks)}`),
    );
    const json = row["QUERY PLAN"];
    return nodes(((typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[])[0].Plan);
  }
  const wholeTable = (plan: PlanNode[]) =>
    plan.filter(
      (n) =>
        n["Node Type"] === "Sort" ||
        (n["Node Type"] === "Seq Scan" && ["threads", "replies", "stories"].includes(n["Relation Name"] ?? "")),
    );

  beforeAll(async () => {
    const author = await member();
    await getDb().execute(sql`
      insert into threads (kind, title, author_id, body, body_html, renderer_version, created_at, updated_at, last_activity_at)
      select case when g % 5 = 0 then 'story' else 'discussion' end, 'Plan thread ' || g, ${author},
        repeat('A paragraph about one path. ', 20), '<p>' || repeat('A paragraph about one path. ', 20) || '</p>', 1,
        timestamptz '2026-01-01 00:00Z' + g * interval '1 minute', timestamptz '2026-01-01 00:00Z' + g * interval '1 minute',
        timestamptz '2026-01-01 00:00Z' + ((g * 7919) % 4000) * interval '1 minute'
      from generate_series(1, 4000) g`);
    await getDb().execute(sql`
      insert into stories (thread_id, role, education, previous_field, previous_title, months_to_offer, first_role_year, how_hired, created_at)
      select id, 'ml-engineer', 'no-degree', 'finance', 'Analyst', 12, 2024, 'referral', created_at
      from threads where kind = 'story' and not exists (select 1 from stories s where s.thread_id = threads.id)`);
    await getDb().execute(sql`analyze`);
  }, 60_000);

  it.each([
    ["the discussions feed", () => feedThreads()],
    ["the stories feed", () => feedStories()],
    ["the sitemap's discussions", () => postsByActivity("discussion", 100)],
    ["the sitemap's stories", () => postsByActivity("story", 100)],
  ])("%s reads an index in order, with no sort and no whole-table scan", async (_name, query) => {
    const steps = await plan(query());
    expect(wholeTable(steps).map((n) => `${n["Node Type"]} ${n["Relation Name"] ?? ""}`)).toEqual([]);
  });
});
