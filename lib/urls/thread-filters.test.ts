import { describe, expect, it } from "vitest";
import { listQuery, parseThreadFilter } from "./thread-filters";

describe("thread list filters", () => {
  it("know Unanswered and nothing else", () => {
    expect(parseThreadFilter("unanswered")).toBe("unanswered");
    for (const junk of ["", "answered", "UNANSWERED", null, undefined]) expect(parseThreadFilter(junk)).toBeNull();
  });

  it("write a list's first page as the tidy query proxy.ts keeps", () => {
    expect(listQuery("active", null)).toBe("");
    expect(listQuery("new", null)).toBe("?sort=new");
    expect(listQuery("active", "unanswered")).toBe("?filter=unanswered");
    expect(listQuery("top-week", "unanswered")).toBe("?filter=unanswered&sort=top-week");
  });
});
