import { afterEach, describe, expect, it, vi } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

afterEach(() => vi.unstubAllEnvs());

const OFF_SITE = [
  "https://evil.example",
  "https://evil.example/phish",
  "http://localhost.evil.example/",
  "//evil.example",
  "//evil.example/phish",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example/phish",
  "\t//evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " //evil.example",
  "https:evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "mailto:a@evil.example",
  "http://user@evil.example",
  "ftp://evil.example/",
];

describe("post-sign-in destination", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackPath("/threads/1#reply")).toBe("/threads/1#reply");
    expect(safeCallbackPath("/stories?education=no-degree&sort=fastest")).toBe(
      "/stories?education=no-degree&sort=fastest",
    );
    expect(safeCallbackPath("threads/1")).toBe("/threads/1");
  });

  it.each(OFF_SITE)("refuses %j", (target) => {
    expect(safeCallbackPath(target)).toBe("/");
  });

  it("turns encoded tabs and newlines into harmless path characters instead of a 500 or a jump", () => {
    // As the reader sent it, and as a framework hands it over once decoded.
    expect(safeCallbackPath("/%09/evil.example/phish")).toBe("/%09/evil.example/phish");
    expect(safeCallbackPath(decodeURIComponent("/%09/evil.example/phish"))).toBe("/");
    expect(safeCallbackPath("/%0a/x")).toBe("/%0a/x");
    expect(safeCallbackPath(decodeURIComponent("/%0a/x"))).toBe("/");
    expect(safeCallbackPath("/%5C%5Cevil.example")).toBe("/%5C%5Cevil.example");
    for (const target of OFF_SITE.map(encodeURIComponent)) {
      const path = safeCallbackPath(target);
      expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
      expect(path).not.toMatch(/[\t\n\r\\]/);
    }
  });

  it("accepts an absolute URL only on the site's own origin (AUTH_URL)", () => {
    vi.stubEnv("AUTH_URL", "https://mlpaths.example.org");
    expect(safeCallbackPath("https://mlpaths.example.org/stories?sort=helpful")).toBe("/stories?sort=helpful");
    expect(safeCallbackPath("http://mlpaths.example.org/stories")).toBe("/");
    expect(safeCallbackPath("https://mlpaths.example.org.evil.example/")).toBe("/");
    expect(safeCallbackPath("https://mlpaths.example.org:444/")).toBe("/");
  });

  it("refuses non-strings, empty and oversized targets", () => {
    for (const junk of [null, undefined, 42, ["/a"], "", `/${"a".repeat(2_001)}`])
      expect(safeCallbackPath(junk)).toBe("/");
    expect(safeCallbackPath(null, "/stories")).toBe("/stories");
  });
});
