import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, formReady, uniqueTitle } from "../support";

// Categories and tags (lib/categories.ts, lib/tags.ts): chosen in the thread form, shown and linked on
// the thread and in lists, each with a cached page in two orders and an Atom feed.

const ATOM = "application/atom+xml; charset=utf-8";

/** A tag no other test uses, so lists hold only this test's threads. */
const uniqueTag = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function startThread(page: Page, fields: { title: string; body: string; category?: string; tags?: string }) {
  await page.goto("/threads/new");
  await page.getByLabel("Title").fill(fields.title);
  if (fields.category) await page.getByLabel("Category").selectOption({ label: fields.category });
  if (fields.tags !== undefined) await page.getByLabel("Tags").fill(fields.tags);
  await page.getByLabel("Body").fill(fields.body);
  await page.getByRole("button", { name: "Post thread" }).click();
}

const row = (page: Page, title: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });

test(
  "a thread started in a category with tags shows them, and is on the category's page and each tag's page",
  { tag: "@embedded" },
  async ({ as }) => {
    const ada = await as(ADA);
    const title = uniqueTitle("Portfolio review wanted");
    const tag = uniqueTag("Portfolio Review");
    const normal = tag.toLowerCase().replace(/ /g, "-");
    await startThread(ada, {
      title,
      body: "Three projects, one write-up each.",
      category: "Projects and portfolios",
      tags: `${tag}, Kaggle , ${normal}`,
    });
    await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const threadUrl = new URL(ada.url()).pathname;

    // Normalised and deduplicated, linked from the thread.
    const article = ada.getByRole("article").first();
    await expect(article.getByRole("list", { name: "Tags" }).getByRole("link")).toHaveText([`#${normal}`, "#kaggle"]);
    await article.getByRole("link", { name: "Projects and portfolios" }).click();
    await expect(ada).toHaveURL(/\/c\/projects-and-portfolios$/);
    await expect(ada.getByRole("heading", { level: 1, name: "Projects and portfolios" })).toBeVisible();
    await expect(row(ada, title)).toBeVisible();

    // From the list row, its tag leads to the tag's page.
    await row(ada, title)
      .getByRole("link", { name: `#${normal}` })
      .click();
    await expect(ada).toHaveURL(new RegExp(`/tags/${normal}$`));
    await expect(ada.getByRole("heading", { level: 1, name: `#${normal}` })).toBeVisible();
    await expect(row(ada, title)).toBeVisible();

    // The category index counts it.
    await ada.goto("/c");
    await expect(ada.getByRole("link", { name: "Projects and portfolios" })).toBeVisible();
    await expect(ada.getByRole("listitem").filter({ hasText: "Projects and portfolios" })).toContainText(
      /\d+ threads?/,
    );
    expect(threadUrl).toMatch(/^\/threads\/\d+-/);

    // The tag index, reached from the categories, counts it under its new tag and leads to the tag's page.
    await ada.getByRole("link", { name: "Browse by tag" }).click();
    await expect(ada).toHaveURL(/\/tags$/);
    const entry = ada.getByRole("link", { name: `#${normal} 1 post`, exact: true });
    await expect(entry).toBeVisible();
    await expect(ada.getByRole("link", { name: /^#kaggle \d+ posts?$/ })).toBeVisible();
    await entry.click();
    await expect(ada.getByRole("heading", { level: 1, name: `#${normal}` })).toBeVisible();
    await ada.getByRole("link", { name: "Tags", exact: true }).click();
    await expect(ada.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
  },
);

test("an edit moves a thread to another category and retags it; every list follows", async ({ as, request }) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Thread that moves");
  const normal = uniqueTag("moving");
  await startThread(ada, {
    title,
    body: "Filed, then refiled.",
    category: "Projects and portfolios",
    tags: `${normal}, Kaggle`,
  });
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const threadUrl = new URL(ada.url()).pathname;
  await ada.goto("/c/projects-and-portfolios");
  await expect(row(ada, title)).toBeVisible();

  // An edit moves it: gone from the old category's page, on the new one's; tags replaced.
  await ada.goto(`${threadUrl.replace(/^\/threads\/(\d+).*/, "/threads/$1")}/edit`);
  await formReady(ada, ADA);
  await expect(ada.getByLabel("Category")).toHaveValue("projects-and-portfolios");
  await expect(ada.getByLabel("Tags")).toHaveValue(`${normal}, kaggle`);
  await ada.getByLabel("Category").selectOption({ label: "Off-topic" });
  await ada.getByLabel("Tags").fill("kaggle");
  await ada.getByRole("button", { name: "Save changes" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await ada.goto("/c/off-topic");
  await expect(row(ada, title)).toBeVisible();
  await ada.goto("/c/projects-and-portfolios");
  await expect(ada.getByRole("heading", { level: 1, name: "Projects and portfolios" })).toBeVisible();
  await expect(row(ada, title)).toHaveCount(0);
  // A tag page whose last thread left shows an empty list, not a 404: the tag exists.
  const emptied = await request.get(`/tags/${normal}`);
  expect(emptied.status()).toBe(200);
  expect(await emptied.text()).toContain("No discussions or stories with this tag are listed now.");

  // Unknown categories and what cannot be a tag are 404s; so are the internal view paths.
  expect((await request.get("/c/no-such-category")).status()).toBe(404);
  expect((await request.get("/tags/Not%20A%20Tag")).status()).toBe(404);
  expect((await request.get(`/tags/never-used-${Date.now()}`)).status()).toBe(404);
  expect((await request.get("/c/off-topic/view/sort_new")).status()).toBe(404);
});

test('"Start a thread" on a category\'s page starts it in that category; a signed-out reader signs in first and comes back to it', async ({
  as,
  page,
}) => {
  const ada = await as(ADA);
  await ada.goto("/c/learning-resources");
  await ada.getByRole("link", { name: "Start a thread" }).click();
  await expect(ada).toHaveURL(/\/threads\/new\?category=learning-resources$/);
  const category = ada.getByLabel("Category");
  await expect(category).toHaveValue("learning-resources");
  const title = uniqueTitle("Started from a category");
  await ada.getByLabel("Title").fill(title);
  await ada.getByLabel("Body").fill("Which course first?");
  await ada.getByRole("button", { name: "Post thread" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(ada.getByRole("article").first().getByRole("link", { name: "Learning resources" })).toBeVisible();

  // Only a category a discussion can be in is picked; anything else leaves the default.
  await ada.goto("/threads/new?category=success-stories");
  await expect(category).toHaveValue("getting-started");

  await page.goto("/c/off-topic");
  await page.getByRole("link", { name: "Start a thread" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fthreads%2Fnew%3Fcategory%3Doff-topic$/);
});

test("without JavaScript a member starts a thread in a category with tags; six tags are refused with a message", async ({
  as,
}) => {
  const grace = await as(GRACE, { javaScriptEnabled: false });
  const title = uniqueTitle("Take-home review without JavaScript");
  const tag = uniqueTag("take-home");
  await startThread(grace, {
    title,
    body: "How long should a take-home take?",
    category: "Job search and interviews",
    tags: `${tag}, a, b, c, d, e`,
  });
  const tags = grace.getByLabel("Tags");
  await expect(tags).toHaveAttribute("aria-invalid", "true");
  await expect(grace.getByText("Use at most 5 tags.")).toBeVisible();
  // What was typed is kept, the category too.
  await expect(tags).toHaveValue(`${tag}, a, b, c, d, e`);
  await expect(grace.getByLabel("Category")).toHaveValue("job-search-and-interviews");
  await tags.fill(`${tag}, interviews`);
  await grace.getByRole("button", { name: "Post thread" }).click();
  await expect(grace.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(
    grace.getByRole("article").first().getByRole("link", { name: "Job search and interviews" }),
  ).toBeVisible();

  await grace.goto(`/tags/${tag}`);
  await expect(row(grace, title)).toBeVisible();
  await grace.goto("/c/job-search-and-interviews");
  await expect(row(grace, title)).toBeVisible();
});

test("category and tag pages sort by activity (the default) or by age, through tidy URLs", async ({ as, request }) => {
  const ada = await as(ADA);
  const tag = uniqueTag("sorting");
  const older = uniqueTitle("Older thread");
  const newer = uniqueTitle("Newer thread");
  await startThread(ada, { title: older, body: "Posted first.", tags: tag });
  await expect(ada.getByRole("heading", { level: 1, name: older })).toBeVisible();
  const olderUrl = ada.url();
  await startThread(ada, { title: newer, body: "Posted second.", tags: tag });
  await expect(ada.getByRole("heading", { level: 1, name: newer })).toBeVisible();
  // A reply makes the older one the most recently active.
  await ada.goto(olderUrl);
  await ada.getByLabel("Reply", { exact: true }).fill("Bringing this back up.");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByRole("article", { name: `Reply by ${ADA}` })).toBeVisible();

  const titles = (page: Page) => page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 });
  await ada.goto(`/tags/${tag}`);
  await expect(titles(ada)).toHaveText([older, newer]);
  await expect(ada.getByRole("navigation", { name: "Sort" }).getByRole("link", { name: "Active" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await ada.getByRole("navigation", { name: "Sort" }).getByRole("link", { name: "New" }).click();
  await expect(ada).toHaveURL(new RegExp(`/tags/${tag}\\?sort=new$`));
  await expect(titles(ada)).toHaveText([newer, older]);

  // The default order has no parameter; junk and repeats go to the tidy address; the home page and
  // category pages take the same orders.
  for (const [given, tidy] of [
    [`/tags/${tag}?sort=active`, `/tags/${tag}`],
    [`/tags/${tag}?sort=sideways`, `/tags/${tag}`],
    [`/c/off-topic?sort=new&utm=x`, `/c/off-topic?sort=new`],
    ["/?sort=new&sort=new", "/"],
  ]) {
    const response = await request.get(given, { maxRedirects: 0 });
    expect(response.status(), given).toBe(307);
    expect(
      new URL(response.headers()["location"], "http://x").pathname +
        new URL(response.headers()["location"], "http://x").search,
      given,
    ).toBe(tidy);
  }
  for (const path of ["/?sort=new", "/c/getting-started?sort=new", `/tags/${tag}?sort=new`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  await ada.goto("/?sort=new");
  await expect(ada.getByRole("navigation", { name: "Sort" }).getByRole("link", { name: "New" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("each category and tag has an Atom feed, named in its page's head", async ({ as, request, baseURL }) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Feeds for categories & tags");
  const tag = uniqueTag("feeds");
  await startThread(ada, { title, body: "Read me in a **feed** reader.", category: "Learning resources", tags: tag });
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const url = new URL(ada.url()).pathname;

  for (const [page, feed] of [
    ["/c/learning-resources", "/feeds/c/learning-resources.atom"],
    [`/tags/${tag}`, `/feeds/tags/${tag}.atom`],
  ]) {
    await ada.goto(page);
    // Absolute: the layout's metadataBase is AUTH_URL.
    await expect(
      ada.locator(`head link[rel="alternate"][type="application/atom+xml"][href="${baseURL}${feed}"]`),
    ).toHaveCount(1);
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    expect(response.headers()["content-type"]).toBe(ATOM);
    const xml = await response.text();
    expect(xml).toContain(`<link rel="self" href="${baseURL}${feed}"/>`);
    expect(xml).toContain(`<link href="${baseURL}${url}"/>`);
    expect(xml).toContain(title.replace("&", "&amp;"));
  }
  expect((await request.get("/feeds/c/no-such-category.atom")).status()).toBe(404);
  expect((await request.get(`/feeds/tags/never-used-${Date.now()}.atom`)).status()).toBe(404);
  expect((await request.get("/feeds/tags/Bad%20Tag.atom")).status()).toBe(404);
  // The sitemap lists the category pages.
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`<loc>${baseURL}/c/learning-resources</loc>`);
});
