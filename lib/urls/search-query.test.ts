import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MARK_END,
  MARK_START,
  SEARCH_MAX_PAGES,
  SEARCH_QUERY_MAX,
  TOO_LONG_VIEW,
  markedHtml,
  readSearch,
  readSearchView,
  searchQuery,
  searchView,
} from "./search-query";
import { listRoute } from "./views";

const UNESCAPE: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

// Text with HTML-ish pieces and the markers mixed in anywhere (unbalanced, nested, doubled).
const snippet = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(MARK_START, MARK_END, "<script>", "</mark>", "<mark>", "&amp;", '"', "'", "<img onerror=x>", "<"),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("markedHtml", () => {
  it("yields no markup but balanced <mark> elements, and shows every other character as it was", () => {
    fc.assert(
      fc.property(snippet, (text) => {
        const html = markedHtml(text);
        const tags = html.match(/<[^>]*>/g) ?? [];
        // Only <mark> and </mark>, alternating, starting with <mark>: balanced, never nested.
        tags.forEach((tag, i) => expect(tag).toBe(i % 2 === 0 ? "<mark>" : "</mark>"));
        expect(tags.length % 2).toBe(0);
        // No raw "<" or ">" or quote outside those tags, and the text reads back exactly.
        const outside = html.replace(/<\/?mark>/g, "");
        expect(outside).not.toMatch(/[<>"']/);
        expect(outside.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e])).toBe(
          text.replace(/[\uE000\uE001]/g, ""),
        );
      }),
    );
  });

  it("marks what is between the markers", () => {
    expect(markedHtml(`a ${MARK_START}<b>${MARK_END} c`)).toBe("a <mark>&lt;b&gt;</mark> c");
    expect(markedHtml(`${MARK_END}x${MARK_START}y`)).toBe("x<mark>y</mark>");
  });
});

describe("search queries", () => {
  it("an empty or blank query is the help page", () => {
    for (const q of ["", "   ", "\u200b\n\t"]) expect(searchQuery(new URLSearchParams({ q, kind: "story" }))).toBe("");
    expect(readSearch(new URLSearchParams("kind=story")).status).toBe("empty");
  });

  it("tidies: one line, known values only, in a fixed order; a story fact with discussions is dropped", () => {
    expect(searchQuery(new URLSearchParams("page=2&education=no-degree&kind=story&q=  gpu%0A  jobs &junk=1"))).toBe(
      "q=gpu+jobs&kind=story&education=no-degree&page=2",
    );
    expect(searchQuery(new URLSearchParams("q=x&kind=nope&education=nope&page=1"))).toBe("q=x");
    expect(searchQuery(new URLSearchParams(`q=x&page=${SEARCH_MAX_PAGES + 1}`))).toBe("q=x");
    expect(searchQuery(new URLSearchParams("q=x&page=02"))).toBe("q=x&page=2");
    expect(searchQuery(new URLSearchParams("q=x&kind=discussion&field=finance"))).toBe("q=x&kind=discussion");
    expect(searchQuery(new URLSearchParams("q=x&q=y"))).toBe("");
  });

  it("keeps a known category and a tag in its normal form, and drops the rest", () => {
    expect(searchQuery(new URLSearchParams("tag=Computer Vision&q=cnn&category=projects-and-portfolios"))).toBe(
      "q=cnn&category=projects-and-portfolios&tag=computer-vision",
    );
    expect(searchQuery(new URLSearchParams("q=cnn&category=nope&tag=%21%21"))).toBe("q=cnn");
  });

  it("refuses a query past the limit with a sentence, as one page whatever its text", () => {
    const long = "a".repeat(SEARCH_QUERY_MAX + 1);
    const read = readSearch(new URLSearchParams({ q: long }));
    expect(read).toEqual({ status: "too-long", message: expect.stringContaining(`${SEARCH_QUERY_MAX} characters`) });
    expect(searchView(searchQuery(new URLSearchParams({ q: long, kind: "reply" })))).toBe(TOO_LONG_VIEW);
    expect(readSearchView(TOO_LONG_VIEW)?.status).toBe("too-long");
    expect(readSearch(new URLSearchParams({ q: "a".repeat(SEARCH_QUERY_MAX) })).status).toBe("ok");
  });

  it("a view is the tidy query, read back exactly; anything else is no page", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom("", "story", "reply", "x"), (q, kind) => {
        const tidy = searchQuery(new URLSearchParams({ q, kind }));
        if (tidy === "") return;
        const view = searchView(tidy);
        expect(view).toMatch(/^[A-Za-z0-9_-]+$/);
        const read = readSearchView(view);
        expect(read?.status).toBe("ok");
        if (read?.status === "ok") expect(read.request.q).toBe(new URLSearchParams(tidy).get("q"));
      }),
    );
    // The longest query there can be still has a page.
    const longest = searchQuery(
      new URLSearchParams({
        q: "🙂".repeat(SEARCH_QUERY_MAX),
        kind: "story",
        education: "no-degree",
        role: "ml-engineer",
        field: "finance",
        time: "1-2-years",
        how: "referral",
        page: "10",
      }),
    );
    expect(readSearchView(searchView(longest))?.status).toBe("ok");
    // Untidy queries, junk and other encodings never name a page.
    for (const query of ["q=+gpu", "kind=story&q=gpu", "q=", "junk"])
      expect(readSearchView(Buffer.from(query).toString("base64url"))).toBeNull();
    for (const view of ["%", "a/b", "!!", "x".repeat(5000), "all"]) expect(readSearchView(view)).toBeNull();
  });

  it("is a list route: /search maps to /search/<view>, an empty one to the help page", () => {
    const route = listRoute("/search")!;
    expect(route.internal(route.view!(route.normalize(new URLSearchParams("q=gpu"))))).toBe(
      `/search/${Buffer.from("q=gpu").toString("base64url")}`,
    );
    expect(route.internal(route.view!(route.normalize(new URLSearchParams("q=+&kind=story"))))).toBeNull();
  });
});
