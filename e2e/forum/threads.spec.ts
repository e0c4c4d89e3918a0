import { expect, test } from "../fixtures";
import { ADA, GRACE, formReady, postThread, uniqueTitle } from "../support";

test(
  "two members post, reply, edit and delete; each can change only their own posts",
  { tag: "@embedded" },
  async ({ as }) => {
    const ada = await as(ADA);
    const grace = await as(GRACE);
    const title = uniqueTitle("From support engineer to MLOps");
    const url = await postThread(ada, title, "I spent **nine months** on this.\n\n- Docker\n- Kubernetes");
    await expect(ada.locator("article strong")).toHaveText("nine months");

    // Grace replies.
    await grace.goto(url);
    await grace.getByLabel("Reply", { exact: true }).fill("Which course helped most with Kubernetes?");
    await grace.getByRole("button", { name: "Post reply" }).click();
    const graceReply = grace.getByRole("article", { name: `Reply by ${GRACE}` });
    await expect(graceReply).toContainText("Which course helped most with Kubernetes?");
    await expect(grace.getByRole("heading", { name: "1 reply" })).toBeVisible();

    // Ada sees the reply but no controls on it; she has them on her own thread.
    await ada.goto(url);
    const replyAsSeenByAda = ada.getByRole("article", { name: `Reply by ${GRACE}` });
    await expect(replyAsSeenByAda).toBeVisible();
    await expect(ada.getByRole("link", { name: "Edit" })).toHaveCount(1);
    await expect(replyAsSeenByAda.getByRole("link", { name: "Edit" })).toHaveCount(0);

    // Ada cannot reach the edit form of Grace's reply by URL either.
    const replyId = (await replyAsSeenByAda.locator("xpath=..").getAttribute("id"))!.replace("reply-", "");
    await ada.goto(`/replies/${replyId}/edit`);
    await expect(ada.getByText("You can only edit your own replies.")).toBeVisible();
    await expect(ada.getByRole("button", { name: "Save changes" })).toHaveCount(0);

    // Grace edits her reply.
    await grace.goto(url);
    await graceReply.getByRole("link", { name: "Edit" }).click();
    await formReady(grace, GRACE);
    await expect(grace.getByRole("heading", { name: "Edit reply" })).toBeVisible();
    await grace.getByLabel("Reply", { exact: true }).fill("Edited: which Kubernetes course would you recommend?");
    await grace.getByRole("button", { name: "Save changes" }).click();
    await expect(graceReply).toContainText("Edited: which Kubernetes course would you recommend?");

    // Ada edits her thread.
    await ada.goto(url);
    await ada.getByRole("link", { name: "Edit" }).click();
    await formReady(ada, ADA);
    await expect(ada.getByRole("heading", { name: "Edit thread" })).toBeVisible();
    await ada.getByLabel("Title").fill(`${title} (updated)`);
    await ada.getByRole("button", { name: "Save changes" }).click();
    await expect(ada.getByRole("heading", { level: 1 })).toHaveText(`${title} (updated)`);

    // Grace deletes her reply: a placeholder keeps its place, the count drops.
    await grace.goto(url);
    grace.once("dialog", (dialog) => dialog.accept());
    await graceReply.getByRole("button", { name: "Delete" }).click();
    await expect(grace.getByText("This reply was deleted by its author.")).toBeVisible();
    await expect(grace.getByRole("heading", { name: "0 replies" })).toBeVisible();

    // Ada deletes her thread: gone from the list, its page is a 404.
    await ada.goto(url);
    ada.once("dialog", (dialog) => dialog.accept());
    await ada.getByRole("button", { name: "Delete" }).first().click();
    await expect(ada).toHaveURL(/\/$/);
    await expect(ada.getByText("Your thread was deleted.")).toBeVisible();
    await expect(ada.getByRole("link", { name: title })).toHaveCount(0);
    const gone = await ada.goto(url);
    expect(gone?.status()).toBe(404);
  },
);

test("anonymous visitors read threads and replies and are offered sign-in instead of the reply box", async ({
  as,
  page,
}) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Reading list for the math you actually need");
  const url = await postThread(ada, title, "Start with linear algebra.");
  await ada.getByLabel("Reply", { exact: true }).fill("And some probability.");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByText("And some probability.")).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("And some probability.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to reply" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe(url);
});

test("the home list shows author, reply count and the most recently active thread first", async ({ as }) => {
  const ada = await as(ADA);
  const older = uniqueTitle("Older thread");
  const newer = uniqueTitle("Newer thread");
  const olderUrl = await postThread(ada, older, "first");
  await postThread(ada, newer, "second");
  // A reply makes the older thread the most recently active.
  await ada.goto(olderUrl);
  await ada.getByLabel("Reply", { exact: true }).fill("bump with something useful");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByText("bump with something useful")).toBeVisible();

  await ada.goto("/");
  const items = ada.getByRole("listitem").filter({ has: ada.getByRole("heading", { level: 2 }) });
  await expect(items.first()).toContainText(older);
  await expect(items.first()).toContainText(`by ${ADA}`);
  await expect(items.first()).toContainText("1 reply");
  await expect(items.nth(1)).toContainText(newer);
});

// The class lists every row and reply repeats are named utilities in app/globals.css (to keep cached
// pages small); a misspelt or dropped one leaves them unstyled without failing anything else.
test("list rows and replies are styled by the stylesheet's named classes", async ({ as }) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Styled thread");
  const url = await postThread(ada, title, "a thread to look at");
  await ada.getByLabel("Reply", { exact: true }).fill("a reply to look at");
  await ada.getByRole("button", { name: "Post reply" }).click();
  const reply = ada.getByRole("article", { name: `Reply by ${ADA}` });
  await expect(reply).toContainText("a reply to look at");
  await expect(reply).toHaveCSS("border-top-left-radius", "12px");
  await expect(reply.getByRole("link", { name: ADA, exact: true })).toHaveCSS("font-weight", "500");

  const grace = await as(GRACE);
  await grace.goto(url);
  const helpful = grace.getByRole("article", { name: `Reply by ${ADA}` }).getByRole("button", { name: /^Helpful/ });
  await expect(helpful).toHaveCSS("border-top-width", "1px");
  await expect(helpful).toHaveCSS("border-top-left-radius", "6px");

  await grace.goto("/");
  const row = grace.getByRole("listitem").filter({ has: grace.getByRole("heading", { name: title }) });
  await expect(row.getByRole("link", { name: "Getting started" })).not.toHaveCSS(
    "background-color",
    "rgba(0, 0, 0, 0)",
  );
  await row.getByRole("link", { name: title }).hover();
  await expect(row.getByRole("link", { name: title })).toHaveCSS("text-decoration-line", "underline");
});

test("a refused form shows the message next to the field and keeps what was typed", async ({ as }) => {
  const ada = await as(ADA);
  await ada.goto("/threads/new");
  await ada.getByLabel("Title").fill("Hey");
  await ada.getByLabel("Body").fill("My long question that must not be lost.");
  await ada.getByRole("button", { name: "Post thread" }).click();
  await expect(ada.getByText("Title must be at least 5 characters.")).toBeVisible();
  await expect(ada.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(ada.getByLabel("Title")).toHaveValue("Hey");
  await expect(ada.getByLabel("Body")).toHaveValue("My long question that must not be lost.");
  await expect(ada).toHaveURL(/\/threads\/new$/);
});

test("with JavaScript off a member posts a thread, gets field errors, and replies", async ({ as }) => {
  const ada = await as(ADA, { javaScriptEnabled: false });
  await ada.goto("/threads/new");
  await ada.getByLabel("Title").fill("No");
  await ada.getByLabel("Body").fill("Typed without JavaScript.");
  await ada.getByRole("button", { name: "Post thread" }).click();
  await expect(ada.getByText("Title must be at least 5 characters.")).toBeVisible();
  await expect(ada.getByLabel("Body")).toHaveValue("Typed without JavaScript.");

  const title = uniqueTitle("Posted with JavaScript off");
  await ada.getByLabel("Title").fill(title);
  await ada.getByRole("button", { name: "Post thread" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await ada.getByLabel("Reply", { exact: true }).fill("A reply, also without JavaScript.");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByText("A reply, also without JavaScript.")).toBeVisible();
  await expect(ada.getByRole("heading", { name: "1 reply" })).toBeVisible();
});

test("a double click on Post reply posts once", { tag: "@embedded" }, async ({ as }) => {
  const ada = await as(ADA);
  await postThread(ada, uniqueTitle("Double submit check"), "Does a double click post twice?");
  await ada.getByLabel("Reply", { exact: true }).fill("only once please");
  await ada.getByRole("button", { name: "Post reply" }).dblclick();
  await expect(ada.getByText("only once please")).toHaveCount(1);
  await ada.reload();
  await expect(ada.getByText("only once please")).toHaveCount(1);
  await expect(ada.getByRole("heading", { name: "1 reply" })).toBeVisible();
});

test(
  "a reply sent twice (the browser's own request, replayed) posts once: the form's key lands on the first reply",
  { tag: "@embedded" },
  async ({ as }) => {
    const ada = await as(ADA);
    const url = await postThread(ada, uniqueTitle("Sent twice"), "What if a form is sent twice?");
    await ada.getByLabel("Reply", { exact: true }).fill("posted once, sent twice");
    const sent = ada.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
    const answered = ada.waitForResponse(
      (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
    );
    await ada.getByRole("button", { name: "Post reply" }).click();
    const [request, first] = await Promise.all([sent, answered]);
    await expect(ada.getByText("posted once, sent twice")).toHaveCount(1);
    const landed = first.headers()["x-action-redirect"];
    expect(landed).toMatch(/#reply-\d+/);

    // The same bytes again, as a retry after a dropped connection would send them: not refused, not
    // written again, but sent to the reply the first one made.
    const sentHeaders = await request.allHeaders();
    const headers = {
      ...Object.fromEntries(
        Object.entries(sentHeaders).filter(([name]) =>
          ["next-action", "next-router-state-tree", "content-type", "accept"].includes(name),
        ),
      ),
      origin: new URL(request.url()).origin,
    };
    const replay = await ada.request.post(request.url(), { headers, data: request.postDataBuffer()!, maxRedirects: 0 });
    expect(replay.status()).toBeLessThan(400);
    // A refusal would come back as form state, without a redirect.
    expect(replay.headers()["x-action-redirect"]).toBe(landed);
    await ada.goto(url);
    await expect(ada.getByText("posted once, sent twice")).toHaveCount(1);
    await expect(ada.getByRole("heading", { name: "1 reply" })).toBeVisible();
  },
);

test("without JavaScript the same reply sent again is refused with a message, and posted once", async ({ as }) => {
  const ada = await as(ADA, { javaScriptEnabled: false });
  const url = await postThread(ada, uniqueTitle("Sent twice without JavaScript"), "And without JavaScript?");
  await ada.getByLabel("Reply", { exact: true }).fill("posted once, refused the second time");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByText("posted once, refused the second time")).toHaveCount(1);
  await ada.goBack();
  await ada.getByLabel("Reply", { exact: true }).fill("posted once, refused the second time");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.getByText("You posted exactly this a moment ago")).toBeVisible();
  await ada.goto(url);
  await expect(ada.getByText("posted once, refused the second time")).toHaveCount(1);
  await expect(ada.getByRole("heading", { name: "1 reply" })).toBeVisible();
});

test("Markdown is rendered and sanitized; external links get nofollow ugc noopener", async ({ as }) => {
  const ada = await as(ADA);
  let alerted = false;
  ada.on("dialog", async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await postThread(
    ada,
    uniqueTitle("Markdown check"),
    "<script>alert(1)</script>\n\n[bad](javascript:alert(1)) [fast.ai](https://course.fast.ai)\n\n<img src=x onerror=alert(1)>\n\n| a | b |\n|---|---|\n| 1 | 2 |",
  );
  const body = ada.locator("article .post-body");
  await expect(body.locator("table")).toBeVisible();
  await expect(body.locator("script, img")).toHaveCount(0);
  await expect(body.getByRole("link", { name: "fast.ai" })).toHaveAttribute("rel", "nofollow ugc noopener");
  const badHref = await body.getByText("bad").evaluate((el) => el.closest("a")?.getAttribute("href") ?? null);
  expect(badHref ?? "").not.toMatch(/javascript:/i);
  expect(alerted).toBe(false);
});

test("unknown or malformed ids answer 404 with the not-found page", async ({ page }) => {
  for (const path of [
    "/threads/987654321",
    "/threads/not-a-number",
    "/threads/99999999999999999999999",
    "/replies/987654321/edit",
    "/threads/1x/edit",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a long thread pages its replies, and a new reply lands on the page that ends with it", async ({ as }) => {
  test.setTimeout(120_000);
  const ada = await as(ADA);
  const title = uniqueTitle("A very long conversation");
  const url = await postThread(ada, title, "Opening post of a long thread.");
  // One more than a page (50 replies).
  for (let i = 1; i <= 51; i++) {
    await ada.getByLabel("Reply", { exact: true }).fill(`Reply number ${i}`);
    await ada.getByRole("button", { name: "Post reply" }).click();
    await expect(ada.getByText(`Reply number ${i}`, { exact: true })).toBeVisible();
  }
  await expect(ada.getByRole("heading", { name: "51 replies" })).toBeVisible();
  // The last page: the newest reply, no opening post, a link back. (Pages navigated away from stay in the
  // document, hidden, for going back: only what is visible counts.)
  await expect(ada.getByText("Opening post of a long thread.").filter({ visible: true })).toHaveCount(0);
  await expect(ada.getByText("Reply number 1", { exact: true }).filter({ visible: true })).toHaveCount(0);
  await ada.getByRole("link", { name: "Earlier replies" }).click();
  await expect(ada.getByText("Opening post of a long thread.").filter({ visible: true })).toBeVisible();
  await expect(ada.getByText("Reply number 1", { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(ada.getByText("Reply number 51", { exact: true }).filter({ visible: true })).toHaveCount(0);

  // The first page of the canonical URL holds the first 50, and a reader who never opened the thread
  // stays there; "Newer replies" goes on.
  const grace = await as(GRACE);
  await grace.goto(url);
  await expect(grace.locator("ol > li[id^=reply-]:visible")).toHaveCount(50);
  await expect(grace.getByTestId("signed-in-as")).toHaveText(/\S/);
  await expect(grace.getByRole("link", { name: "First new reply since your last visit" })).toHaveCount(0);
  expect(grace.url()).toBe(new URL(url, grace.url()).href);
  // Her read position moves when this page's per-reader request is answered, as a reader's would.
  const readSecondPage = grace.waitForResponse((response) => response.url().includes("/api/reader?thread="));
  await grace.getByRole("link", { name: "Newer replies" }).click();
  await expect(grace.locator("ol > li[id^=reply-]:visible")).toHaveCount(1);
  await expect(grace.getByText("Reply number 51", { exact: true })).toBeVisible();
  await readSecondPage;
  // Back with the browser's button, she has read every reply now, yet the first page stays as she left it.
  const asked = grace.waitForResponse((response) => response.url().includes("/api/reader?thread="));
  await grace.goBack();
  await asked;
  await expect(
    grace.getByRole("group", { name: "Notifications for this thread" }).filter({ visible: true }),
  ).toBeVisible();
  await grace.waitForTimeout(500);
  expect(grace.url()).toBe(new URL(url, grace.url()).href);

  // Opened again from a link to the thread (its title on the home page) once Ada has replied: Grace
  // lands at the first reply she has not seen, on the page after the ones she read.
  await ada.getByLabel("Reply", { exact: true }).fill("Reply number 52");
  await ada.getByRole("button", { name: "Post reply" }).click();
  const newest = Number(/#reply-(\d+)$/.exec((await ada.waitForURL(/#reply-\d+$/), ada.url()))![1]);
  const fromHome = async () => {
    await grace.goto("/");
    await grace.getByRole("link", { name: title, exact: true }).click();
  };
  // Her position moves to the newest reply when the page that shows it asks for her state.
  const readNewest = grace.waitForResponse(
    (response) => response.url().includes(`/api/reader?`) && response.url().includes(`seen=${newest}`),
  );
  await fromHome();
  await expect(grace).toHaveURL(new RegExp(`\\?after=\\d+#reply-${newest}$`));
  await expect(grace.locator(`#reply-${newest}`)).toBeInViewport();
  await readNewest;
  // Everything read: the next time she lands at the last reply.
  await fromHome();
  await expect(grace).toHaveURL(new RegExp(`\\?before=${newest + 1}#reply-${newest}$`));
  await expect(grace.locator(`#reply-${newest}`)).toBeInViewport();
});
