import { describe, expect, it } from "vitest";
import { SITE_FEEDS } from "@/lib/feeds";
import { excerptOfHtml, pageMetadata } from "./page-metadata";

describe("page metadata", () => {
  it("a post's excerpt is its text on one line: no tags, entities read, cut at a word", () => {
    expect(
      excerptOfHtml(
        "<p>I spent <strong>nine months</strong> &amp; a <em>lot</em> of &lt;coffee&gt;.</p>\n<ul><li>Docker</li></ul>",
      ),
    ).toBe("I spent nine months & a lot of <coffee>. Docker");
    const long = `<p>${"word ".repeat(100)}</p>`;
    const cut = excerptOfHtml(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });

  it("every page gets the same shape: canonical address, OpenGraph and a Twitter card", () => {
    expect(pageMetadata({ title: "T", description: "D", path: "/threads/1-t", type: "article" })).toEqual({
      title: "T",
      description: "D",
      // The layout's feed links again: a page's alternates replace the layout's.
      alternates: { canonical: "/threads/1-t", types: { "application/atom+xml": SITE_FEEDS } },
      openGraph: { title: "T", description: "D", url: "/threads/1-t", type: "article", siteName: "MLPaths" },
      twitter: { card: "summary", title: "T", description: "D" },
    });
  });

  it("a page search engines should not list says noindex (and may be followed)", () => {
    expect(pageMetadata({ title: "S", path: "/search?q=x", noindex: true }).robots).toEqual({
      index: false,
      follow: true,
    });
    expect(pageMetadata({ title: "S", path: "/stories" }).robots).toBeUndefined();
  });
});
