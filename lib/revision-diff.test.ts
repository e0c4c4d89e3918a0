import { describe, expect, it } from "vitest";
import { diffHtml, diffParts, escapeText, versionDiff } from "./revision-diff";

describe("revision diffs", () => {
  it("marks added and removed words, keeping the rest", () => {
    expect(diffParts("I learned with fast.ai", "I learned with fast.ai and CS229")).toEqual([
      { kind: "same", text: "I learned with fast.ai" },
      { kind: "added", text: " and CS229" },
    ]);
    const html = diffHtml("three months", "five months");
    expect(html).toMatch(
      /<del [^>]*><span class="sr-only">\[removed: <\/span><span aria-hidden="true"[^>]*>−<\/span>three<span class="sr-only">\]<\/span><\/del>/,
    );
    expect(html).toMatch(
      /<ins [^>]*><span class="sr-only">\[added: <\/span><span aria-hidden="true"[^>]*>\+<\/span>five<span class="sr-only">\]<\/span><\/ins>/,
    );
    expect(html.endsWith(" months")).toBe(true);
  });

  it("shows markup in a post as text, never as HTML", () => {
    const html = diffHtml("Hello", 'Hello <script>alert("x")</script> & <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&amp;");
    // Removed text is escaped too.
    expect(diffHtml("<b>bold</b>", "plain")).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(escapeText(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });

  it("identical versions have no marks; unrelated long texts become one removal and one addition", () => {
    expect(diffHtml("same text", "same text")).toBe("same text");
    const a = Array.from({ length: 6_000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 6_000 }, (_, i) => `b${i}`).join(" ");
    const started = Date.now();
    const parts = diffParts(a, b);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(parts.map((p) => p.kind)).toEqual(["removed", "added"]);
  });

  it("an edit's diff names only the parts it changed", () => {
    const diff = versionDiff(
      { title: "Same", body: "old <i>text</i>", facts: null },
      { title: "Same", body: "new <i>text</i>", facts: null },
    );
    expect(diff.title).toBeNull();
    expect(diff.facts).toBeNull();
    expect(diff.body).toContain("&lt;i&gt;text&lt;/i&gt;");
    expect(diff.body).toMatch(/<del [^>]*>.*old<span/);
  });
});
