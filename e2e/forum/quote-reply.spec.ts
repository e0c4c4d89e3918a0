import { expect, test } from "../fixtures";
import { ADA, GRACE, postThread, uniqueTitle } from "../support";

test("a member quotes the selected part of a reply: the quote links back and the new reply answers it", async ({
  as,
}) => {
  test.setTimeout(120_000);
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const url = await postThread(ada, uniqueTitle("How long did your first job search take"), "Mine took four months.");

  await grace.goto(url);
  await grace
    .getByLabel("Reply", { exact: true })
    .fill("About six months. Referrals mattered more than anything else.");
  await grace.getByRole("button", { name: "Post reply" }).click();
  const graceReply = grace.getByRole("article", { name: `Reply by ${GRACE}` });
  await expect(graceReply).toBeVisible();

  // Ada selects one sentence of Grace's reply and quotes it.
  await ada.goto(url);
  const reply = ada.getByRole("article", { name: `Reply by ${GRACE}` });
  await reply.locator(".post-body p").evaluate((p) => {
    const text = p.firstChild!;
    const start = text.textContent!.indexOf("Referrals");
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, text.textContent!.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await reply.getByRole("button", { name: `Quote reply by ${GRACE}` }).click();
  const box = ada.getByLabel("Reply", { exact: true });
  await expect(box).toBeFocused();
  const quoted = await box.inputValue();
  expect(quoted).toMatch(
    /^> Referrals mattered more than anything else\.\n>\n> — \[@grace-test\]\(\/threads\/\d+-[^)]*\?before=\d+#reply-\d+\)\n\n$/,
  );
  await expect(ada.getByText(`Replying to @${GRACE}`)).toBeVisible();
  await box.press("End");
  await box.pressSequentially("Same for me.");
  await ada.getByRole("button", { name: "Post reply" }).click();

  // The new reply shows the quote as a blockquote with the link back, and says what it answers.
  const adaReply = ada.getByRole("article", { name: `Reply by ${ADA}` });
  await expect(adaReply.locator("blockquote")).toContainText("Referrals mattered more than anything else.");
  await expect(adaReply.getByRole("link", { name: `@${GRACE}` }).first()).toHaveAttribute("href", /#reply-\d+$/);
  await expect(adaReply.getByRole("link", { name: `in reply to @${GRACE}` })).toBeVisible();

  // With nothing selected, Quote takes the whole reply; "Reply to the thread instead" lets the answer go.
  await ada.reload();
  await ada
    .getByRole("article", { name: `Reply by ${GRACE}` })
    .getByRole("button", { name: `Quote reply by ${GRACE}` })
    .click();
  await expect(ada.getByLabel("Reply", { exact: true })).toHaveValue(
    /^> About six months\. Referrals mattered more than anything else\./,
  );
  await ada.getByRole("button", { name: "Reply to the thread instead" }).click();
  await expect(ada.getByText(`Replying to @${GRACE}`)).toHaveCount(0);
});
