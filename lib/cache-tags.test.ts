import { describe, expect, it } from "vitest";
import { expiredBy, tags } from "./cache-tags";

describe("expiredBy", () => {
  it("adds search results to any write that changed a post's page, once", () => {
    expect(expiredBy([tags.thread(1), tags.threads, tags.thread(2)])).toEqual([tags.thread(1), tags.threads, tags.thread(2), tags.search]);
    expect(expiredBy([tags.reply(3), tags.thread(1), tags.search])).toEqual([tags.reply(3), tags.thread(1), tags.search]);
  });

  it("adds the tag index to any write that changed a tag's page", () => {
    expect(expiredBy([tags.thread(1), tags.tag("kaggle"), tags.tag("nlp")])).toEqual([tags.thread(1), tags.tag("kaggle"), tags.tag("nlp"), tags.search, tags.tagIndex]);
    expect(expiredBy([tags.thread(1), tags.category("off-topic")])).not.toContain(tags.tagIndex);
  });

  it("leaves writes that changed no post as they were", () => {
    expect(expiredBy([tags.modlog])).toEqual([tags.modlog]);
    expect(expiredBy([])).toEqual([]);
  });
});
