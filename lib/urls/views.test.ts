import { describe, expect, it } from "vitest";
import { ALL_VIEW } from "./query-params";
import {
  BUILD_PLACEHOLDER,
  homeQuery,
  likeMineQuery,
  listRoute,
  mapQuery,
  readView,
  repliesQuery,
  sameQuery,
  storiesQuery,
  viewOf,
} from "./views";

const q = (query: string) => new URLSearchParams(query);

describe("list views", () => {
  it("keep known, valid parameters in a fixed order and drop the rest", () => {
    expect(storiesQuery(q("sort=helpful&field=finance&utm_source=x&education=no-degree&after=12.34"))).toBe(
      "education=no-degree&field=finance&sort=helpful&after=12.34",
    );
    expect(storiesQuery(q("education=&role=&field=finance&time=&how=&sort=newest"))).toBe("field=finance");
    expect(storiesQuery(q("field=nonsense&sort=sideways&after=abc"))).toBe("");
    expect(storiesQuery(q("field=finance&field=physics"))).toBe("");
    expect(homeQuery(q("after=1700000000000.5"))).toBe("after=1700000000000.5");
    expect(homeQuery(q("after=%00"))).toBe("");
    expect(repliesQuery(q("before=7&after=5"))).toBe("after=5");
    expect(repliesQuery(q("before=-1"))).toBe("");
    expect(likeMineQuery(q("field=finance&sort=helpful"))).toBe("field=finance");
    // The map takes the list's filters and nothing of its order or pages.
    expect(mapQuery(q("how=referral&sort=helpful&field=teaching&after=12.34&utm_source=x"))).toBe(
      "field=teaching&how=referral",
    );
    expect(mapQuery(q("education=phd-in-wizardry&time=&field=teaching&field=finance"))).toBe("");
  });

  it("become a path segment of unescaped characters and read back exactly", () => {
    const query = "education=no-degree&field=finance&sort=helpful&after=12.34";
    const view = viewOf(query);
    expect(view).toBe("education_no-degree~field_finance~sort_helpful~after_12.34");
    expect(encodeURIComponent(view)).toBe(view);
    expect(readView(view, storiesQuery)?.toString()).toBe(query);
    expect(viewOf("")).toBe(ALL_VIEW);
    expect(readView(ALL_VIEW, storiesQuery)?.toString()).toBe("");
  });

  it("refuse any view proxy.ts would not produce, the build placeholder included", () => {
    for (const view of [
      BUILD_PLACEHOLDER,
      "field_finance~education_no-degree",
      "field_nonsense",
      "field_finance~",
      "x",
      "field=finance",
      "sort_newest",
    ]) {
      expect(readView(view, storiesQuery), view).toBeNull();
    }
    expect(readView("after_abc", homeQuery)).toBeNull();
  });

  it("are found for the public paths of lists only", () => {
    expect(listRoute("/")?.internal("after_1.2")).toBe("/home/after_1.2");
    expect(listRoute("/stories")?.internal(ALL_VIEW)).toBe("/stories/list/all");
    expect(listRoute("/stories/like-mine")?.internal(ALL_VIEW)).toBeNull();
    expect(listRoute("/stories/map")?.internal("education_no-degree")).toBe("/stories/map/education_no-degree");
    expect(readView("education_no-degree~field_teaching", mapQuery)?.toString()).toBe(
      "education=no-degree&field=teaching",
    );
    expect(readView("field_teaching~sort_helpful", mapQuery)).toBeNull();
    expect(listRoute("/threads/12-a-title")?.internal("after_5")).toBe("/threads/12-a-title/replies/after_5");
    expect(listRoute("/stories/12")?.internal("before_9")).toBe("/stories/12/replies/before_9");
    for (const path of [
      "/threads/new",
      "/stories/new",
      "/stories/insights",
      "/threads/abc",
      "/threads/1/edit",
      "/sign-in",
    ]) {
      expect(listRoute(path), path).toBeNull();
    }
  });

  it("take the Unanswered filter on the home page and category pages, not on tag pages", () => {
    expect(homeQuery(q("sort=new&filter=unanswered&after=1700000000000.5"))).toBe(
      "filter=unanswered&sort=new&after=1700000000000.5",
    );
    expect(homeQuery(q("filter=answered"))).toBe("");
    expect(homeQuery(q("filter=unanswered&filter=unanswered"))).toBe("");
    expect(viewOf(homeQuery(q("filter=unanswered")))).toBe("filter_unanswered");
    expect(readView("filter_unanswered~sort_new", homeQuery)?.toString()).toBe("filter=unanswered&sort=new");
    expect(readView("sort_new~filter_unanswered", homeQuery)).toBeNull();
    const category = listRoute("/c/off-topic")!;
    expect(category.normalize(q("filter=unanswered&sort=top-all"))).toBe("filter=unanswered&sort=top-all");
    expect(category.internal("filter_unanswered")).toBe("/c/off-topic/view/filter_unanswered");
    expect(listRoute("/tags/nlp")!.normalize(q("filter=unanswered&sort=new"))).toBe("sort=new");
    expect(listRoute("/c/success-stories")!.normalize(q("filter=unanswered"))).toBe("");
  });

  it("compare queries whatever their order", () => {
    expect(sameQuery(q("a=1&b=2"), q("b=2&a=1"))).toBe(true);
    expect(sameQuery(q("a=1&b=2&b=2"), q("a=1&b=2"))).toBe(false);
  });
});
