import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { ADA, GRACE, fillFollowUp, fillStory, formReady, signInThroughGitHub } from "../support";
import { Site } from "./site";

// Cached pages tell the truth: after every kind of write the forum has, made through its own forms,
// every public page a signed-out reader can reach must show what the database holds, within a second.
// The pages are found by following links (./site.ts), so a new list, order, filter, profile or feed
// is checked without being named here. The server runs on a database of its own (playwright.config.ts),
// so every page of what this test writes is read after every write.

const ADMIN = "margaret-admin";
const run = Date.now().toString(36);
// A word of this run's own, in every post, so a search for it is one of the pages checked.
const WORD = `coherent${run}`;
const SPAMMER = `coh-spammer-${run}`;

async function member(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughGitHub(page, login);
  return page;
}

async function postThread(page: Page, title: string, category: string, tags: string): Promise<string> {
  await page.goto("/threads/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").selectOption(category);
  await page.getByLabel("Body").fill(`What would you do? ${WORD}`);
  await page.getByLabel("Tags").fill(tags);
  await page.getByRole("button", { name: "Post thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function reply(page: Page, url: string, text: string): Promise<number> {
  await page.goto(url);
  await page.getByLabel("Reply", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Post reply" }).click();
  const posted = page.getByRole("article").filter({ hasText: text });
  await expect(posted).toBeVisible();
  return Number((await posted.locator("xpath=..").getAttribute("id"))!.replace("reply-", ""));
}

/** Fills a moderation form's reason and presses one of its buttons. */
async function moderate(form: Locator, button: string, reason: string) {
  await form.getByLabel("Reason", { exact: true }).fill(reason);
  // Until the action answers, the write may not have landed: a page read before then (the moderation
  // log after a move, whose form shows what was typed either way) would be read as it was.
  await Promise.all([
    form.page().waitForResponse((response) => response.request().method() === "POST" && response.ok()),
    form.getByRole("button", { name: button }).click(),
  ]);
}

test("after every kind of write, every public page shows it to a signed-out reader within a second", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(15 * 60_000);
  const ada = await member(browser, ADA);
  const grace = await member(browser, GRACE);
  const admin = await member(browser, ADMIN);
  const spammer = await member(browser, SPAMMER);
  const site = new Site(baseURL!, [
    "/",
    "/stories",
    "/stories/insights",
    "/stories/map",
    "/tags",
    "/moderation",
    "/feeds/threads.atom",
    "/feeds/stories.atom",
    `/search?q=${WORD}`,
  ]);
  const postForm = (page: Page) => page.getByRole("region", { name: "Moderate this post" });
  const questions = (page: Page) => page.getByRole("region", { name: /^Questions to the author/ });
  let questionText = "";

  let thread = "";
  let threadId = 0;
  let story = "";
  let graceReply = 0;
  let secondReply = 0;
  let other = "";
  const title = `Which first project gets you hired ${run}`;
  const storyTitle = `Night-shift analyst to research engineer ${run}`;

  const writes: [string, () => Promise<void>][] = [
    [
      "a new discussion, filed with tags",
      async () => {
        thread = await postThread(ada, title, "learning-resources", `pytorch, portfolio-${run}`);
        threadId = Number(/\/threads\/(\d+)/.exec(thread)![1]);
      },
    ],
    [
      "another discussion",
      async () => void (other = await postThread(spammer, `Cheap courses ${run}`, "off-topic", "courses")),
    ],
    ["a reply", async () => void (graceReply = await reply(grace, thread, `Reimplement a paper. ${WORD}`))],
    [
      "a story",
      async () => {
        await ada.goto("/stories/new");
        await fillStory(ada, storyTitle);
        await ada.getByRole("button", { name: "Publish story" }).click();
        await expect(ada.getByRole("heading", { level: 1, name: storyTitle })).toBeVisible();
        story = new URL(ada.url()).pathname;
      },
    ],
    ["a reply to a story", async () => void (await reply(grace, story, `Congratulations! ${WORD}`))],
    [
      "a follow-up to a story",
      async () => {
        await ada.goto(story);
        await ada.getByRole("link", { name: "Add a follow-up" }).click();
        await fillFollowUp(ada, "9", "promotion", "yes", `Promoted. ${WORD}`);
        await ada.getByRole("button", { name: "Add follow-up" }).click();
        await expect(ada).toHaveURL(/#follow-up-\d+$/);
      },
    ],
    [
      "a question to the story's author",
      async () => {
        await grace.goto(story);
        await expect(grace.getByTestId("signed-in-as")).toHaveText(GRACE);
        await grace.getByLabel(`Your question to @${ADA}`).fill(`Which paper did you reimplement? ${WORD}`);
        await grace.getByRole("button", { name: "Ask the author" }).click();
        await expect(questions(grace)).toContainText("Which paper did you reimplement?");
        questionText = "Which paper did you reimplement?";
      },
    ],
    [
      "the author answers it",
      async () => {
        await ada.goto(story);
        await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
        await ada.getByText(`Answer the question from @${GRACE}`).click();
        await ada.getByLabel(`Your answer to @${GRACE}`).fill(`World Models, with the code public. ${WORD}`);
        await ada.getByRole("button", { name: "Post answer" }).click();
        await expect(questions(ada).getByRole("heading")).toHaveText("Questions to the author: 1 answered, 0 waiting");
      },
    ],
    [
      "the author deletes the answer: the question waits again",
      async () => {
        await ada.goto(story);
        ada.once("dialog", (dialog) => dialog.accept());
        await ada
          .getByRole("article")
          .filter({ hasText: "World Models, with the code public." })
          .getByRole("button", { name: "Delete" })
          .click();
        await expect(questions(ada).getByRole("heading")).toHaveText("Questions to the author: 0 answered, 1 waiting");
        await expect(questions(ada)).toContainText(questionText);
      },
    ],
    [
      "the author closes the story to questions",
      async () => {
        await ada.getByRole("button", { name: "Close to questions" }).click();
        await expect(ada.getByRole("button", { name: "Open to questions" })).toBeVisible();
      },
    ],
    [
      "the author opens it again",
      async () => {
        await ada.getByRole("button", { name: "Open to questions" }).click();
        await expect(ada.getByRole("button", { name: "Close to questions" })).toBeVisible();
      },
    ],
    [
      "an edit of a discussion's title",
      async () => {
        await ada.goto(`/threads/${threadId}/edit`);
        await formReady(ada, ADA);
        await ada.getByLabel("Title").fill(`${title} (edited)`);
        await ada.getByRole("button", { name: "Save changes" }).click();
        await expect(ada.getByRole("heading", { level: 1 })).toHaveText(`${title} (edited)`);
      },
    ],
    [
      "an edit of a reply",
      async () => {
        await grace.goto(`/replies/${graceReply}/edit`);
        await formReady(grace, GRACE);
        await grace.getByLabel("Reply", { exact: true }).fill(`Reimplement two papers. ${WORD}`);
        await grace.getByRole("button", { name: "Save changes" }).click();
        await expect(grace.getByText("Reimplement two papers.")).toBeVisible();
      },
    ],
    [
      "a move to another category, with other tags",
      async () => {
        await ada.goto(`/threads/${threadId}/edit`);
        await formReady(ada, ADA);
        await ada.getByLabel("Category").selectOption("job-search-and-interviews");
        await ada.getByLabel("Tags").fill(`portfolio-${run}, interviews`);
        await ada.getByRole("button", { name: "Save changes" }).click();
        await expect(ada.getByRole("heading", { level: 1 })).toHaveText(`${title} (edited)`);
      },
    ],
    [
      "a helpful mark on a discussion",
      async () => {
        await grace.goto(thread);
        await grace.getByRole("button", { name: "Helpful: this discussion" }).click();
        await expect(grace.getByRole("button", { name: "Helpful: this discussion" })).toHaveAttribute(
          "aria-pressed",
          "true",
        );
      },
    ],
    [
      "a helpful mark on a story",
      async () => {
        await grace.goto(story);
        await grace.getByRole("button", { name: "Helpful: this story" }).click();
        await expect(grace.getByRole("button", { name: "Helpful: this story" })).toHaveAttribute(
          "aria-pressed",
          "true",
        );
      },
    ],
    [
      "a helpful mark on a reply",
      async () => {
        await ada.goto(thread);
        const mark = ada.getByRole("button", { name: `Helpful: reply by ${GRACE}` });
        await mark.click();
        await expect(mark).toHaveAttribute("aria-pressed", "true");
      },
    ],
    [
      "the asker marks a reply as the answer",
      async () => {
        await ada.goto(thread);
        await ada.getByRole("button", { name: `Mark as the answer: reply by ${GRACE}` }).click();
        await expect(ada.getByRole("region", { name: "The answer that helped" })).toContainText(WORD);
      },
    ],
    [
      "a follow",
      async () => {
        await admin.goto(thread);
        await admin.getByRole("button", { name: "Following" }).click();
        await expect(admin.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
      },
    ],
    [
      "a flag",
      async () => {
        await grace.goto(other);
        await grace.getByRole("link", { name: "Flag" }).first().click();
        await grace.getByRole("radio", { name: /Spam/ }).check();
        await grace.getByRole("button", { name: "Flag post" }).click();
        await expect(grace.getByText("Thanks for flagging it.")).toBeVisible();
      },
    ],
    [
      "a moderator hides a reply",
      async () => {
        await admin.goto(`/mod/replies/${graceReply}`);
        await moderate(postForm(admin), "Hide post", "Off-topic");
        await expect(postForm(admin).getByRole("button", { name: "Restore post" })).toBeVisible();
      },
    ],
    [
      "a moderator restores it",
      async () => {
        await moderate(postForm(admin), "Restore post", "Fine after all");
        await expect(postForm(admin).getByRole("button", { name: "Hide post" })).toBeVisible();
      },
    ],
    // The hidden reply was the answer: hiding it took the mark off (the lists' Answered, the Unanswered lists).
    [
      "the asker marks the restored reply again",
      async () => {
        await ada.goto(thread);
        await ada.getByRole("button", { name: `Mark as the answer: reply by ${GRACE}` }).click();
        await expect(ada.getByRole("region", { name: "The answer that helped" })).toContainText(WORD);
      },
    ],
    ["a second reply", async () => void (secondReply = await reply(admin, thread, `Or a Kaggle notebook. ${WORD}`))],
    [
      "the asker changes the answer to it",
      async () => {
        await ada.goto(thread);
        await ada.getByRole("button", { name: `Mark as the answer: reply by ${ADMIN}` }).click();
        await expect(ada.getByRole("region", { name: "The answer that helped" })).toContainText("Kaggle notebook");
      },
    ],
    [
      "the asker takes the answer mark off",
      async () => {
        await ada.getByRole("button", { name: `Unmark the answer: reply by ${ADMIN}` }).click();
        await expect(ada.getByRole("region", { name: "The answer that helped" })).toHaveCount(0);
      },
    ],
    [
      "the asker marks it once more",
      async () => {
        await ada.getByRole("button", { name: `Mark as the answer: reply by ${ADMIN}` }).click();
        await expect(ada.getByRole("region", { name: "The answer that helped" })).toContainText("Kaggle notebook");
      },
    ],
    [
      "the answer's author deletes it",
      async () => {
        await admin.goto(thread);
        admin.once("dialog", (dialog) => dialog.accept());
        await admin.locator(`#reply-${secondReply}`).getByRole("button", { name: "Delete" }).click();
        await expect(admin.getByRole("region", { name: "The answer that helped" })).toHaveCount(0);
      },
    ],
    [
      "a moderator hides a discussion",
      async () => {
        await admin.goto(`/mod/threads/${/\/threads\/(\d+)/.exec(other)![1]}`);
        await moderate(postForm(admin), "Hide post", "Advertising");
        await expect(postForm(admin).getByRole("button", { name: "Restore post" })).toBeVisible();
      },
    ],
    [
      "a moderator moves a discussion to another category, with other tags",
      async () => {
        await admin.goto(`/mod/threads/${threadId}`);
        const move = admin.getByRole("form", { name: "Move this thread" });
        await move.getByLabel("Category").selectOption("projects-and-portfolios");
        await move.getByLabel("Tags").fill(`portfolio-${run}, kaggle`);
        await moderate(move, "Move thread", "About portfolios");
        await expect(admin.getByRole("form", { name: "Move this thread" }).getByLabel("Tags")).toHaveValue(
          `portfolio-${run}, kaggle`,
        );
        // Logged in public, with its reason.
        await admin.goto("/moderation");
        const entry = admin.getByRole("listitem").filter({ hasText: `${ADMIN} moved the thread` });
        await expect(entry).toContainText("Reason: About portfolios");
      },
    ],
    [
      "a moderator pins a discussion",
      async () => {
        await admin.goto(`/mod/threads/${threadId}`);
        await moderate(postForm(admin), "Pin thread", "A good question");
        await expect(postForm(admin).getByRole("button", { name: "Unpin thread" })).toBeVisible();
      },
    ],
    [
      "a moderator locks it",
      async () => {
        await moderate(postForm(admin), "Lock thread", "Answered");
        await expect(postForm(admin).getByRole("button", { name: "Unlock thread" })).toBeVisible();
      },
    ],
    [
      "an admin makes a member a moderator",
      async () => {
        await admin.goto(`/mod/members?login=${GRACE}`);
        await moderate(
          admin.getByRole("form", { name: `Make ${GRACE} a moderator` }),
          "Make moderator",
          "Kind to newcomers",
        );
        await expect(admin.getByRole("region", { name: "Moderators and admins" })).toContainText(GRACE);
      },
    ],
    [
      "a moderator suspends a member",
      async () => {
        await admin.goto(`/mod/members?login=${SPAMMER}`);
        const suspend = admin.getByRole("form", { name: `Suspend ${SPAMMER}` });
        await suspend.getByLabel("For how long").selectOption("7d");
        await moderate(suspend, `Suspend ${SPAMMER}`, "Spam");
        await expect(admin.getByRole("region", { name: "Suspended members" })).toContainText(SPAMMER);
      },
    ],
    [
      "a reply deleted",
      async () => {
        const text = `A second thought. ${WORD}`;
        await reply(ada, story, text);
        await ada.goto(story);
        ada.once("dialog", (dialog) => dialog.accept());
        await ada.getByRole("article").filter({ hasText: text }).getByRole("button", { name: "Delete" }).click();
        await expect(ada.getByRole("article").filter({ hasText: text })).toHaveCount(0);
      },
    ],
    [
      "a story deleted",
      async () => {
        await ada.goto(story);
        ada.once("dialog", (dialog) => dialog.accept());
        await ada.getByRole("button", { name: "Delete" }).first().click();
        await expect(ada).not.toHaveURL(new RegExp(story));
      },
    ],
  ];

  const warmed = await site.warm();
  console.log(`${warmed} pages before the first write`);
  for (const [name, write] of writes) {
    await test.step(name, async () => {
      await write();
      // The bar: within a second for every reader.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const { pages, stale } = await site.stalePages();
      console.log(`${name}: ${pages} pages checked, ${stale.length} stale`);
      expect.soft(stale, `pages still showing what was there before "${name}"`).toEqual([]);
    });
  }
});
