import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, postThread, storageStateFor, uniqueTitle } from "../support";

/** Every document and data request the page sends to our server (static files aside). */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.host !== new URL(page.url() === "about:blank" ? request.url() : page.url()).host) return;
    if (!["document", "fetch", "xhr"].includes(request.resourceType())) return;
    seen.push(`${url.pathname}${url.search}${request.headers()["next-router-prefetch"] ? " (prefetch)" : ""}`);
  });
  return seen;
}

async function viewAndScroll(page: Page, path: string) {
  await page.goto(path);
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(2_000);
}

test("a signed-out page view is one request: no session lookup, no prefetch until a link is pointed at", async ({
  page,
}) => {
  const requests = recordRequests(page);
  await viewAndScroll(page, "/");
  expect(requests).toEqual(["/"]);

  // Pointing at a link prefetches that link (its route tree and data), and only it.
  const link = page.getByRole("main").locator('a[href^="/threads/"]:not([href="/threads/new"])').first();
  const href = (await link.getAttribute("href"))!;
  await link.hover();
  await expect.poll(() => requests.length).toBeGreaterThan(1);
  await page.waitForTimeout(1_500);
  const prefetches = requests.slice(1);
  for (const request of prefetches) expect(request).toMatch(new RegExp(`^${href}\\?_rsc=[\\w-]+ \\(prefetch\\)$`));
  // Pointing at it again fetches nothing new.
  await page.mouse.move(0, 0);
  await link.hover();
  await page.waitForTimeout(1_500);
  expect(requests.slice(1)).toEqual(prefetches);
});

test("a signed-in page view adds exactly one per-reader request, asking about everything the page lists", async ({
  browser,
}) => {
  test.slow(); // a thread to list, then four views of two seconds each
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const page = await context.newPage();
  // The new thread's page asks once the page has settled: wait for it, so it is not counted below.
  const threadAsked = page.waitForResponse((response) => response.url().includes("/api/reader?thread="));
  const thread = await postThread(page, uniqueTitle("One request a view"), "Listed on the home page and the profile.");
  await threadAsked;
  const threadId = /^\/threads\/(\d+)/.exec(thread)![1];
  const requests = recordRequests(page);
  // Each page hydrates in several steps (its lists among them); the request waits for all of them.
  const views: [string, RegExp][] = [
    ["/stories", /^\/api\/reader(\?threads=[\d%C]+)?$/],
    ["/", new RegExp(`^/api/reader\\?threads=([\\d]+%2C)*${threadId}(%2C|$)`)],
    [`/u/${ADA}`, new RegExp(`^/api/reader\\?threads=([\\d]+%2C)*${threadId}(%2C|$)`)],
    [thread, new RegExp(`^/api/reader\\?thread=${threadId}(&seen=\\d+)?$`)],
  ];
  for (const [path, asked] of views) {
    const start = requests.length;
    await viewAndScroll(page, path);
    const view = requests.slice(start);
    expect(view[0], path).toBe(path);
    const readers = view.filter((r) => r.startsWith("/api/reader"));
    expect(readers, path).toHaveLength(1);
    expect(readers[0], path).toMatch(asked);
  }
  await expect(page.getByTestId("signed-in-as")).toHaveText(ADA);
  await context.close();
});

test("times are absolute in the page and relative once the browser runs", async ({ browser }) => {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto("/");
  await expect(noScript.locator("main time").first()).toHaveText(/^\d{1,2} \w{3} \d{4}, \d\d:\d\d UTC$/);
  await plain.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  const time = page.locator("main time").first();
  await expect(time).toHaveText(/ ago$/);
  expect(Date.parse((await time.getAttribute("datetime"))!)).toBeLessThanOrEqual(Date.now());
  await context.close();
});

test("the browser loads no server-side libraries: no client chunk of the build holds validation or Markdown", async ({
  request,
}) => {
  // Every chunk the build made for browsers, not only one page's: a client component that imports a
  // module which imports zod ships zod (and zod 4's eval probe breaks the CSP, e2e/forum/csp.spec.ts).
  const dir = path.join(process.cwd(), ".next", "static", "chunks");
  const chunks = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".js"));
  expect(chunks.length).toBeGreaterThan(10);
  for (const name of chunks) {
    const code = readFileSync(path.join(dir, name), "utf8");
    // zod's error class and the Markdown parser's name survive minification.
    expect(code, name).not.toMatch(/ZodError|micromark/);
  }
  // And the chunks are the ones served: a page's scripts come from this directory.
  const html = await (await request.get("/")).text();
  const first = /<script\b[^>]*\bsrc="\/_next\/static\/chunks\/([^"?]+\.js)/.exec(html);
  expect(chunks).toContain(first?.[1]);
});
