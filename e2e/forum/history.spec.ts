import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, formReady, postThread, uniqueTitle } from "../support";

/** The time in a post's "edited <time>" mark, which links to the history. */
function editedLink(post: ReturnType<Page["getByRole"]>) {
  return post.getByRole("link", { name: /\(history of changes\)$/ });
}

test("a member edits their reply and thread; a signed-out reader sees 'edited', opens the history and sees the old text and the marked change", async ({
  as,
  request,
}, testInfo) => {
  // Two members, a dozen page loads, two accessibility scans and a few edits on a shared 2-core machine.
  test.setTimeout(180_000);
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Edit history works");
  const url = await postThread(ada, title, "I studied for three months, then applied.");
  const threadId = Number(/\/threads\/(\d+)/.exec(url)![1]);

  await grace.goto(url);
  await grace.getByLabel("Reply", { exact: true }).fill("Start with fast.ai, it <b>worked</b> for me.");
  await grace.getByRole("button", { name: "Post reply" }).click();
  const graceReply = grace.getByRole("article", { name: `Reply by ${GRACE}` });
  await expect(graceReply).toBeVisible();
  // Nothing edited yet: no mark.
  await expect(graceReply.getByText("edited")).toHaveCount(0);

  // Grace edits her reply; Ada edits her thread's text.
  await graceReply.getByRole("link", { name: "Edit", exact: true }).click();
  await formReady(grace, GRACE);
  await grace.getByLabel("Reply", { exact: true }).fill("Start with fast.ai and CS229, it <b>worked</b> for me.");
  await grace.getByRole("button", { name: "Save changes" }).click();
  await expect(graceReply).toContainText("Start with fast.ai and CS229");

  await ada.goto(url);
  await ada.getByRole("link", { name: "Edit", exact: true }).click();
  await formReady(ada, ADA);
  await ada.getByLabel("Body").fill("I studied for five months, then applied.");
  await ada.getByRole("button", { name: "Save changes" }).click();
  await expect(ada.getByRole("article").first()).toContainText("five months");

  // A reader without a session sees both marks.
  const reader = await as(null);
  await reader.goto(url);
  const opening = reader.getByRole("article").first();
  const reply = reader.getByRole("article", { name: `Reply by ${GRACE}` });
  await expect(opening.getByText(/^edited/)).toBeVisible();
  await expect(opening.locator("time").nth(1)).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(reply.getByText(/^edited/)).toBeVisible();

  // The thread's history: the current version with the change marked, then the first version in full.
  await editedLink(opening).click();
  await expect(reader).toHaveURL(new RegExp(`/threads/${threadId}/history$`));
  await expect(reader.getByRole("heading", { level: 1, name: "Edit history" })).toBeVisible();
  const current = reader.getByRole("article", { name: "Version 2 (current)" });
  await expect(current).toContainText(`edited`);
  await expect(current.getByRole("link", { name: ADA })).toBeVisible();
  await expect(current.locator("del")).toHaveText(/three/);
  await expect(current.locator("ins")).toHaveText(/five/);
  // Screen readers are told which is which.
  await expect(current.locator("del .sr-only").first()).toHaveText("[removed: ");
  await expect(current.locator("ins .sr-only").first()).toHaveText("[added: ");
  const first = reader.getByRole("article", { name: "Version 1" });
  await expect(first).toContainText("I studied for three months, then applied.");
  await expect(first).toContainText(title);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);
  await reader.screenshot({ path: testInfo.outputPath("thread-history-desktop-light.png"), fullPage: true });

  // The reply's history: the old text as written (markup shown as text, never run), the change marked.
  await reader.goto(url);
  await editedLink(reply).click();
  await expect(reader).toHaveURL(/\/replies\/\d+\/history$/);
  const replyCurrent = reader.getByRole("article", { name: "Version 2 (current)" });
  await expect(replyCurrent.locator("ins")).toHaveText(/and CS229/);
  await expect(replyCurrent).toContainText("it <b>worked</b> for me.");
  await expect(reader.getByRole("article", { name: "Version 1" })).toContainText(
    "Start with fast.ai, it <b>worked</b> for me.",
  );
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.emulateMedia({ colorScheme: "dark" });
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);
  await reader.screenshot({ path: testInfo.outputPath("reply-history-phone-dark.png"), fullPage: true });

  // Cached whole like the post's page, and expired by the next edit.
  const historyUrl = `/threads/${threadId}/history`;
  await request.get(historyUrl);
  expect((await request.get(historyUrl)).headers()["x-nextjs-cache"]).toBe("HIT");
  await ada.goto(`/threads/${threadId}/edit`);
  await formReady(ada, ADA);
  await ada.getByLabel("Body").fill("I studied for five months, then applied twice.");
  await ada.getByRole("button", { name: "Save changes" }).click();
  await expect(ada.getByRole("article").first()).toContainText("applied twice");
  const after = await request.get(historyUrl);
  expect(await after.text()).toContain(`id="version-3"`);

  // Saving the same text again is not an edit.
  await ada.goto(`/threads/${threadId}/edit`);
  await formReady(ada, ADA);
  await ada.getByRole("button", { name: "Save changes" }).click();
  await expect(ada.getByRole("article").first()).toContainText("applied twice");
  expect(await (await request.get(historyUrl)).text()).not.toContain(`id="version-4"`);
});

test("history addresses that cannot name a post or a page are 404s", async ({ request }) => {
  for (const path of [
    "/threads/not-a-number/history",
    "/threads/987654321/history",
    "/replies/987654321/history",
    "/replies/1x/history",
    "/stories/987654321/history",
    "/threads/1/history/before/abc",
    "/threads/1/history/after/2",
    "/threads/1/history/before/1",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
