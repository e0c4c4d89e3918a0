// Writes for the cache-miss measurement, made through the app's own forms in Chromium with JavaScript
// off (as a member without it would post): each runs the real Server Action and its updateTag, so the
// next request of the route is a true miss, rendered on the large data.
import { launchBrowser } from "./page-views.mjs";

/**
 * `cookies` ({ name: value }) sign the browser in as the bench reader. `threadPath` is the thread a
 * reply goes to; `storyEditPath` the edit page of one of the reader's own stories, saved unchanged.
 */
export async function createWriter(origin, cookies, { threadPath, storyEditPath }) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: origin });
  const { hostname } = new URL(origin);
  await context.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, domain: hostname, path: "/", sameSite: "Lax" })),
  );
  const page = await context.newPage();
  let count = 0;
  // Each run's replies differ from the last run's, which the same-text rule would refuse for a while.
  const run = Date.now().toString(36);

  async function submit(path, fill, button) {
    await page.goto(path);
    await fill();
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: button, exact: true }).click(),
    ]);
    if (!response?.ok()) throw new Error(`the write on ${path} answered ${response?.status()}`);
    // A write that went through leaves for the post's page; a refused one shows the form again.
    if (new URL(page.url()).href === new URL(path, origin).href)
      throw new Error(`the write on ${path} was refused (the form came back)`);
  }

  return {
    /** A reply to the thread: changes the thread's page and the discussion list. */
    reply: () =>
      submit(
        threadPath,
        () =>
          page
            .getByLabel("Reply", { exact: true })
            .fill(`Bench reply ${++count} of run ${run}, written to expire the page.`),
        "Post reply",
      ),
    /** The reader's story saved as it is: changes its page, the story lists and the insights. */
    story: () => submit(storyEditPath, async () => {}, "Save changes"),
    close: () => browser.close(),
  };
}
