import AxeBuilder from "@axe-core/playwright";
import { expect, test, type As } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, publishStory, storageStateFor, uniqueTitle } from "../support";

// axe-core's WCAG 2.1 A and AA rules on every kind of page, light and dark, signed out and signed in:
// no serious or critical violation anywhere.
const SCHEMES = ["light", "dark"] as const;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join("\n  ")}`,
    );
}

function pageIn(as: As, scheme: (typeof SCHEMES)[number], login?: string) {
  return as(login ?? null, { colorScheme: scheme });
}

let threadUrl: string;
let storyUrl: string;
let replyId: string;

test.beforeAll(async ({ browser }) => {
  const ada = await (await browser.newContext({ storageState: storageStateFor(ADA) })).newPage();
  // Each text its own (the same text again within minutes is refused): this hook runs again after a failure.
  const title = uniqueTitle("Accessible thread");
  // Through the form by hand, for the tags its tag page shows.
  await ada.goto("/threads/new");
  await ada.getByLabel("Title").fill(title);
  await ada
    .getByLabel("Body")
    .fill(`A **bold** start, a [link](https://example.org) and a list (${title}):\n\n- one\n- two`);
  await ada.getByLabel("Tags").fill(`${TAG}, interviews`);
  await ada.getByRole("button", { name: "Post thread" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  threadUrl = new URL(ada.url()).pathname;
  await ada.getByLabel("Reply", { exact: true }).fill(`A reply to check as well (${title}).`);
  await ada.getByRole("button", { name: "Post reply" }).click();
  const reply = ada.getByRole("article", { name: `Reply by ${ADA}` });
  await expect(reply).toBeVisible();
  replyId = (await reply.locator("xpath=..").getAttribute("id"))!.replace("reply-", "");
  storyUrl = await publishStory(ada, uniqueTitle("Accessible story"));
  await ada.context().close();
});

const idOf = (url: string) => url.split("/")[2].split("-")[0];
const TAG = "a11y-check";

const PUBLIC_PAGES = () => [
  "/",
  threadUrl,
  storyUrl,
  "/stories",
  "/stories?field=finance&sort=helpful",
  "/stories/insights",
  "/stories/map",
  "/stories/like-mine",
  `/u/${ADA}`,
  `/u/${ADA}/replies`,
  `/u/${ADA}/threads`,
  `/u/${ADA}/stories`,
  "/tags",
  `/tags/${TAG}`,
  `/tags/${TAG}?sort=new`,
  "/tags/no-such-tag-here",
  "/moderation",
  "/sign-in",
  "/threads/987654321",
  "/c",
  "/c/getting-started?sort=top-week",
  "/search?q=accessible",
  "/search",
  `/threads/${idOf(threadUrl)}/history`,
];

const MEMBER_PAGES = () => [
  "/",
  threadUrl,
  storyUrl,
  "/threads/new",
  "/stories/new",
  `/threads/${idOf(threadUrl)}/edit`,
  `/replies/${replyId}/edit`,
  `/replies/${replyId}/flag`,
  `/stories/${idOf(storyUrl)}/updates/new`,
  "/notifications",
  "/settings/email",
];

for (const scheme of SCHEMES) {
  test(`public pages have no serious or critical axe violations (${scheme})`, async ({ as }) => {
    test.setTimeout(300_000);
    const page = await pageIn(as, scheme);
    const found: string[] = [];
    for (const path of PUBLIC_PAGES()) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  test(`signed-in pages and forms have no serious or critical axe violations (${scheme})`, async ({ as }) => {
    test.setTimeout(300_000);
    const page = await pageIn(as, scheme, GRACE);
    const found: string[] = [];
    for (const path of MEMBER_PAGES()) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    // A refused form, with its messages showing.
    await page.goto("/threads/new");
    await page
      .getByRole("button", { name: /post|start/i })
      .first()
      .click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    found.push(...(await violations(page)).map((v) => `refused new thread: ${v}`));
    expect(found).toEqual([]);
  });
}

test("a member can reply and mark a post helpful with the keyboard alone", async ({ as }) => {
  const page = await pageIn(as, "light", GRACE);
  await page.goto(threadUrl);
  await page.waitForLoadState("networkidle");
  const focusOn = async (name: RegExp) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? `${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""} ${(el as HTMLInputElement).labels?.[0]?.textContent ?? ""}`
          : "";
      });
      if (name.test(label)) return;
    }
    throw new Error(`${name} is not reachable with Tab`);
  };
  await focusOn(/Helpful: this discussion/);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Marked as helpful.")).toBeVisible();
  await focusOn(/^\s*Reply\b/);
  await page.keyboard.type("Typed without a mouse.");
  await focusOn(/Post reply/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: `Reply by ${GRACE}` })).toContainText("Typed without a mouse.");
});
