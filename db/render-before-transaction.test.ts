import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { getDb, type Database } from "./index";
import { createReply, updateReply } from "./mutations/replies";
import { createStory, updateStory } from "./mutations/stories";
import { createThread, updateThread } from "./mutations/threads";
import { useFreshDatabase } from "./test/database";
import { aMember, sampleStory } from "./test/factories";

// Each render records how many transactions were open at that moment.
const rendersInTransactions: number[] = [];
let openTransactions = 0;

vi.mock("@/lib/markdown/markdown", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/markdown/markdown")>();
  return {
    ...actual,
    cook: (markdown: string) => {
      rendersInTransactions.push(openTransactions);
      return actual.cook(markdown);
    },
  };
});

let done: () => Promise<void>;
let ada: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  const db = getDb();
  const transaction = db.transaction.bind(db);
  vi.spyOn(db, "transaction").mockImplementation(((work, config) =>
    transaction(async (tx) => {
      openTransactions += 1;
      try {
        return await work(tx);
      } finally {
        openTransactions -= 1;
      }
    }, config)) as Database["transaction"]);
  ada = (await aMember()).id;
});
afterAll(() => done());

it("every write renders its Markdown before opening a transaction, never while a row is locked", async () => {
  const thread = await createThread(ada, { title: "A thread to write in", body: "**first**" });
  await updateThread(ada, thread.id, { title: "A thread to write in", body: "**second**" });
  const reply = await createReply(ada, thread.id, { body: "a *reply*" });
  await updateReply(ada, reply.id, { body: "an *edited* reply" });
  const facts = { body: "**story**", monthsToOffer: "10" };
  const story = await createStory(ada, sampleStory("A story to write", facts));
  await updateStory(ada, story.id, sampleStory("A story to write", { ...facts, body: "**edited story**" }));

  expect(rendersInTransactions).toHaveLength(6);
  expect(rendersInTransactions).toEqual([0, 0, 0, 0, 0, 0]);
});
