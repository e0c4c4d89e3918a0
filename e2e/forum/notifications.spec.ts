import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, fillFollowUp, formReady, postThread, publishStory, uniqueTitle } from "../support";

// Two members interacting: mentions and replies notify, following and muting decide who hears of a
// thread, the header counts what is unread, and lists mark threads with replies the reader has not read.

const badge = (page: Page) => page.getByTestId("notification-badge");

/** Starts from nothing unread, whatever earlier tests left. */
async function readEverything(page: Page) {
  await page.goto("/notifications");
  const all = page.getByRole("button", { name: "Mark all read" });
  if (await all.isVisible()) {
    await all.click();
    await expect(page.getByText("Nothing unread.")).toBeVisible();
  }
  await page.goto("/");
  await expect(badge(page)).toHaveAccessibleName("Notifications");
}

async function reply(page: Page, body: string, replyTo?: number) {
  if (replyTo !== undefined) {
    // The form renders again once the page knows who is reading, which would reset a value set before.
    await expect(page.getByTestId("signed-in-as")).toHaveText(/\S/);
    await page
      .locator('input[name="replyTo"]')
      .evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), replyTo);
  }
  await page.getByLabel("Reply", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article", { name: /^Reply by / }).filter({ hasText: body })).toBeVisible();
  return Number(/#reply-(\d+)$/.exec(page.url())![1]);
}

test(
  "a mention and a reply to a reply notify; the header counts them; opening one marks it read",
  { tag: "@embedded" },
  async ({ as }) => {
    test.slow(); // two members, a dozen page views
    const ada = await as(ADA);
    const grace = await as(GRACE);
    await readEverything(ada);

    const title = uniqueTitle("Mentions reach people");
    const url = await postThread(grace, title, "Who has done this?");
    await ada.goto(url);
    const adaReply = await reply(ada, "I have, happy to help.");
    await grace.goto(url);
    await reply(grace, `Thanks! Do you know more, @${ADA}?`, adaReply);

    // The mention is a link to the profile, and the reply says which reply it answers.
    const graceReply = grace.getByRole("article", { name: `Reply by ${GRACE}` }).last();
    await expect(graceReply.getByRole("link", { name: `@${ADA}`, exact: true })).toHaveAttribute("href", `/u/${ADA}`);
    await expect(graceReply.getByRole("link", { name: `in reply to @${ADA}` })).toHaveAttribute(
      "href",
      new RegExp(`#reply-${adaReply}$`),
    );

    // One notification for Ada (mentioned and answered: one event, one notification).
    await ada.goto("/");
    await expect(badge(ada)).toHaveAccessibleName("Notifications, 1 unread");
    await badge(ada).click();
    await expect(ada.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const item = ada.getByRole("listitem").filter({ hasText: title });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(`${GRACE} mentioned you in`);
    await expect(item).toContainText("New");

    // Opening it goes to the exact reply and marks it read.
    await item.getByRole("link").click();
    await expect(ada).toHaveURL(/#reply-\d+$/);
    await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(badge(ada)).toHaveAccessibleName("Notifications");
    await ada.goto("/notifications");
    await expect(ada.getByRole("listitem").filter({ hasText: title })).not.toContainText("New");
  },
);

test("following tells of every reply, muting of none; mark read and mark all read (without JavaScript too)", async ({
  as,
}) => {
  test.slow();
  const ada = await as(ADA);
  const grace = await as(GRACE);
  await readEverything(grace);

  const title = uniqueTitle("Followed threads");
  const url = await postThread(ada, title, "Follow along.");
  await grace.goto(url);
  const controls = grace.getByRole("group", { name: "Notifications for this thread" });
  await expect(controls.getByRole("button", { name: "Normal" })).toHaveAttribute("aria-pressed", "true");
  await controls.getByRole("button", { name: "Following" }).click();
  await expect(controls.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
  // The choice is stored: a fresh view asks the per-reader request again.
  await grace.reload();
  await expect(controls.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");

  await ada.goto(url);
  await reply(ada, "An update for whoever follows.");
  await reply(ada, "And another one.");
  await grace.goto("/");
  await expect(badge(grace)).toHaveAccessibleName("Notifications, 2 unread");
  await grace.goto("/notifications");
  const items = grace.getByRole("listitem").filter({ hasText: title });
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(`${ADA} replied in`);
  await expect(items.first()).toContainText("which you follow");
  await items
    .first()
    .getByRole("button", { name: /^Mark read/ })
    .click();
  await expect(grace.getByText("1 unread.")).toBeVisible();
  await expect(badge(grace)).toHaveAccessibleName("Notifications, 1 unread");

  // Muted: neither replies nor a mention reach her.
  await grace.goto(url);
  await controls.getByRole("button", { name: "Muted" }).click();
  await expect(controls.getByRole("button", { name: "Muted" })).toHaveAttribute("aria-pressed", "true");
  await ada.goto(url);
  await reply(ada, `Still there, @${GRACE}?`);
  await grace.goto("/");
  await expect(badge(grace)).toHaveAccessibleName("Notifications, 1 unread");

  // Mark all read is a plain form: it works without JavaScript.
  const plain = await as(GRACE, { javaScriptEnabled: false });
  await plain.goto("/notifications");
  await plain.getByRole("button", { name: "Mark all read" }).click();
  await expect(plain.getByText("Nothing unread.")).toBeVisible();
  await grace.goto("/");
  await expect(badge(grace)).toHaveAccessibleName("Notifications");
});

test("the home list marks threads with unread replies and leads to the first of them", async ({ as }) => {
  test.slow();
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Unread replies");
  const url = await postThread(grace, title, "Tell me what is new.");

  await ada.goto(url);
  const first = await reply(ada, "First new reply.");
  await reply(ada, "Second new reply.");

  await grace.goto("/");
  const row = grace.getByRole("listitem").filter({ has: grace.getByRole("link", { name: title, exact: true }) });
  const mark = row.getByTestId("unread-mark");
  await expect(mark).toHaveText(/^2 new/);
  await mark.click();
  await expect(grace).toHaveURL(new RegExp(`#reply-${first}$`));
  await expect(grace.locator(`#reply-${first}`)).toBeInViewport();

  // Read now: no mark. One more reply: a mark that leads to the page starting after what she read.
  await grace.goto("/");
  await expect(grace.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(row.getByTestId("unread-mark")).toHaveCount(0);
  await ada.goto(url);
  const third = await reply(ada, "Third reply, after her visit.");
  await grace.goto("/");
  await expect(mark).toHaveText(/^1 new/);
  await mark.click();
  await expect(grace).toHaveURL(new RegExp(`\\?after=\\d+#reply-${third}$`));
  await expect(grace.locator(`#reply-${third}`)).toBeInViewport();
  await expect(grace.getByRole("article", { name: `Reply by ${ADA}` }).first()).toContainText(
    "Third reply, after her visit.",
  );
});

test("opening a thread from a link to it lands at the first reply the reader has not seen, then at the last", async ({
  as,
}) => {
  test.slow();
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Where I left off");
  const url = await postThread(grace, title, "Reply and I will find it.");
  await ada.goto(url);
  const first = await reply(ada, "The first reply she has not seen.");
  const second = await reply(ada, "And the last one.");

  // From her profile's list of discussions, a plain link to the thread.
  const open = async () => {
    await grace.goto(`/u/${GRACE}`);
    await grace.getByRole("link", { name: title, exact: true }).first().click();
  };
  await open();
  await expect(grace).toHaveURL(new RegExp(`#reply-${first}$`));
  await expect(grace.locator(`#reply-${first}`)).toBeInViewport();
  await open();
  await expect(grace).toHaveURL(new RegExp(`#reply-${second}$`));
  await expect(grace.locator(`#reply-${second}`)).toBeInViewport();
  // A link that names a place keeps it: the opening post's own address with its anchor.
  await grace.goto(`${url}#main`);
  await expect(grace.getByTestId("signed-in-as")).toHaveText(/\S/);
  await grace.waitForTimeout(500);
  expect(new URL(grace.url()).hash).toBe("#main");
});

test("story lists, the home page's side column and profiles mark unread replies too", async ({ as }) => {
  test.slow();
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Unread story replies");
  const url = await publishStory(grace, title);
  await ada.goto(url);
  const first = await reply(ada, `First reply to the story ${title}.`);
  await reply(ada, `Second reply to the story ${title}.`);

  // Each list shows the same story with the same mark, leading to the first unread reply.
  const places: [string, string][] = [
    ["/stories", "stories list"],
    ["/", "home page's recent stories"],
    [`/u/${GRACE}`, "profile"],
    [`/u/${GRACE}/stories`, "profile's stories"],
  ];
  // The story's link, and its mark beside it (the link's parent holds both in every list).
  const story = () => grace.getByRole("link", { name: title, exact: true }).filter({ visible: true });
  const mark = () => story().locator("xpath=..").getByTestId("unread-mark");
  for (const [path, what] of places) {
    await grace.goto(path);
    await expect(story(), what).toBeVisible();
    await expect(mark(), what).toHaveText(/^2 new/);
    await expect(mark(), what).toHaveAttribute("href", new RegExp(`#reply-${first}$`));
  }
  // The story page records what it showed through its per-reader request: wait for that answer, as a
  // reader stays on a page longer than a test (leaving at once can cancel the request).
  const recorded = grace.waitForResponse(
    (response) => response.url().includes("/api/reader") && response.url().includes("seen="),
  );
  await mark().click();
  await expect(grace).toHaveURL(new RegExp(`#reply-${first}$`));
  await expect(grace.locator(`#reply-${first}`)).toBeInViewport();
  await recorded;

  // Read now: no list marks it any more.
  for (const [path, what] of places) {
    await grace.goto(path);
    await expect(story(), what).toBeVisible();
    await expect(badge(grace), what).toBeVisible(); // the per-reader answer is in (it brings the badge)
    await expect(mark(), what).toHaveCount(0);
  }
});

test("a follower hears of a story's follow-up; an edit that adds a mention tells that member", async ({ as }) => {
  test.slow();
  const ada = await as(ADA);
  const grace = await as(GRACE);
  await readEverything(grace);
  const title = uniqueTitle("Follow-ups reach followers");
  const url = await publishStory(ada, title);
  await grace.goto(url);
  await reply(grace, `Following along with ${title}.`); // writing in it follows it

  await ada.goto(url);
  await ada.getByRole("link", { name: "Add a follow-up" }).click();
  await fillFollowUp(ada, "12", "promotion", "yes", `Promoted a year on. (${title})`);
  await ada.getByRole("button", { name: "Add follow-up" }).click();
  await expect(ada).toHaveURL(/#follow-up-\d+$/);
  const anchor = new URL(ada.url()).hash;

  await grace.goto("/notifications");
  const item = grace.getByRole("listitem").filter({ hasText: `${ADA} added a follow-up to` });
  await expect(item).toContainText(`“${title}”, which you follow`);
  await item.getByRole("link").first().click();
  await expect(grace).toHaveURL(new RegExp(`${anchor}$`));
  await expect(grace.locator(anchor)).toBeInViewport();

  // A discussion that did not mention Grace; the edit that does tells her, once.
  await readEverything(grace);
  const thread = await postThread(ada, uniqueTitle("Edited to mention"), "Who has done this before?");
  const threadId = /^\/threads\/(\d+)/.exec(thread)![1];
  await grace.goto("/");
  await expect(badge(grace)).toHaveAccessibleName("Notifications");
  for (const body of [`Who has done this before? @${GRACE} has.`, `Who has done this before? @${GRACE} has, twice.`]) {
    await ada.goto(`/threads/${threadId}/edit`);
    await formReady(ada, ADA);
    await ada.getByLabel("Body").fill(body);
    await ada.getByRole("button", { name: "Save changes" }).click();
    await expect(ada.getByRole("article").first()).toContainText(body.slice(-10));
  }
  await grace.goto("/notifications");
  await expect(grace.getByText("1 unread.")).toBeVisible();
  await expect(
    grace
      .getByRole("listitem")
      .filter({ hasText: `${ADA} mentioned you in` })
      .first(),
  ).toContainText("Edited to mention");
});

test("/notifications is the reader's own: signed out, it asks to sign in", async ({ as }) => {
  const page = await as(null);
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications/);
});
