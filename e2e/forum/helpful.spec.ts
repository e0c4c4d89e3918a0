import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, postThread, signInThroughGitHub, uniqueTitle } from "../support";

test("helpful marks on a discussion and a reply: one per member, toggled, never the author's own", async ({ as }) => {
  test.setTimeout(120_000);
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const marksReceived = async (page: Page) => {
    await page.goto(`/u/${ADA}`);
    return Number(
      /([\d,]+)\s*helpful marks received/
        .exec((await page.getByRole("main").textContent()) ?? "")![1]
        .replace(/,/g, ""),
    );
  };
  const before = await marksReceived(ada);
  const url = await postThread(
    ada,
    uniqueTitle("Which portfolio project got you hired"),
    "Mine was a churn model with a write-up.",
  );

  await grace.goto(url);
  await grace.getByLabel("Reply", { exact: true }).fill("A small recommender, deployed, with a blog post.");
  await grace.getByRole("button", { name: "Post reply" }).click();
  const graceReply = grace.getByRole("article", { name: `Reply by ${GRACE}` });
  await expect(graceReply).toBeVisible();

  // Grace marks Ada's opening post; a second press takes it back, a third gives it again: one mark.
  const markThread = grace.getByRole("button", { name: "Helpful: this discussion" });
  await markThread.click();
  await expect(grace.getByText("Marked as helpful.")).toBeVisible();
  await expect(grace.getByText("1 person found this helpful")).toBeVisible();
  await markThread.click();
  await expect(grace.getByText("Your helpful mark was removed.")).toBeVisible();
  await expect(grace.getByText("1 person found this helpful")).toHaveCount(0);
  await markThread.click();
  await expect(grace.getByText("1 person found this helpful")).toBeVisible();
  // Her mark shows as pressed when she comes back (the per-reader request knows it).
  await grace.reload();
  await expect(markThread).toHaveAttribute("aria-pressed", "true");
  await expect(graceReply.locator("xpath=..")).toBeVisible();
  // Her own reply offers her no button.
  await expect(graceReply.getByRole("button", { name: /^Helpful/ })).toHaveCount(0);

  // Ada has no button on her own post, but one on Grace's reply.
  await ada.goto(url);
  await expect(ada.getByRole("button", { name: "Helpful: this discussion" })).toHaveCount(0);
  await expect(ada.getByText("1 person found this helpful")).toBeVisible();
  const replyForAda = ada.getByRole("article", { name: `Reply by ${GRACE}` });
  await replyForAda.getByRole("button", { name: `Helpful: reply by ${GRACE}` }).click();
  await expect(replyForAda.getByText("1 person found this helpful")).toBeVisible();

  // A third member adds theirs, without JavaScript: the form posts and the count is two.
  const third = await as(null);
  await signInThroughGitHub(third, `helpful-${Date.now().toString(36)}`);
  await third.close();
  const thirdState = await third.context().storageState();
  const noJs = await as(null, { storageState: thirdState, javaScriptEnabled: false });
  await noJs.goto(url);
  await noJs.getByRole("button", { name: "Helpful: this discussion" }).click();
  await expect(noJs.getByText("2 people found this helpful")).toBeVisible();

  // A signed-out reader sees the counts on the cached page.
  const reader = await as(null);
  await reader.goto(url);
  await expect(reader.getByText("2 people found this helpful")).toBeVisible();
  await expect(
    reader.getByRole("article", { name: `Reply by ${GRACE}` }).getByText("1 person found this helpful"),
  ).toBeVisible();

  // The author's profile counts the marks her posts received: two more.
  await expect.poll(() => marksReceived(reader)).toBe(before + 2);
});

test("a signed-out reader who presses Helpful is sent to sign in and back", async ({ as }) => {
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Signed-out helpful"), "Press it.");
  const reader = await as(null);
  await reader.goto(url);
  await reader.getByRole("button", { name: "Helpful: this discussion" }).click();
  await expect(reader).toHaveURL(/\/sign-in\?/);
});
