import { describe, expect, it } from "vitest";
import { expiredBy, shownTags, tags } from "./cache-tags";

describe("expiredBy", () => {
  it("adds search results to any write that changed a post's page, once", () => {
    expect(expiredBy([tags.thread(1), tags.threads, tags.thread(2)])).toEqual([
      tags.thread(1),
      tags.threads,
      tags.thread(2),
      tags.search,
    ]);
    expect(expiredBy([tags.reply(3), tags.thread(1), tags.search])).toEqual([
      tags.reply(3),
      tags.thread(1),
      tags.search,
    ]);
  });

  it("adds the tag index to any write that changed a tag's page", () => {
    expect(expiredBy([tags.thread(1), tags.tag("kaggle"), tags.tag("nlp")])).toEqual([
      tags.thread(1),
      tags.tag("kaggle"),
      tags.tag("nlp"),
      tags.search,
      tags.tagIndex,
    ]);
    expect(expiredBy([tags.thread(1), tags.category("off-topic")])).not.toContain(tags.tagIndex);
  });

  it("leaves writes that changed no post as they were", () => {
    expect(expiredBy([tags.modlog])).toEqual([tags.modlog]);
    expect(expiredBy([])).toEqual([]);
  });
});

describe("shownTags", () => {
  it("tags a list with every item it shows and everyone named with them, each once", () => {
    const ada = { id: "u-ada" };
    const items = [
      { id: 7, author: ada },
      { id: 9, author: { id: "u-grace" } },
      { id: 12, author: ada },
    ];
    expect(shownTags(items)).toEqual([
      tags.thread(7),
      tags.thread(9),
      tags.thread(12),
      tags.member("u-ada"),
      tags.member("u-grace"),
    ]);
  });

  it("takes items without an author (a member's own list) and repeated items", () => {
    expect(shownTags([{ id: 3 }, { id: 3 }, { id: 4 }])).toEqual([tags.thread(3), tags.thread(4)]);
    expect(shownTags([])).toEqual([]);
  });
});
