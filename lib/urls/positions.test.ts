import { describe, expect, test } from "vitest";
import { hasCursor, pagedPath, positionOf, withoutCursor } from "./positions";

const q = (query: string) => new URLSearchParams(query);

describe("the position a list URL names", () => {
  test("each list's cursor, read as its page reads it", () => {
    expect(positionOf("/threads/12-how-i-moved", q("before=56"))).toEqual({
      list: "replies",
      threadId: 12,
      request: { before: 56 },
    });
    expect(positionOf("/stories/7", q("after=3"))).toEqual({ list: "replies", threadId: 7, request: { after: 3 } });
    expect(positionOf("/", q("sort=new&after=1700000000000.5"))).toEqual({
      list: "threads",
      sort: "new",
      cursor: { value: 1700000000000, id: 5 },
    });
    expect(positionOf("/c/off-topic", q("after=1700000000000.5"))).toEqual({
      list: "threads",
      sort: "active",
      cursor: { value: 1700000000000, id: 5 },
    });
    expect(positionOf("/tags/nlp", q("sort=top-all&after=4.9"))).toEqual({
      list: "threads",
      sort: "top-all",
      cursor: { value: 4, id: 9 },
    });
    expect(positionOf("/stories", q("field=finance&sort=fastest&after=14.3"))).toEqual({
      list: "stories",
      sort: "fastest",
      cursor: { value: 14, id: 3 },
    });
  });

  test("an Unanswered list's cursor names an unanswered discussion (home and categories; tags have no filter)", () => {
    expect(positionOf("/", q("filter=unanswered&after=1700000000000.5"))).toEqual({
      list: "threads",
      sort: "active",
      cursor: { value: 1700000000000, id: 5 },
      unanswered: true,
    });
    expect(positionOf("/c/off-topic", q("filter=unanswered&sort=new&after=1700000000000.5"))).toMatchObject({
      unanswered: true,
    });
    expect(positionOf("/tags/nlp", q("filter=unanswered&after=1700000000000.5"))).not.toHaveProperty("unanswered");
  });

  test("the lists that page by path: a member's, a story's questions and the moderation log", () => {
    expect(pagedPath("/u/ada/replies/after/1700000000000.42")).toEqual({
      position: { list: "member", login: "ada", of: "replies", cursor: { at: new Date(1700000000000), id: 42 } },
      first: "/u/ada/replies",
    });
    expect(pagedPath("/moderation/before/17")).toEqual({
      position: { list: "modlog", before: 17 },
      first: "/moderation",
    });
    expect(positionOf("/moderation/before/17", q(""))).toEqual({ list: "modlog", before: 17 });
    expect(pagedPath("/stories/12-teacher-to-ml/questions/after/90")).toEqual({
      position: { list: "questions", storyId: 12, after: 90 },
      first: "/stories/12-teacher-to-ml",
    });
    for (const path of [
      "/u/ada/replies",
      "/u/ada/likes/after/1.1",
      "/u/ada/threads/after/junk",
      "/moderation",
      "/moderation/before/x",
      "/moderation/before/1/2",
      "/stories/12/questions",
      "/stories/12/questions/after/x",
      "/stories/x/questions/after/9",
      "/stories/12/questions/after/9/more",
    ]) {
      expect(pagedPath(path), path).toBeNull();
    }
  });

  test("no position where there is no cursor, or no such list", () => {
    for (const [path, query] of [
      ["/", ""],
      ["/stories", "field=finance"],
      ["/threads/12", ""],
      ["/c/no-such-category", "after=1.1"],
      ["/u/ada", "after=1.1"],
      ["/threads/abc", "after=1"],
    ]) {
      expect(positionOf(path, q(query)), `${path}?${query}`).toBeNull();
    }
  });

  test("the first page keeps the rest of the query", () => {
    expect(hasCursor(q("sort=new&after=1.1"))).toBe(true);
    expect(hasCursor(q("sort=new"))).toBe(false);
    expect(withoutCursor(q("field=finance&sort=helpful&after=3.4")).toString()).toBe("field=finance&sort=helpful");
    expect(withoutCursor(q("before=9")).toString()).toBe("");
  });
});
