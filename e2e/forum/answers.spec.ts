// The answer that helped: the asker marks a reply, readers see it under the opening post and as
// "Answered" in the lists, the Unanswered filter leaves the thread out, the reply's author is told,
// the history says who marked it; unmarking and changing the mark work, with and without JavaScript.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { ADA, GRACE, postThread, uniqueTitle } from "../support";

/** The thread's row in a list page, found by its title. */
const row = (page: Page, title: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });

async function reply(page: Page, url: string, body: string) {
  await page.goto(url);
  await expect(page.getByTestId("signed-in-as")).toHaveText(GRACE);
  await page.getByLabel("Reply", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByText(body)).toBeVisible();
}

test("the asker marks the answer that helped; readers see it, lists say Answered, Unanswered leaves it out @embedded", async ({
  as,
}) => {
  test.setTimeout(150_000);
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Which linear algebra course first");
  const url = await postThread(ada, title, "I have two months before the course starts.");
  await reply(grace, url, "Gilbert Strang's lectures, then the exercises in the book.");
  await reply(grace, url, "Or 3Blue1Brown first, for the pictures.");

  // Before: the thread is on the Unanswered list, and nobody but the asker sees a button.
  const reader = await as(null);
  await reader.goto("/?filter=unanswered");
  await expect(reader.getByRole("link", { name: "Unanswered", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(row(reader, title)).toBeVisible();
  await expect(grace.getByRole("button", { name: /^Mark as the answer/ })).toHaveCount(0);

  await ada.goto(url);
  await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
  await ada
    .getByRole("button", { name: `Mark as the answer: reply by ${GRACE}` })
    .first()
    .click();
  const answer = ada.getByRole("region", { name: "The answer that helped" });
  await expect(answer).toContainText("Gilbert Strang's lectures");
  await expect(ada.getByRole("article", { name: `The answer, a reply by ${GRACE}` })).toHaveCount(1);
  await expect(ada.getByRole("button", { name: `Unmark the answer: reply by ${GRACE}` })).toHaveCount(1);

  // A signed-out reader: the answer under the opening post, its link leads to the reply in its place.
  await reader.goto(url);
  const shown = reader.getByRole("region", { name: "The answer that helped" });
  await expect(shown).toContainText(GRACE);
  await expect(reader.getByRole("button", { name: /answer/ })).toHaveCount(0);
  await shown.getByRole("link", { name: "Read the answer in its place" }).click();
  await expect(reader).toHaveURL(/\?before=\d+#reply-\d+$/);
  await expect(reader.getByRole("article", { name: `The answer, a reply by ${GRACE}` })).toBeVisible();

  // Lists: Answered on the home page; gone from Unanswered (both cached pages, expired by the mark).
  await reader.goto("/");
  await expect(row(reader, title).getByText("Answered")).toBeVisible();
  await reader.goto("/?filter=unanswered");
  await expect(row(reader, title)).toHaveCount(0);

  // Grace is told; the history says who marked which reply.
  await grace.goto("/notifications");
  await expect(grace.getByRole("main")).toContainText(`${ADA} marked your reply as the answer that helped in`);
  await reader.goto(url);
  await reader.getByRole("link", { name: "Who marked it" }).click();
  await expect(reader.getByRole("region", { name: "The answer that helped: changes" })).toContainText(
    `${ADA} marked @${GRACE}'s reply as the answer`,
  );

  // Changing the mark to the other reply, then taking it off.
  await ada.goto(url);
  await expect(ada.getByTestId("signed-in-as")).toHaveText(ADA);
  await ada.getByRole("button", { name: `Mark as the answer: reply by ${GRACE}` }).click();
  await expect(ada.getByRole("region", { name: "The answer that helped" })).toContainText("3Blue1Brown");
  await ada.getByRole("button", { name: `Unmark the answer: reply by ${GRACE}` }).click();
  await expect(ada.getByRole("region", { name: "The answer that helped" })).toHaveCount(0);
  await reader.goto("/?filter=unanswered");
  await expect(row(reader, title)).toBeVisible();
  await reader.goto(`${url.replace(/^\/threads\/(\d+).*/, "/threads/$1")}/history`);
  await expect(reader.getByRole("region", { name: "The answer that helped: changes" })).toContainText(
    `${ADA} took the answer mark off @${GRACE}'s reply`,
  );
});

test("without JavaScript the asker marks the answer from the reply's own page, and readers use the filter", async ({
  as,
}) => {
  test.setTimeout(120_000);
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Kaggle or my own project");
  const url = await postThread(ada, title, "Which one shows more to a hiring manager?");
  await reply(grace, url, "Your own project, end to end, with a write-up.");

  const noJs = await as(ADA, { javaScriptEnabled: false });
  await noJs.goto(url);
  await noJs.getByRole("link", { name: "Mark as the answer" }).click();
  await expect(noJs).toHaveURL(/\/replies\/\d+\/answer$/);
  await expect(noJs.getByText("This reply is not marked as the answer.")).toBeVisible();
  await noJs.getByRole("button", { name: "Mark as the answer" }).click();
  await expect(noJs.getByRole("region", { name: "The answer that helped" })).toContainText("end to end");

  // Another member's plain post is refused with the rule's sentence.
  const graceNoJs = await as(GRACE, { javaScriptEnabled: false });
  await graceNoJs.goto(url);
  await graceNoJs.getByRole("link", { name: "Unmark the answer" }).click();
  await graceNoJs.getByRole("button", { name: "Unmark the answer" }).click();
  await expect(graceNoJs.getByText("Only the thread's author or a moderator can mark the answer.")).toBeVisible();

  // A reader without JavaScript: the filter's tabs are links, the marks are in the HTML.
  const reader = await as(null, { javaScriptEnabled: false });
  await reader.goto("/");
  await expect(row(reader, title).getByText("Answered")).toBeVisible();
  await reader.getByRole("link", { name: "Unanswered", exact: true }).click();
  await expect(reader).toHaveURL(/\/\?filter=unanswered$/);
  await expect(row(reader, title)).toHaveCount(0);
  await reader.getByRole("link", { name: "New", exact: true }).click();
  await expect(reader).toHaveURL(/\/\?filter=unanswered&sort=new$/);

  // Unmarking without JavaScript, as the asker.
  await noJs.goto(url);
  await noJs.getByRole("link", { name: "Unmark the answer" }).click();
  await noJs.getByRole("button", { name: "Unmark the answer" }).click();
  await expect(noJs).toHaveURL(new RegExp(`${url.replace(/[/-]/g, "\\$&")}$`));
  await expect(noJs.getByRole("region", { name: "The answer that helped" })).toHaveCount(0);
});

test("the answer page of a reply that is not there is a 404", async ({ as }) => {
  const reader = await as(null);
  for (const path of ["/replies/999999999/answer", "/replies/abc/answer"]) {
    expect((await reader.goto(path))?.status(), path).toBe(404);
  }
});
