// Follow-ups on a success story: only its author adds and changes them (with and without JavaScript),
// every reader sees them on the story as a timeline, and the action refuses anyone else.
import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, fillFollowUp, formReady, uniqueTitle } from "../support";

/** Publishes a story through its form; returns its path and id. */
async function publishStory(page: Page, title: string): Promise<{ path: string; id: number }> {
  await page.goto("/stories/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Current role").selectOption("ml-engineer");
  await page.getByLabel("Year of your first ML role").fill("2024");
  await page.getByLabel("How the job came").selectOption("referral");
  await page.getByLabel("Education when hired into your first ML role").selectOption("no-degree");
  await page.getByLabel("Previous field").selectOption("finance");
  await page.getByLabel("Previous job title").fill("Bookkeeper");
  await page.getByLabel("Months from starting to learn to your first ML offer").fill("14");
  await page.getByLabel("Your story").fill(`Evenings and a referral. (${title})`);
  await page.getByRole("button", { name: "Publish story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const path = new URL(page.url()).pathname;
  return { path, id: Number(/^\/stories\/(\d+)/.exec(path)![1]) };
}

test(
  "the author adds a follow-up; readers see it on the story and the cards; another member has no control and is refused",
  { tag: "@embedded" },
  async ({ as }) => {
    // Four browsers and a story published through its form: past the default minute on a loaded machine.
    test.setTimeout(120_000);
    const ada = await as(ADA);
    const title = uniqueTitle("Bookkeeper to ML engineer, with follow-ups");
    const story = await publishStory(ada, title);

    // The author's own link, from the story page.
    await ada.getByRole("link", { name: "Add a follow-up" }).click();
    await expect(ada.getByRole("heading", { level: 1, name: "Add a follow-up" })).toBeVisible();
    await fillFollowUp(ada, "14", "promotion", "yes", `Promoted to **senior ML engineer**. (${title})`);
    await ada.getByRole("button", { name: "Add follow-up" }).click();
    await expect(ada).toHaveURL(new RegExp(`${story.path}#follow-up-\\d+$`));
    const since = ada.getByRole("region", { name: /Since then/ });
    await expect(since.getByRole("listitem")).toHaveCount(1);
    await expect(since.getByRole("listitem")).toContainText("14 months after the first ML offer: Promotion");
    await expect(since.getByRole("listitem")).toContainText("Still working in ML");
    await expect(since.locator("strong")).toHaveText("senior ML engineer");

    // A signed-out reader sees the follow-up, and no control to add or change one.
    const reader = await as(null);
    await reader.goto(story.path);
    await expect(reader.getByRole("region", { name: /Since then/ })).toContainText(
      "14 months after the first ML offer: Promotion",
    );
    await expect(reader.getByRole("link", { name: "Add a follow-up" })).toHaveCount(0);
    await expect(reader.getByRole("region", { name: /Since then/ }).getByRole("link", { name: "Edit" })).toHaveCount(0);
    // The story's card says it has one.
    await reader.goto("/stories?education=no-degree&field=finance");
    await expect(reader.getByRole("article").filter({ hasText: title })).toContainText("1 follow-up");

    // Another member: no link on the story, a refusal on the form's page.
    const grace = await as(GRACE);
    await grace.goto(story.path);
    await expect(grace.getByRole("region", { name: /Since then/ })).toBeVisible();
    await expect(grace.getByRole("link", { name: "Add a follow-up" })).toHaveCount(0);
    await grace.goto(`/stories/${story.id}/updates/new`);
    await expect(
      grace.getByRole("alert").filter({ hasText: "Only the story's author can add follow-ups." }),
    ).toBeVisible();
    await expect(grace.getByLabel("What changed")).toHaveCount(0);

    // Without JavaScript the form is in the page for her too; the action refuses it and writes nothing.
    const gracePlain = await as(GRACE, { javaScriptEnabled: false });
    await gracePlain.goto(`/stories/${story.id}/updates/new`);
    await fillFollowUp(gracePlain, "20", "left-ml", "no", `Not my story to tell. (${title})`);
    await gracePlain.getByRole("button", { name: "Add follow-up" }).click();
    await expect(
      gracePlain.getByRole("alert").filter({ hasText: "Only the story's author can add or change its follow-ups." }),
    ).toBeVisible();
    await reader.goto(story.path);
    await expect(reader.getByRole("region", { name: /Since then/ }).getByRole("listitem")).toHaveCount(1);
    await expect(reader.getByText("Not my story to tell.")).toHaveCount(0);
  },
);

test("without JavaScript the author adds a follow-up, gets a refused form back with its messages, edits it; then deletes it", async ({
  as,
}) => {
  test.setTimeout(120_000);
  const ada = await as(ADA);
  const title = uniqueTitle("Bookkeeper to ML engineer, no-script follow-ups");
  const story = await publishStory(ada, title);

  const plain = await as(ADA, { javaScriptEnabled: false });
  await plain.goto(`/stories/${story.id}/updates/new`);
  // The required yes/no left unanswered: refused, the rest kept.
  await plain.getByLabel("Months after your first ML offer").fill("12");
  await plain.getByLabel("What happened").selectOption("same-role");
  await plain.getByLabel("What changed").fill(`Same team, a year in. (${title})`);
  await plain.getByRole("button", { name: "Add follow-up" }).click();
  await expect(plain.getByText("Say whether you still work in ML.")).toBeVisible();
  await expect(plain.getByLabel("Do you still work in ML?")).toHaveAttribute("aria-describedby", /stillInMl-error/);
  await expect(plain.getByLabel("What changed")).toHaveValue(`Same team, a year in. (${title})`);
  await plain.getByLabel("Do you still work in ML?").selectOption("yes");
  await plain.getByRole("button", { name: "Add follow-up" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const since = plain.getByRole("region", { name: /Since then/ });
  await expect(since.getByRole("listitem")).toContainText("1 year after the first ML offer: Still in the same role");

  // Its edit page, by its own address (the link to it needs JavaScript to know who is reading).
  const followUpId = Number(
    /#follow-up-(\d+)$/.exec(plain.url())?.[1] ??
      (await since.getByRole("listitem").first().getAttribute("id"))!.replace("follow-up-", ""),
  );
  await plain.goto(`/stories/${story.id}/updates/${followUpId}/edit`);
  await expect(plain.getByLabel("What happened")).toHaveValue("same-role");
  await fillFollowUp(plain, "13", "left-ml", "no", `Left for analytics engineering. (${title})`);
  await plain.getByRole("button", { name: "Save changes" }).click();
  await expect(since.getByRole("listitem")).toContainText("13 months after the first ML offer: Left ML");
  await expect(since.getByRole("listitem")).toContainText("Not working in ML now");

  // With JavaScript, from the story's Edit link, the author deletes it.
  await ada.goto(story.path);
  await ada
    .getByRole("region", { name: /Since then/ })
    .getByRole("link", { name: "Edit" })
    .click();
  await formReady(ada, ADA);
  ada.once("dialog", (dialog) => dialog.accept());
  await ada.getByRole("button", { name: "Delete this follow-up" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(ada.getByText("Your follow-up was deleted.")).toBeVisible();
  await expect(ada.getByRole("region", { name: /Since then/ })).toHaveCount(0);
  await expect(ada.getByRole("link", { name: "Add a follow-up" })).toBeVisible();
});

test("a follow-up address that cannot name one answers 404 before any page is rendered", async ({ request }) => {
  for (const path of [
    "/stories/1/updates/abc/edit",
    "/stories/1/updates/new-ish",
    "/stories/1/updates/99999999999999999/edit",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // A well-formed id that does not exist is a 404 too, from the page.
  expect((await request.get("/stories/1/updates/987654/edit")).status()).toBe(404);
});

test("the insights count follow-ups with their numbers, not only shares", { tag: "@embedded" }, async ({ as }) => {
  const reader = await as(null);
  await reader.goto("/stories/insights");
  const section = reader.getByRole("region", { name: "After the first offer" });
  await expect(section).toBeVisible();
  // The first test left a promotion at 14 months on a listed story, still in ML.
  await expect(section.getByText(/\d+ follow-ups? on \d+ stor(y|ies)/)).toBeVisible();
  await expect(section.getByText(/^\d+ of \d+ stor(y|ies)/)).toBeVisible();
  await expect(
    section
      .getByRole("figure")
      .filter({ hasText: "What the follow-ups report" })
      .getByRole("listitem")
      .filter({ hasText: "Promotion" }),
  ).toBeVisible();
});
