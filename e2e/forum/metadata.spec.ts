import { expect, test } from "../fixtures";
import type { APIRequestContext } from "@playwright/test";
import { ADA, postThread, publishStory, uniqueTitle } from "../support";

/** The head's meta tags of a page, as a link preview or a search engine reads them. */
async function metaOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const meta: Record<string, string> = {};
  for (const [, key, value] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) meta[key] = value;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  const feeds = [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]* href="([^"]+)"/g)].map(
    ([, href]) => new URL(href, "http://x").pathname,
  );
  return { meta, canonical, feeds };
}

test("threads, stories and profiles carry a description, a canonical address and link-preview cards", async ({
  as,
  request,
}) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Previews read this");
  const url = await postThread(ada, title, "A **first** paragraph & more, for the preview.\n\n- and a list");

  const thread = await metaOf(request, url);
  expect(thread.canonical).toMatch(new RegExp(`${url}$`));
  expect(thread.meta["og:title"]).toBe(title);
  expect(thread.meta["og:type"]).toBe("article");
  expect(thread.meta["og:site_name"]).toBe("MLPaths");
  expect(thread.meta["og:url"]).toMatch(new RegExp(`^http://localhost:\\d+${url}$`));
  expect(thread.meta["description"]).toBe("A first paragraph &amp; more, for the preview. and a list");
  expect(thread.meta["og:description"]).toBe(thread.meta["description"]);
  expect(thread.meta["twitter:card"]).toBe("summary");

  const storyHref = await publishStory(ada, uniqueTitle("Previews draw this path"));
  const story = await metaOf(request, storyHref);
  expect(story.meta["description"]).toMatch(/ → .+ in \d/);
  expect(story.meta["og:type"]).toBe("article");
  // Its preview image is drawn on the server from its path, and cached like the page.
  expect(story.meta["twitter:card"]).toBe("summary_large_image");
  const image = story.meta["og:image"];
  expect(image).toMatch(new RegExp(`^http://localhost:\\d+${storyHref.replace(/-.*/, "")}[^/]*/opengraph-image`));
  const png = await request.get(new URL(image).pathname + new URL(image).search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBe(1200);
  // An unknown story gets the site's plain card, not an error.
  const plain = await request.get("/stories/987654321/opengraph-image");
  expect(plain.status()).toBe(200);
  expect((await plain.body()).equals(bytes)).toBe(false);

  const profile = await metaOf(request, `/u/${ADA}`);
  expect(profile.meta["og:type"]).toBe("profile");
  expect(profile.meta["description"]).toMatch(new RegExp(`^${ADA} on MLPaths: \\d+ discussions`));
  expect(profile.canonical).toMatch(new RegExp(`/u/${ADA}$`));

  const stories = await metaOf(request, "/stories");
  expect(stories.meta["og:title"]).toBe("Success stories");
  expect(stories.canonical).toMatch(/\/stories$/);
});

test("the home page, paths like mine and the moderation log have a canonical address and link-preview cards, whatever their query", async ({
  request,
}) => {
  for (const [path, title, canonical] of [
    // The site's address itself (Next writes it without the closing slash).
    ["/", "MLPaths", /^https?:\/\/[^/]+\/?$/],
    ["/?sort=new", "MLPaths", /^https?:\/\/[^/]+\/?$/],
    ["/stories/like-mine", "Paths like mine", /\/stories\/like-mine$/],
    ["/stories/like-mine?education=no-degree", "Paths like mine", /\/stories\/like-mine$/],
    ["/moderation", "Moderation log", /\/moderation$/],
  ] as const) {
    const page = await metaOf(request, path);
    expect(page.meta["og:title"], path).toBe(title);
    expect(page.meta["description"], path).toBeTruthy();
    expect(page.meta["og:description"], path).toBe(page.meta["description"]);
    expect(page.canonical, path).toMatch(canonical);
    // The site's feeds are still announced (a page's alternates replace the layout's).
    expect(page.feeds, path).toEqual(["/feeds/threads.atom", "/feeds/stories.atom"]);
  }
});
