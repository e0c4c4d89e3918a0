import { describe, expect, it } from "vitest";
import { expiredBy, tags } from "./cache-tags";

describe("expiredBy", () => {
  it("adds search results to any write that changed a post's page, once", () => {
    expect(expiredBy([tags.thread(1), tags.threads, tags.thread(2)])).toEqual([tags.thread(1), tags.threads, tags.thread(2), tags.search]);
    expect(expiredBy([tags.reply(3), tags.thread(1), tags.search])).toEqual([tags.reply(3), tags.thread(1), tags.search]);
  });

  it("leaves writes that changed no post as they were", () => {
    expect(expiredBy([tags.modlog])).toEqual([tags.modlog]);
    expect(expiredBy([])).toEqual([]);
  });
});
