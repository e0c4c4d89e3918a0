import { describe, expect, it } from "vitest";
import { READER_THREADS_MAX, firstUnreadPath, landingPlace, mergeScopes, readerQuery } from "./reader-scope";
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
    expect(firstUnreadPath("/threads/5-a-title", { lastReadReplyId: 31, firstUnreadId: 34 })).toBe(
      "/threads/5-a-title?after=31#reply-34",
    );
  });

  it("opens the first page for a reader who had read none of the replies", () => {
    expect(firstUnreadPath("/threads/5-a-title", { lastReadReplyId: 0, firstUnreadId: 2 })).toBe(
      "/threads/5-a-title#reply-2",
    );
  });
});

describe("landingPlace", () => {
  const canonical = "/threads/7-a-long-one";
  const page = { first: 101, last: 150 };

  it("stays at the top for a reader who never opened the thread, or a thread with no replies", () => {
    expect(landingPlace(canonical, { lastReadReplyId: null, firstUnreadId: null, lastReplyId: 150 }, page)).toBeNull();
    expect(
      landingPlace(canonical, { lastReadReplyId: 0, firstUnreadId: null, lastReplyId: 0 }, { first: null, last: null }),
    ).toBeNull();
  });

  it("goes to the first unread reply: on this page by its anchor", () => {
    expect(landingPlace(canonical, { lastReadReplyId: 120, firstUnreadId: 121, lastReplyId: 170 }, page)).toEqual({
      hash: "#reply-121",
    });
    expect(landingPlace(canonical, { lastReadReplyId: 0, firstUnreadId: 101, lastReplyId: 170 }, page)).toEqual({
      hash: "#reply-101",
    });
    expect(landingPlace(canonical, { lastReadReplyId: 140, firstUnreadId: 150, lastReplyId: 170 }, page)).toEqual({
      hash: "#reply-150",
    });
  });

  it("goes to the first unread reply on a later page: the page that starts after the reader's position", () => {
    expect(landingPlace(canonical, { lastReadReplyId: 150, firstUnreadId: 153, lastReplyId: 170 }, page)).toEqual({
      href: "/threads/7-a-long-one?after=150#reply-153",
    });
  });

  it("goes to the last reply when every reply has been read: here, or on the page that ends with it", () => {
    expect(landingPlace(canonical, { lastReadReplyId: 150, firstUnreadId: null, lastReplyId: 150 }, page)).toEqual({
      hash: "#reply-150",
    });
    expect(landingPlace(canonical, { lastReadReplyId: 170, firstUnreadId: null, lastReplyId: 170 }, page)).toEqual({
      href: "/threads/7-a-long-one?before=171#reply-170",
    });
  });
});
