import { expect, test } from "../fixtures";
import { ADA, postThread, uniqueTitle } from "../support";

// Atom feeds, robots.txt and the sitemap (lib/feeds.ts): what feed readers and crawlers get. The
// server's AUTH_URL is the base URL, so every absolute link in them starts with it.

const ATOM = "application/atom+xml; charset=utf-8";

test("a new thread is in the discussions feed and its reply in the thread's feed, with absolute links", async ({
  as,
  request,
  baseURL,
}) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Feeds & <readers>");
  const url = await postThread(ada, title, "Written for **feed** readers.");
  const id = url.match(/^\/threads\/(\d+)-/)![1];

  const threads = await request.get("/feeds/threads.atom");
  expect(threads.status()).toBe(200);
  expect(threads.headers()["content-type"]).toBe(ATOM);
  const list = await threads.text();
  expect(list).toContain(`<link rel="self" href="${baseURL}/feeds/threads.atom"/>`);
  expect(list).toContain(`<link href="${baseURL}${url}"/>`);
  // The title escaped once for a type="html" title; the body as stored, sanitized HTML.
  expect(list).toContain(title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  expect(list).toContain("<strong>feed</strong>");
  expect(list).toContain(`<name>${ADA}</name>`);

  const text = `A reply for the feed ${Date.now()}`;
  await ada.getByLabel("Reply", { exact: true }).fill(text);
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByRole("article", { name: `Reply by ${ADA}` })).toContainText(text);

  const replies = await request.get(`/feeds/threads/${id}.atom`);
  expect(replies.status()).toBe(200);
  expect(replies.headers()["content-type"]).toBe(ATOM);
  const feed = await replies.text();
  expect(feed).toContain(`<link rel="self" href="${baseURL}/feeds/threads/${id}.atom"/>`);
  expect(feed).toContain(`<link rel="alternate" href="${baseURL}${url}"/>`);
  expect(feed).toContain(text);
  // Each reply links to the page of the thread that shows it, scrolled to it.
  expect(feed).toMatch(new RegExp(`<link href="${escapeRegExp(`${baseURL}${url}`)}\\?before=(\\d+)#reply-\\d+"/>`));
  for (const href of feed.matchAll(/<link [^>]*href="([^"]*)"/g))
    expect(href[1].startsWith(`${baseURL}/`), href[1]).toBe(true);
});

test("the stories feed is Atom too", async ({ request, baseURL }) => {
  const stories = await request.get("/feeds/stories.atom");
  expect(stories.status()).toBe(200);
  expect(stories.headers()["content-type"]).toBe(ATOM);
  expect(await stories.text()).toContain(`<link rel="alternate" href="${baseURL}/stories"/>`);
});

test("a feed of an unknown, malformed or deleted thread is a 404", async ({ as, request }) => {
  const unseen = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  for (const path of [
    `/feeds/threads/${unseen}.atom`,
    "/feeds/threads/abc.atom",
    "/feeds/threads/0.atom",
    `/feeds/threads/${unseen}`,
    `/feeds/threads/${unseen}.rss`,
    `/feeds/threads/-1.atom`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }

  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Deleted from the feeds"), "Soon gone.");
  const id = url.match(/^\/threads\/(\d+)-/)![1];
  expect((await request.get(`/feeds/threads/${id}.atom`)).status()).toBe(200);
  ada.once("dialog", (dialog) => dialog.accept());
  await ada.getByRole("button", { name: "Delete" }).first().click();
  await expect(ada.getByText("Your thread was deleted.")).toBeVisible();
  expect((await request.get(`/feeds/threads/${id}.atom`)).status()).toBe(404);
  expect(await (await request.get("/feeds/threads.atom")).text()).not.toContain(url);
});

test("robots.txt keeps crawlers out of the moderators' pages and forms, not the public log, and names the sitemap", async ({
  request,
  baseURL,
}) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const lines = (await robots.text()).split("\n").map((line) => line.trim());
  for (const path of [
    "/mod$",
    "/mod/",
    "/api/",
    "/sign-in",
    "/threads/new",
    "/stories/new",
    "/threads/*/edit",
    "/replies/",
  ]) {
    expect(lines, path).toContain(`Disallow: ${path}`);
  }
  expect(lines).not.toContain("Disallow: /mod");
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the sitemap lists the public pages and a new thread by its canonical URL", async ({ as, request, baseURL }) => {
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Mapped for crawlers"), "Find me.");
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${baseURL}/</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/stories</loc>`);
  expect(xml).toMatch(new RegExp(`<url><loc>${escapeRegExp(`${baseURL}${url}`)}</loc><lastmod>[^<]+</lastmod></url>`));
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
