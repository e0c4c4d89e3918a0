import { describe, expect, it } from "vitest";
import type { Digest } from "../digest";
import { renderDigestEmail } from "./digest-email";

const HOSTILE = `<script>alert("x")</script> & 'quotes' "too" <img src=x onerror=alert(1)>`;

const digest: Digest = {
  userId: "u1",
  weekStart: new Date("2026-11-23T00:00:00Z"),
  weekEnd: new Date("2026-11-30T00:00:00Z"),
  categories: ["learning-resources", "job-search-and-interviews"],
  discussions: [
    {
      id: 12,
      title: HOSTILE,
      path: "/threads/12-script-alert-x-script",
      category: { slug: "learning-resources", name: "Learning resources" },
      replyCount: 1,
      helpfulCount: 4,
      excerpt: "Use <b>this</b> & that…",
    },
    {
      id: 13,
      title: "Which projects got you interviews?",
      path: "/threads/13-which-projects",
      category: { slug: "job-search-and-interviews", name: "Job search and interviews" },
      replyCount: 3,
      helpfulCount: 1,
      excerpt: "",
    },
  ],
  stories: [
    {
      id: 40,
      title: `Bookkeeper "to" ML & <back>`,
      path: "/stories/40-bookkeeper-to-ml-back",
      summary: "Bookkeeper → ML engineer in 1 year 2 months, no degree.",
      reasons: ["Same education: No degree", "Same previous field: Finance / accounting"],
    },
  ],
};

const options = { baseUrl: "https://mlpaths.example/", unsubscribeUrl: "https://mlpaths.example/unsubscribe?t=a&b=c" };

/** Every href in the HTML, as the browser reads it (entities decoded). */
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&").replaceAll("&#39;", "'"));

describe("the digest email", () => {
  it("escapes members' titles and excerpts in the HTML, leaving no markup of theirs", () => {
    const { html } = renderDigestEmail(digest, options);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<back>");
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &quot;too&quot; &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(html).toContain("Use &lt;b&gt;this&lt;/b&gt; &amp; that…");
    expect(html).toContain("Bookkeeper &quot;to&quot; ML &amp; &lt;back&gt;");
    // The only tags are the email's own.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1].toLowerCase()));
    expect([...tags].sort()).toEqual(
      [
        "!doctype",
        "a",
        "body",
        "br",
        "div",
        "h1",
        "h2",
        "head",
        "hr",
        "html",
        "li",
        "meta",
        "p",
        "span",
        "strong",
        "title",
        "ul",
      ].sort(),
    );
  });

  it("keeps members' text as written in the plain-text part", () => {
    const { text } = renderDigestEmail(digest, options);
    expect(text).toContain(HOSTILE);
    expect(text).toContain("Use <b>this</b> & that…");
    expect(text).not.toContain("&amp;");
  });

  it("links every item absolutely on the base URL, with the settings and unsubscribe links", () => {
    const { html, text } = renderDigestEmail(digest, options);
    const expected = [
      "https://mlpaths.example/threads/12-script-alert-x-script",
      "https://mlpaths.example/threads/13-which-projects",
      "https://mlpaths.example/stories/40-bookkeeper-to-ml-back",
      "https://mlpaths.example/settings/email",
      "https://mlpaths.example/unsubscribe?t=a&b=c",
    ];
    expect(hrefs(html)).toEqual(expected);
    for (const url of expected) expect(text).toContain(url);
    expect(text).toContain(
      "You get this weekly digest because you turned it on in your email settings: https://mlpaths.example/settings/email",
    );
    expect(html).toContain(
      'You get this weekly digest because you turned it on in your email settings: <a href="https://mlpaths.example/settings/email">',
    );
    expect(html).toContain('<a href="https://mlpaths.example/unsubscribe?t=a&amp;b=c">Unsubscribe</a>');
  });

  it("carries the same items, in the same order, in the text and the HTML", () => {
    const { html, text } = renderDigestEmail(digest, options);
    const urls = (s: string) =>
      [...s.matchAll(/https:\/\/mlpaths\.example\/(?:threads|stories)\/[\w-]+/g)].map((m) => m[0]);
    expect(urls(text)).toEqual(urls(html));
    expect(urls(text)).toHaveLength(3);
    for (const part of [
      "1 reply · 4 helpful marks",
      "3 replies · 1 helpful mark",
      "Same education: No degree · Same previous field: Finance / accounting",
    ]) {
      expect(text).toContain(part);
      expect(html).toContain(part);
    }
    expect(text).toContain("From the categories you read: Learning resources, Job search and interviews.");
    expect(html).toContain("From the categories you read: Learning resources, Job search and interviews.");
  });

  it("says what the week holds in the subject", () => {
    expect(renderDigestEmail(digest, options).subject).toBe(
      "Your MLPaths week (23 Nov – 29 Nov 2026): 2 helpful discussions, 1 story like yours",
    );
    expect(renderDigestEmail({ ...digest, discussions: [], categories: null }, options).subject).toBe(
      "Your MLPaths week (23 Nov – 29 Nov 2026): 1 story like yours",
    );
  });

  it("leaves out a section with nothing in it, and names every category for a member with no history", () => {
    const { text, html } = renderDigestEmail({ ...digest, stories: [], categories: null }, options);
    expect(text).not.toContain("PATHS LIKE YOURS");
    expect(html).not.toContain("paths like yours");
    expect(text).toContain("From every category");
  });

  it("refuses an empty digest, a relative base URL and a script unsubscribe link", () => {
    expect(() => renderDigestEmail({ ...digest, discussions: [], stories: [] }, options)).toThrow(RangeError);
    expect(() => renderDigestEmail(digest, { ...options, baseUrl: "/relative" })).toThrow(TypeError);
    expect(() => renderDigestEmail(digest, { ...options, unsubscribeUrl: "javascript:alert(1)" })).toThrow(TypeError);
  });
});
