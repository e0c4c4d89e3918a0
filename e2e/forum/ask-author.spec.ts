// Ask the author: a reader asks a story's author a question on the story's page; the author is told,
// answers it there, and everyone reads the questions and answers first ("Questions to the author: 1
// answered, 0 waiting"); the asker is told; the author closes the story to questions. With and without
// JavaScript.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { ADA, GRACE, STORY, publishStory, uniqueTitle } from "../support";

const questionsOf = (page: Page) => page.getByRole("region", { name: /^Questions to the author/ });

async function ask(page: Page, url: string, question: string) {
  await page.goto(url);
  await page.getByLabel(`Your question to @${ADA}`).fill(question);
  await page.getByRole("button", { name: "Ask the author" }).click();
  await expect(questionsOf(page)).toContainText(question);
}

test("a reader asks, the author is told and answers, everyone reads it first, the author closes questions @embedded", async ({
  as,
}) => {
  test.setTimeout(150_000);
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const reader = await as(null);
  await ada.goto("/stories/new");
  await expect(ada.getByRole("checkbox", { name: /Take questions from readers/ })).toBeChecked();
  const title = uniqueTitle("Radio engineer to ML engineer");
  const url = await publishStory(ada, title);

  // A signed-out reader is invited to sign in and ask; the author is offered no form of their own.
  await reader.goto(url);
  await expect(questionsOf(reader).getByRole("heading")).toHaveText("Questions to the author: none yet");
  await expect(reader.getByRole("link", { name: `Sign in to ask @${ADA} a question` })).toBeVisible();
  await ada.goto(url);
  await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
  await expect(ada.getByRole("button", { name: "Close to questions" })).toBeVisible();
  await expect(ada.getByLabel(`Your question to @${ADA}`)).toHaveCount(0);

  await grace.goto(url);
  await expect(grace.getByTestId("signed-in-as")).toHaveText(GRACE);
  await ask(grace, url, "How did you show signal-processing work to ML interviewers?");
  // The question is also a reply of the discussion, in its place.
  await expect(grace.getByRole("region", { name: /^Discussion/ })).toContainText("signal-processing work");
  await reader.goto(url);
  await expect(questionsOf(reader).getByRole("heading")).toHaveText("Questions to the author: 0 answered, 1 waiting");
  await expect(questionsOf(reader)).toContainText("Waiting for an answer.");
  await expect(reader.getByText("Answer the question from")).toHaveCount(0);

  // The author is told, and answers from the story's page.
  await ada.goto("/notifications");
  await expect(ada.getByRole("main")).toContainText(`${GRACE} asked you a question on`);
  await ada.goto(url);
  await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
  await ada.getByText(`Answer the question from @${GRACE}`).click();
  await ada.getByLabel(`Your answer to @${GRACE}`).fill("A write-up of a denoising model, with the code.");
  await ada.getByRole("button", { name: "Post answer" }).click();
  await expect(questionsOf(ada)).toContainText("A write-up of a denoising model");

  await reader.goto(url);
  await expect(questionsOf(reader).getByRole("heading")).toHaveText("Questions to the author: 1 answered, 0 waiting");
  await expect(questionsOf(reader)).toContainText("A write-up of a denoising model");
  await grace.goto("/notifications");
  await expect(grace.getByRole("main")).toContainText(`${ADA} answered your question on`);
  // The author's profile counts the questions they answered.
  await reader.goto(`/u/${ADA}`);
  await expect(reader.getByText(/^\d+ questions? to the author answered$/)).toBeVisible();

  // The author closes the story to questions: readers can no longer ask; the answers stay.
  await ada.goto(url);
  await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
  await ada.getByRole("button", { name: "Close to questions" }).click();
  await expect(ada.getByRole("button", { name: "Open to questions" })).toBeVisible();
  await grace.goto(url);
  await expect(grace.getByTestId("signed-in-as")).toHaveText(GRACE);
  await expect(grace.getByText("The author has closed this story to questions.")).toBeVisible();
  await expect(grace.getByLabel(`Your question to @${ADA}`)).toHaveCount(0);
  await expect(questionsOf(grace)).toContainText("A write-up of a denoising model");
});

test("without JavaScript a reader asks and the author answers; another member's answer is refused", async ({ as }) => {
  test.setTimeout(150_000);
  const ada = await as(ADA);
  const title = uniqueTitle("Lab technician to data scientist");
  const url = await publishStory(ada, title);

  const graceNoJs = await as(GRACE, { javaScriptEnabled: false });
  await ask(graceNoJs, url, "Did the lab work count as experience?");
  await expect(questionsOf(graceNoJs).getByRole("heading")).toHaveText(
    "Questions to the author: 0 answered, 1 waiting",
  );
  // Without JavaScript the answer form is in the page for anyone; the action refuses all but the author.
  await graceNoJs.getByText(`Answer the question from @${GRACE}`).click();
  await graceNoJs.getByLabel(`Your answer to @${GRACE}`).fill("Answering my own question");
  await graceNoJs.getByRole("button", { name: "Post answer" }).click();
  await expect(graceNoJs.getByText("Only the story's author can answer its questions.")).toBeVisible();

  const adaNoJs = await as(ADA, { javaScriptEnabled: false });
  await adaNoJs.goto(url);
  await adaNoJs.getByText(`Answer the question from @${GRACE}`).click();
  await adaNoJs.getByLabel(`Your answer to @${GRACE}`).fill("Yes: I framed it as experiment design.");
  await adaNoJs.getByRole("button", { name: "Post answer" }).click();
  await expect(questionsOf(adaNoJs).getByRole("heading")).toHaveText("Questions to the author: 1 answered, 0 waiting");
  await expect(questionsOf(adaNoJs)).toContainText("framed it as experiment design");
  // The story's own page, read without JavaScript by a signed-out reader.
  const reader = await as(null, { javaScriptEnabled: false });
  await reader.goto(url);
  await expect(questionsOf(reader)).toContainText("framed it as experiment design");
  // In the discussion below, the question and the answer are labelled as such.
  const discussion = reader.getByRole("region", { name: /^Discussion/ });
  await expect(discussion.getByText("Question to the author", { exact: true })).toBeVisible();
  await expect(discussion.getByRole("link", { name: new RegExp(`The author.s answer to @${GRACE}`) })).toHaveAttribute(
    "href",
    /#reply-\d+$/,
  );

  // Questions beyond the story's page have pages of their own, by keyset: after the first, the second.
  await ask(graceNoJs, url, "Which statistics course did you take?");
  await reader.goto(url);
  const first = (await questionsOf(reader).getByRole("listitem").first().getAttribute("id"))!.replace("question-", "");
  await reader.goto(`${url}/questions/after/${first}`);
  const more = reader.getByRole("region", { name: /^Questions to the author/ });
  await expect(more.getByRole("heading", { level: 1 })).toHaveText("Questions to the author: 1 answered, 1 waiting");
  await expect(more).toContainText("Which statistics course");
  await expect(more).not.toContainText("lab work count");
  await expect(more.getByRole("link", { name: "More questions" })).toHaveCount(0);
  // An invented cursor leads to the story; another slug to the page's own address.
  await reader.goto(`${url}/questions/after/999999999`);
  await expect(reader).toHaveURL(new RegExp(`${url}$`));
  await reader.goto(`${url.replace(/-[^/]*$/, "-old-title")}/questions/after/${first}`);
  await expect(reader).toHaveURL(new RegExp(`${url}/questions/after/${first}$`));
});

test("a reader whose starting point matches a story is invited to ask its author, on paths like mine and on the story", async ({
  as,
}) => {
  test.setTimeout(120_000);
  const ada = await as(ADA);
  const title = uniqueTitle("Army signals to research engineer");
  const url = await publishStory(ada, title);

  const grace = await as(GRACE);
  await grace.goto(`/stories/like-mine?education=${STORY.education}&field=${STORY.field}`);
  const card = grace.getByRole("listitem").filter({ has: grace.getByRole("link", { name: title }) });
  await card.getByRole("link", { name: `Started where you are? Ask @${ADA} a question` }).click();
  await expect(grace).toHaveURL(new RegExp(`${url}#ask$`));
  const invitation = grace.getByRole("paragraph").filter({ hasText: `@${ADA} started where you are` });
  await expect(invitation).toContainText(`Same previous field: ${STORY.fieldLabel}`);
  await expect(invitation.getByRole("link", { name: "Ask them a question" })).toHaveAttribute("href", "#ask");
  await expect(grace.getByLabel(`Your question to @${ADA}`)).toBeVisible();

  // The author does not invite themselves; a story closed to questions invites nobody.
  await ada.goto(`/stories/like-mine?education=${STORY.education}&field=${STORY.field}`);
  await ada.goto(url);
  await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
  await expect(ada.getByText(`@${ADA} started where you are`)).toHaveCount(0);
  await ada.getByRole("button", { name: "Close to questions" }).click();
  await expect(ada.getByRole("button", { name: "Open to questions" })).toBeVisible();
  await grace.goto(`/stories/like-mine?education=${STORY.education}&field=${STORY.field}`);
  await expect(
    grace
      .getByRole("listitem")
      .filter({ has: grace.getByRole("link", { name: title }) })
      .getByRole("link", { name: /Ask @/ }),
  ).toHaveCount(0);
});
