import { describe, expect, test } from "vitest";
import { READ_ARGS, checkReadArgs } from "./read-args";

describe("the arguments of cached reads", () => {
  test("the calls the pages make pass", () => {
    const calls: [keyof typeof READ_ARGS, unknown[]][] = [
      ["threadList", [null]],
      ["threadList", [{ value: 1_700_000_000_000, id: 5 }, "top-week"]],
      ["id", [42]],
      ["replies", [42, {}]],
      ["replies", [42, { before: undefined }]],
      ["replies", [42, { after: 7 }]],
      ["questions", [42, null]],
      ["questions", [42, 90]],
      ["history", [{ replyId: 3 }, undefined]],
      ["storyList", [{ education: "no-degree", field: "finance" }, "helpful", null]],
      ["pathsLikeMine", [{ education: "no-degree" }]],
      ["memberThreads", ["8c1f0e2a-5b7d-4c3e-9f00-123456789abc", "story", null, 5]],
      ["memberReplies", ["8c1f0e2a-5b7d-4c3e-9f00-123456789abc", { at: new Date(), id: 9 }, undefined]],
      ["search", [{ q: "kaggle", kind: null, category: "off-topic", tag: "nlp", story: {}, page: 2 }]],
      ["originAndId", ["https://mlpaths.example.org", 12]],
      ["category", ["job-search-and-interviews", "new", null]],
      ["tag", ["computer-vision", "active", { value: 3, id: 4 }]],
      ["none", []],
    ];
    for (const [schema, args] of calls)
      expect(() => checkReadArgs(READ_ARGS[schema], args), `${schema} ${JSON.stringify(args)}`).not.toThrow();
  });

  test("what only a forged call would send is refused before any query", () => {
    const calls: [keyof typeof READ_ARGS, unknown[]][] = [
      ["memberReplies", ["8c1f0e2a-5b7d-4c3e-9f00-123456789abc", null, 300_000]],
      ["search", [{ q: "interview ".repeat(3000), kind: null, category: null, tag: null, story: {}, page: 1 }]],
      ["search", [{ q: "kaggle", kind: null, category: null, tag: null, story: {}, page: 14_000 }]],
      ["id", ["215"]],
      ["id", [-1]],
      ["id", [2 ** 60]],
      ["id", [1, 2]],
      ["threadList", [{ value: 1, id: 1, extra: true }]],
      ["threadList", [null, "hot"]],
      ["replies", [42, { after: 1, sql: "drop" }]],
      ["questions", [42]],
      ["questions", [42, "90"]],
      ["storyList", [{ education: "phd-please" }, "newest", null]],
      ["origin", ["javascript:alert(1)"]],
      ["tag", ["Not A Tag", "active", null]],
      ["none", [1]],
    ];
    for (const [schema, args] of calls)
      expect(() => checkReadArgs(READ_ARGS[schema], args), `${schema} ${JSON.stringify(args).slice(0, 60)}`).toThrow(
        /arguments the app never passes/,
      );
  });
});
