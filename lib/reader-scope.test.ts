import { describe, expect, it } from "vitest";
import { READER_THREADS_MAX, firstUnreadPath, mergeScopes, readerQuery } from "./reader-scope";
import { parseReaderScope } from "./reader-scope-schema";

describe("mergeScopes", () => {
  it("asks about every thread any list on the page shows, once each", () => {
    const merged = mergeScopes([{ threads: [3, 9, 5] }, { threads: [5, 12] }, {}]);
    expect(merged).toEqual({ threads: [12, 9, 5, 3] });
  });

  it("gives the same question whatever order the lists declared themselves in", () => {
    const a = readerQuery(mergeScopes([{ threads: [1, 2] }, { threads: [7] }]));
    const b = readerQuery(mergeScopes([{ threads: [7] }, { threads: [2, 1] }]));
    expect(a).toBe(b);
  });

  it("keeps the page's thread and the last reply it shows beside its lists", () => {
    expect(readerQuery(mergeScopes([{ thread: 4, seen: 40 }, { threads: [8] }]))).toBe("thread=4&seen=40&threads=8");
  });

  it("asks nothing for a page with no parts", () => {
    expect(readerQuery(mergeScopes([]))).toBe("");
  });

  it("keeps the newest threads when the lists name more than the request takes, and the route accepts it", () => {
    const many = Array.from({ length: READER_THREADS_MAX + 20 }, (_, i) => i + 1);
    const query = readerQuery(mergeScopes([{ threads: many }]));
    const asked = new URLSearchParams(query).get("threads")!.split(",").map(Number);
    expect(asked).toHaveLength(READER_THREADS_MAX);
    expect(asked[0]).toBe(READER_THREADS_MAX + 20);
    expect(parseReaderScope(new URLSearchParams(query))).not.toBeNull();
  });
});

describe("firstUnreadPath", () => {
  it("opens the replies page after the reader's position, at the first unread reply", () => {
    expect(firstUnreadPath("/threads/5-a-title", { lastReadReplyId: 31, firstUnreadId: 34 })).toBe("/threads/5-a-title?after=31#reply-34");
  });

  it("opens the first page for a reader who had read none of the replies", () => {
    expect(firstUnreadPath("/threads/5-a-title", { lastReadReplyId: 0, firstUnreadId: 2 })).toBe("/threads/5-a-title#reply-2");
  });
});
