// Email settings (/settings/email, issue 26): a member chooses which emails they get, with and without
// JavaScript; the page shows their address masked, never whole; signed out, it asks for sign-in.
import { expect, test } from "../fixtures";
import { GRACE } from "../support";

const GRACE_ADDRESS = "grace@example.test"; // the stand-in GitHub's (e2e/github-stub/server.ts)

test("a member turns emails off and on from the settings page, reached from notifications", async ({ as }) => {
  const grace = await as(GRACE);
  await grace.goto("/notifications");
  await grace.getByRole("link", { name: "Email settings" }).click();
  await expect(grace.getByRole("heading", { level: 1, name: "Email settings" })).toBeVisible();
  await expect(grace.getByText("g•••@example.test")).toBeVisible();
  expect(await grace.content()).not.toContain(GRACE_ADDRESS);

  const replies = grace.getByRole("checkbox", { name: "Replies to me and mentions" });
  const following = grace.getByRole("checkbox", { name: "Activity I follow" });
  await replies.uncheck();
  await following.check();
  await grace.getByRole("button", { name: "Save" }).click();
  await expect(grace.getByText("Your email settings were saved.")).toBeVisible();
  await expect(grace).toHaveURL(/\/settings\/email\?saved=1$/);
  await grace.goto("/settings/email");
  await expect(replies).not.toBeChecked();
  await expect(following).toBeChecked();

  // Without JavaScript the same form saves; back to the defaults.
  const plain = await as(GRACE, { javaScriptEnabled: false });
  await plain.goto("/settings/email");
  await plain.getByRole("checkbox", { name: "Replies to me and mentions" }).check();
  await plain.getByRole("checkbox", { name: "Activity I follow" }).uncheck();
  await plain.getByRole("button", { name: "Save" }).click();
  await expect(plain.getByRole("checkbox", { name: "Replies to me and mentions" })).toBeChecked();
  await expect(plain.getByRole("checkbox", { name: "Activity I follow" })).not.toBeChecked();
});

test("signed out, the settings page leads to sign-in and back", async ({ as }) => {
  const reader = await as(null);
  await reader.goto("/settings/email");
  await expect(reader).toHaveURL(/\/sign-in\?.*settings%2Femail/);
});
