import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { replyPath } from "./paths";
import { canEdit } from "./permissions";
import { fieldErrors, parseId, parseThreadParam, replyInput, slugify, threadInput } from "./validation";

describe("thread input", () => {
  it("accepts a title of 5 to 150 characters and a body of 1 to 20,000", () => {
    expect(threadInput.safeParse({ title: "12345", body: "x" }).success).toBe(true);
    expect(threadInput.safeParse({ title: "x".repeat(150), body: "x".repeat(20_000) }).success).toBe(true);
  });

  it("refuses each field with its own message", () => {
    const short = threadInput.safeParse({ title: "1234", body: "" });
    expect(short.success).toBe(false);
    expect(fieldErrors(short.error!)).toEqual({
      title: "Title must be at least 5 characters.",
      body: "Write something first.",
    });
    const long = threadInput.safeParse({ title: "x".repeat(151), body: "x".repeat(20_001) });
    expect(fieldErrors(long.error!)).toEqual({
      title: "Title must be at most 150 characters.",
      body: "Keep it under 20,000 characters.",
    });
  });

  it("trims before measuring, so whitespace cannot pad a title", () => {
    expect(threadInput.safeParse({ title: "   abc    ", body: "x" }).success).toBe(false);
    expect(replyInput.safeParse({ body: "  \n  " }).success).toBe(false);
  });
});

describe("ids and slugs", () => {
  it("reads thread ids with or without a slug and rejects everything else", () => {
    expect(parseThreadParam("42")).toBe(42);
    expect(parseThreadParam("42-from-finance-to-ml")).toBe(42);
    for (const bad of ["0", "-1", "abc", "42abc", "1e3", "42-Upper", "99999999999999999999", "", "4 2"]) {
      expect(parseThreadParam(bad), bad).toBeNull();
    }
    expect(parseId("7")).toBe(7);
    expect(parseId("7.5")).toBeNull();
    expect(parseId(null)).toBeNull();
  });

  it("a reply's page is its thread's or story's canonical URL, ending with it", () => {
    expect(replyPath({ id: 41, thread: { id: 7, title: "Hello there", kind: "discussion" } })).toBe("/threads/7-hello-there?before=42#reply-41");
    expect(replyPath({ id: 41, thread: { id: 8, title: "My path", kind: "story" } })).toBe("/stories/8-my-path?before=42#reply-41");
  });

  it("slugs are lowercase ASCII words", () => {
    expect(slugify("From QA Tester → ML Engineer: 14 months!")).toBe("from-qa-tester-ml-engineer-14-months");
    expect(slugify("Café & Résumé")).toBe("cafe-resume");
    expect(slugify("!!!")).toBe("");
  });
});

describe("cursors", () => {
  it("round-trip and reject junk", () => {
    const cursor = { at: new Date("2026-11-25T10:00:00.123Z"), id: 17 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const junk of ["", "abc", "1.2.3", "1;drop", undefined, ["1.2"]]) expect(decodeCursor(junk)).toBeNull();
  });
});

describe("permissions", () => {
  it("only the author may change a live post", () => {
    const post = { authorId: "a", deletedAt: null };
    expect(canEdit({ id: "a" }, post)).toBe(true);
    expect(canEdit({ id: "b" }, post)).toBe(false);
    expect(canEdit(null, post)).toBe(false);
    expect(canEdit({ id: "a" }, { authorId: "a", deletedAt: new Date() })).toBe(false);
  });

});
