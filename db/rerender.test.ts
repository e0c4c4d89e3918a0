import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from "@/lib/markdown/markdown";
import { getDb } from "./index";
import { rerenderOutdated } from "./rerender";
import { replies, threads } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember } from "./test/factories";

let done: () => Promise<void>;
let ada: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  ada = (await aMember()).id;
});
afterAll(() => done());

const OLD = MARKDOWN_RENDERER_VERSION - 1;

// A row as an older renderer left it: its HTML does not match its Markdown any more.
const outdated = (body: string) => ({ body, bodyHtml: "<p>stale</p>", rendererVersion: OLD });
// A current row whose HTML deliberately differs from a fresh render, to prove it is left alone.
const current = (body: string) => ({ body, bodyHtml: "<p>kept as is</p>", rendererVersion: MARKDOWN_RENDERER_VERSION });

describe("rerenderOutdated", () => {
  it("re-renders threads and replies from an older renderer, in batches, and leaves current ones alone", async () => {
    const db = getDb();
    const thread = (row: ReturnType<typeof outdated>, title: string) => ({ ...row, title, authorId: ada });
    const threadRows = await db
      .insert(threads)
      .values([
        thread(outdated("One *em*"), "First outdated"),
        thread(current("Two *em*"), "Current thread"),
        thread(outdated("[x](javascript:alert(1)) three"), "Second outdated"),
        thread(outdated("- four"), "Third outdated"),
      ])
      .returning({ id: threads.id });
    const threadId = threadRows[0].id;
    const reply = (row: ReturnType<typeof outdated>) => ({ ...row, threadId, authorId: ada });
    const replyRows = await db
      .insert(replies)
      .values([reply(current("kept")), reply(outdated("**five**")), reply(outdated("six")), reply(outdated("> seven"))])
      .returning({ id: replies.id });

    // A batch of 2 makes both tables take more than one batch.
    expect(await rerenderOutdated(2)).toEqual({ threads: 3, replies: 3 });

    const storedThreads = await db.select().from(threads).orderBy(threads.id);
    const storedReplies = await db.select().from(replies).orderBy(replies.id);
    for (const row of [...storedThreads, ...storedReplies]) {
      expect(row.rendererVersion).toBe(MARKDOWN_RENDERER_VERSION);
      if (row.bodyHtml !== "<p>kept as is</p>") expect(row.bodyHtml).toBe(renderMarkdown(row.body));
    }
    expect(storedThreads.find((t) => t.id === threadRows[1].id)?.bodyHtml).toBe("<p>kept as is</p>");
    expect(storedReplies.find((r) => r.id === replyRows[0].id)?.bodyHtml).toBe("<p>kept as is</p>");
    expect(storedThreads.find((t) => t.id === threadRows[2].id)?.bodyHtml).toBe("<p><a>x</a> three</p>");
    expect(storedReplies.find((r) => r.id === replyRows[1].id)?.bodyHtml).toBe("<p><strong>five</strong></p>");

    // Nothing is left to do.
    expect(await rerenderOutdated(2)).toEqual({ threads: 0, replies: 0 });
  });
});
