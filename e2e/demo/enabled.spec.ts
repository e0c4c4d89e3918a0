import { expect, test } from "@playwright/test";

// This server runs on the embedded database with no GitHub credentials: the demo sign-in exists.
test("on the embedded database without GitHub credentials, the demo sign-in works as the sample member", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Fthreads%2Fnew");
  await expect(page.getByRole("button", { name: "Sign in with GitHub" })).toHaveCount(0);
  await page.getByRole("button", { name: "Demo sign-in as Sam Member (sample)" }).click();
  await expect(page).toHaveURL(/\/threads\/new$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("sample-member");

  await page.getByLabel("Title").fill("Posted from the demo account");
  await page.getByLabel("Body").fill("Trying the forum out.");
  await page.getByRole("button", { name: "Post thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posted from the demo account" })).toBeVisible();
});

test("a fresh embedded start shows the seeded sample forum", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(10);
});
