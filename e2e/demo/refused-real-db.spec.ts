import { expect, test } from "@playwright/test";

// This server uses DATABASE_URL and has no GitHub credentials: the demo sign-in must still not exist.
test("with a real database the demo sign-in is never offered", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to MLPaths" })).toBeVisible();
  await expect(page.getByRole("button", { name: /demo sign-in/i })).toHaveCount(0);
});
