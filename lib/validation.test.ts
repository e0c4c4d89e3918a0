import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./urls/cursor";
import { replyPath, slugify } from "./urls/paths";
import { parseId, parseThreadParam } from "./ids";
import { fieldErrors, replyInput, threadInput } from "./validation";

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

describe("text that would break or hide", () => {
  it("drops control characters (PostgreSQL refuses NUL) and keeps the rest of the text", () => {
    const parsed = threadInput.parse({
      title: "Hello\u0000 wor\u0007ld",
      body: "Line one\u0000\nLine\u001b two\ttab\r\n",
    });
    expect(parsed).toEqual({ title: "Hello world", body: "Line one\nLine two\ttab" });
    expect(replyInput.parse({ body: "a\u0000b\u0085c\u007f" })).toEqual({ body: "abc" });
    expect(replyInput.parse({ body: "broken \ud800 surrogate" }).body).toBe("broken \ufffd surrogate");
  });

  it("refuses a title or body that only invisible characters would fill", () => {
    const blank = threadInput.safeParse({
      title: "\u200b\u200b\u200b\u200b\u200b\u200b\u2060\ufeff\u3164",
      body: "\u200b\u200c\u200d",
    });
    expect(fieldErrors(blank.error!)).toEqual({
      title: "Title must be at least 5 characters.",
      body: "Write something first.",
    });
    expect(threadInput.safeParse({ title: "ab\u200bc\u200bd", body: "x" }).success).toBe(false);
    expect(threadInput.safeParse({ title: "abcde\u200b", body: "x" }).success).toBe(true);
  });

  it("neutralises direction overrides in titles, so a title reads as it is stored", () => {
    const parsed = threadInput.parse({ title: "Salary \u202e0001$\u202c and \u2067isolate\u2069", body: "x" });
    expect(parsed.title).toBe("Salary 0001$ and isolate");
    expect(threadInput.parse({ title: "One\nline\ttitle", body: "x" }).title).toBe("One line title");
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
    expect(replyPath({ id: 41, thread: { id: 7, title: "Hello there", kind: "discussion" } })).toBe(
      "/threads/7-hello-there?before=42#reply-41",
    );
    expect(replyPath({ id: 41, thread: { id: 8, title: "My path", kind: "story" } })).toBe(
      "/stories/8-my-path?before=42#reply-41",
    );
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
