import { expect, test } from "../fixtures";

// This server runs on the embedded database with no GitHub credentials: the demo sign-in exists.
test(
  "on the embedded database without GitHub credentials, the demo sign-in works as the sample member",
  { tag: "@embedded" },
  async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=%2Fthreads%2Fnew");
    await expect(page.getByRole("button", { name: "Sign in with GitHub" })).toHaveCount(0);
    await page.getByRole("button", { name: "Demo sign-in as Sam Member (sample)" }).click();
    await expect(page).toHaveURL(/\/threads\/new$/);
    await expect(page.getByTestId("signed-in-as")).toHaveText("sample-member");

    await page.getByLabel("Title").fill("Posted from the demo account");
    await page.getByLabel("Body").fill("Trying the forum out.");
    await page.getByRole("button", { name: "Post thread" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Posted from the demo account" })).toBeVisible();
  },
);

test("a fresh embedded start shows the seeded sample forum", { tag: "@embedded" }, async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(10);
});

test("the demo sign-in never sends the reader off the site", { tag: "@embedded" }, async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\t/evil.example/phish")}`);
  await page.getByRole("button", { name: "Demo sign-in as Sam Member (sample)" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText("sample-member");
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);

  // The endpoint itself, with a crafted form the page would never produce.
  for (const target of ["/\t/evil.example/phish", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
    const response = await page.request.post("/api/demo-sign-in", {
      form: { callbackUrl: target },
      headers: { origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/");
  }
});

test(
  "the demo sign-in endpoint refuses cross-site and origin-less posts",
  { tag: "@embedded" },
  async ({ request, baseURL }) => {
    for (const origin of ["https://evil.example", "null", undefined]) {
      const response = await request.post("/api/demo-sign-in", {
        form: { callbackUrl: "/" },
        headers: origin ? { origin } : {},
        maxRedirects: 0,
      });
      expect(response.status(), `origin ${origin}`).toBe(403);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }
    expect(baseURL).toBeTruthy();
  },
);

test(
  "'More stories' pages through every story without gaps or repeats, and 'First page' comes back",
  { tag: "@embedded" },
  async ({ page }) => {
    await page.goto("/stories?sort=fastest");
    const total = Number(
      /^(\d+) stories$/.exec((await page.getByRole("heading", { level: 2 }).first().textContent())!.trim())![1],
    );
    expect(total).toBeGreaterThan(20);
    const seen: string[] = [];
    for (let pages = 0; pages < 5; pages++) {
      seen.push(...(await page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents()));
      const more = page.getByRole("link", { name: "More stories" });
      if ((await more.count()) === 0) break;
      await more.click();
      await expect(page).toHaveURL(/\/stories\?sort=fastest&after=\d+\.\d+$/);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    await page.getByRole("link", { name: "First page" }).click();
    await expect(page).toHaveURL(/\/stories\?sort=fastest$/);
  },
);

test("'Older threads' leads past the first 30 discussions to the oldest", { tag: "@embedded" }, async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Demo sign-in as Sam Member (sample)" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText("sample-member");
  // The seed has fewer than a page of discussions; add enough for a second page.
  const threads = page.locator("main ol").first().locator(":scope > li");
  await page.goto("/");
  const onFirstPage = await threads.count();
  for (let i = onFirstPage; i <= 30; i++) {
    await page.goto("/threads/new");
    await page.getByLabel("Title").fill(`Paging filler thread ${i}`);
    await page.getByLabel("Body").fill(`Here so the home page has a second page (${i}).`);
    await page.getByRole("button", { name: "Post thread" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Paging filler thread ${i}` })).toBeVisible();
  }
  await page.goto("/");
  await expect(threads).toHaveCount(30);
  const firstPage = await threads.locator("h2").allTextContents();
  await page.getByRole("link", { name: "Older threads" }).click();
  await expect(page).toHaveURL(/\/\?after=\d+\.\d+$/);
  const secondPage = await threads.locator("h2").allTextContents();
  expect(secondPage.length).toBeGreaterThanOrEqual(1);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  await page.getByRole("link", { name: "Newest" }).click();
  await expect(page).toHaveURL(/\/$/);
});
