import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { CATEGORIES, DISCUSSION_CATEGORIES, categoryBySlug } from "./categories";
import { readFiledPath } from "./urls/filed-routes";
import { TAGS_MAX, TAG_LENGTH_MAX, isTag, normalizeTag } from "./tags";
import { discussionCategory, tagList } from "./validation";
import { DEFAULT_THREAD_SORT, THREAD_SORTS, decodeThreadCursor, parseThreadSort, sortQuery } from "./urls/thread-sorts";
import { listRoute, readView, threadListQuery, viewOf } from "./urls/views";

const q = (query: string) => new URLSearchParams(query);

describe("the tag rule", () => {
  it("lowercases, trims, joins words with single hyphens and drops accents", () => {
    expect(normalizeTag("  PyTorch ")).toBe("pytorch");
    expect(normalizeTag("Computer   Vision")).toBe("computer-vision");
    expect(normalizeTag("career_change")).toBe("career-change");
    expect(normalizeTag("node.js")).toBe("node-js");
    expect(normalizeTag("--Résumé--")).toBe("resume");
    expect(normalizeTag("a - b")).toBe("a-b");
  });

  it("refuses what is empty, too long or outside letters, digits and hyphens", () => {
    for (const bad of [
      "",
      "   ",
      "---",
      "c++",
      "c#",
      "<script>",
      "a/b",
      "日本語",
      "emoji🙂",
      "x".repeat(TAG_LENGTH_MAX + 1),
    ]) {
      expect(normalizeTag(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(normalizeTag("x".repeat(TAG_LENGTH_MAX))).toBe("x".repeat(TAG_LENGTH_MAX));
  });

  it("a tag is only its normal form (tag pages and feeds refuse anything else)", () => {
    expect(isTag("computer-vision")).toBe(true);
    for (const bad of ["Computer-Vision", "computer--vision", "-x", "x-", "a b", ""])
      expect(isTag(bad), bad).toBe(false);
  });

  it("the form field: comma-separated, deduplicated after normalising, at most five", () => {
    expect(tagList.parse("")).toEqual([]);
    expect(tagList.parse(" , ,")).toEqual([]);
    expect(tagList.parse("Kaggle, kaggle ,KAGGLE, portfolio")).toEqual(["kaggle", "portfolio"]);
    // Six written, five after deduplication: accepted.
    expect(tagList.parse("a, b, c, d, e, A")).toEqual(["a", "b", "c", "d", "e"]);
    const six = tagList.safeParse("a, b, c, d, e, f");
    expect(six.success).toBe(false);
    expect(six.error!.issues[0].message).toBe(`Use at most ${TAGS_MAX} tags.`);
    const bad = tagList.safeParse("ok, c++");
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].message).toContain("“c++” is not a tag");
  });
});

describe("categories", () => {
  it("a discussion may be filed under any category but the stories'", () => {
    expect(DISCUSSION_CATEGORIES.map((c) => c.slug)).not.toContain("success-stories");
    expect(DISCUSSION_CATEGORIES).toHaveLength(CATEGORIES.length - 1);
    expect(discussionCategory.safeParse("off-topic").success).toBe(true);
    expect(discussionCategory.safeParse("success-stories").success).toBe(false);
    expect(discussionCategory.safeParse("").error!.issues[0].message).toBe("Choose a category.");
  });

  it("proxy.ts names every category in its matcher, so unknown ones are refused before routing", () => {
    const matcher = config.matcher.find((m) => typeof m === "string" && m.startsWith("/c/:slug")) as string;
    const listed = /\(\?:([a-z|-]+)\)/.exec(matcher)![1].split("|");
    expect(listed.sort()).toEqual(CATEGORIES.map((c) => c.slug).sort());
  });
});

describe("thread list orders and views", () => {
  it("sort=active is the default and no parameter; unknown sorts fall back to it", () => {
    expect(THREAD_SORTS.map((s) => s.slug)).toEqual(["active", "new", "top-week", "top-month", "top-all"]);
    expect(parseThreadSort("new")).toBe("new");
    expect(parseThreadSort("top")).toBe(DEFAULT_THREAD_SORT);
    expect(sortQuery("active")).toBe("");
    expect(sortQuery("new")).toBe("?sort=new");
    expect(decodeThreadCursor("1700000000000.5", "new")).toEqual({ value: 1700000000000, id: 5 });
    // A Top order's cursor is a count: a time is out of its range.
    expect(decodeThreadCursor("12.5", "top-week")).toEqual({ value: 12, id: 5 });
    expect(decodeThreadCursor("1700000000000.5", "top-all")).toBeNull();
    expect(sortQuery("top-month")).toBe("?sort=top-month");
    expect(decodeThreadCursor("junk", "new")).toBeNull();
  });

  it("a list query keeps a known sort and a valid cursor, in that order", () => {
    expect(threadListQuery(q("after=1700000000000.5&sort=new"))).toBe("sort=new&after=1700000000000.5");
    expect(threadListQuery(q("sort=active"))).toBe("");
    expect(threadListQuery(q("sort=sideways&after=x"))).toBe("");
    expect(threadListQuery(q("sort=new&sort=new"))).toBe("");
    expect(viewOf("sort=new&after=1700000000000.5")).toBe("sort_new~after_1700000000000.5");
  });

  it("category and tag pages map their views to internal paths; unknown categories and non-tags are no list", () => {
    expect(listRoute("/c/off-topic")!.internal("sort_new")).toBe("/c/off-topic/view/sort_new");
    expect(listRoute("/c/off-topic")!.internal("all")).toBeNull();
    expect(listRoute("/tags/pytorch")!.internal("sort_new")).toBe("/tags/pytorch/view/sort_new");
    expect(listRoute("/c/nonsense")).toBeNull();
    expect(listRoute("/tags/Not-Normal")).toBeNull();
    expect(listRoute("/")!.normalize(q("sort=new"))).toBe("sort=new");
  });

  it("a page reads back only the paths proxy.ts writes", () => {
    expect(readFiledPath(undefined, "category")).toBe("index");
    expect(readFiledPath(undefined, "tag")).toBe("index");
    expect(readFiledPath(["off-topic"], "category")).toEqual({
      name: "off-topic",
      sort: "active",
      cursor: null,
      filter: null,
    });
    expect(readFiledPath(["pytorch", "view", "sort_new~after_1700000000000.5"], "tag")).toEqual({
      name: "pytorch",
      sort: "new",
      cursor: { value: 1700000000000, id: 5 },
      filter: null,
    });
    // A category's Unanswered view; tag pages have no filter, so the path is not one proxy.ts writes.
    expect(readFiledPath(["off-topic", "view", "filter_unanswered~sort_new"], "category")).toEqual({
      name: "off-topic",
      sort: "new",
      cursor: null,
      filter: "unanswered",
    });
    expect(readFiledPath(["pytorch", "view", "filter_unanswered"], "tag")).toBeNull();
    for (const path of [
      ["nonsense"],
      ["-"],
      ["off-topic", "view", "all"],
      ["off-topic", "view", "sort_sideways"],
      ["off-topic", "x"],
      ["off-topic", "view"],
    ]) {
      expect(readFiledPath(path, "category"), path.join("/")).toBeNull();
    }
    expect(readFiledPath(["Bad Tag"], "tag")).toBeNull();
    expect(readView("sort_new", threadListQuery)?.toString()).toBe("sort=new");
    expect(categoryBySlug("off-topic")!.name).toBe("Off-topic");
  });
});
