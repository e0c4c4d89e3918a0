import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, STORY, fillStory, formReady, uniqueTitle } from "../support";

/** The number on the insights page's "Stories by education when hired" row for a level (0 when absent). */
async function insightsCount(page: Page, educationLabel: string): Promise<number> {
  await page.goto("/stories/insights");
  const chart = page.getByRole("figure").filter({ hasText: "Stories by education when hired" });
  await expect(chart).toBeVisible();
  const row = chart
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: educationLabel, exact: true }) });
  if ((await row.count()) === 0) return 0;
  return Number((await row.locator(".tabular-nums").first().textContent())!.trim().split(/\s/)[0]);
}

test(
  "a member publishes a story, finds it by filter URL and by paths like mine, sees it counted, and it gets a reply",
  { tag: "@embedded" },
  async ({ as }) => {
    const ada = await as(ADA);
    const before = await insightsCount(ada, STORY.educationLabel);

    const title = uniqueTitle("From signals analyst to research engineer");
    await ada.goto("/stories/new");
    await fillStory(ada, title);
    await ada.getByRole("button", { name: "Publish story" }).click();

    await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(new URL(ada.url()).pathname).toMatch(/^\/stories\/\d+-from-signals-analyst/);
    const facts = ada.getByRole("region", { name: "The path" });
    await expect(facts).toContainText("Signals analyst (Military / government)");
    await expect(facts).toContainText("Associate degree");
    await expect(facts).toContainText("1 year 5 months");
    // "fast.ai" and "Fast.ai course" are one resource.
    await expect(facts.getByRole("listitem")).toHaveText(["fast.ai", "Spinning Up in Deep RL"]);
    const timeline = ada.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("listitem")).toHaveText([
      /Month 3\s*finished fast.ai part 1/,
      /Month 11\s*first paper/,
      /Month 17\s*First ML offer/,
    ]);
    const storyUrl = new URL(ada.url()).pathname;

    // A shareable filter URL finds it, with facet counts for the selection.
    await ada.goto(`/stories?education=${STORY.education}&field=${STORY.field}&role=${STORY.role}`);
    await expect(ada.getByRole("link", { name: title })).toBeVisible();
    await expect(ada.getByLabel("Education")).toHaveValue(STORY.education);
    await expect(ada.getByRole("list", { name: "Active filters" })).toContainText(
      "Previous field: Military / government",
    );
    const educationOption = ada.getByLabel("Education").locator(`option[value="${STORY.education}"]`);
    expect(Number(/\((\d+)\)/.exec((await educationOption.textContent())!)![1])).toBeGreaterThanOrEqual(1);

    // A different filter leaves it out.
    await ada.goto(`/stories?education=${STORY.education}&field=finance`);
    await expect(ada.getByRole("link", { name: title })).toHaveCount(0);

    // Paths like mine ranks it with the reasons it matches.
    await ada.goto("/stories/like-mine");
    await ada.getByLabel("Your education").selectOption(STORY.education);
    await ada.getByLabel("Your current field").selectOption(STORY.field);
    await ada.getByRole("button", { name: "Find paths like mine" }).click();
    await expect(ada).toHaveURL(/\/stories\/like-mine\?education=associate&field=military-government/);
    const match = ada.getByRole("article").filter({ hasText: title });
    await expect(match).toContainText(
      "Why it matches: Same education: Associate degree · Same previous field: Military / government",
    );

    // Insights count it.
    expect(await insightsCount(ada, STORY.educationLabel)).toBe(before + 1);

    // The home page features it.
    await ada.goto("/");
    await expect(
      ada.getByRole("complementary", { name: "Recent success stories" }).getByRole("link", { name: title }),
    ).toBeVisible();

    // Its discussion is ordinary replies.
    const grace = await as(GRACE);
    await grace.goto(storyUrl);
    await grace.getByLabel("Reply", { exact: true }).fill("How did you find time for papers on night shifts?");
    await grace.getByRole("button", { name: "Post reply" }).click();
    await expect(grace).toHaveURL(new RegExp(`^[^?]*${storyUrl}`));
    await expect(grace.getByRole("article", { name: `Reply by ${GRACE}` })).toContainText("How did you find time");
    await expect(grace.getByRole("heading", { name: "Discussion: 1 reply" })).toBeVisible();

    // Grace finds it helpful; only Ada can edit it.
    await grace.getByRole("button", { name: "Helpful: this story" }).click();
    await expect(grace.getByText("1 person found this helpful")).toBeVisible();
    await grace.goto(`${storyUrl.replace(/-.*/, "")}/edit`);
    await expect(grace.getByText("You can only edit your own stories.")).toBeVisible();

    await ada.goto(`${storyUrl.replace(/-.*/, "")}/edit`);
    await formReady(ada, ADA);
    await expect(ada.getByLabel("Months from starting to learn to your first ML offer")).toHaveValue("17");
    await ada.getByLabel("Months from starting to learn to your first ML offer").fill("15");
    await ada.getByRole("button", { name: "Save changes" }).click();
    await expect(ada.getByRole("region", { name: "The path" })).toContainText("1 year 3 months");
  },
);

test("refused story input shows each message by its field and keeps every value", async ({ as }) => {
  const ada = await as(ADA);
  await ada.goto("/stories/new");
  await fillStory(ada, "Kept title");
  await ada.getByLabel("Current role").selectOption("");
  await ada.getByLabel("Months from starting to learn to your first ML offer").fill("300");
  await ada.getByLabel("Milestones").fill("someday: got hired");
  await ada.getByRole("button", { name: "Publish story" }).click();

  await expect(ada.getByText("Choose your current role.")).toBeVisible();
  await expect(ada.getByText("Months must be between 0 and 240.")).toBeVisible();
  await expect(ada.getByText('Write each milestone as "month N: what happened"')).toBeVisible();
  await expect(ada.getByLabel("Current role")).toHaveAttribute("aria-invalid", "true");
  await expect(ada.getByLabel("Headline")).toHaveValue("Kept title");
  await expect(ada.getByLabel("Education when hired into your first ML role")).toHaveValue(STORY.education);
  await expect(ada.getByLabel("Previous field")).toHaveValue(STORY.field);
  await expect(ada.getByLabel("Months from starting to learn to your first ML offer")).toHaveValue("300");
  await expect(ada.getByLabel("Resources that mattered")).toHaveValue(
    "fast.ai\nFast.ai course\nSpinning Up in Deep RL",
  );
  await expect(ada.getByLabel("Your story")).toHaveValue(/night shifts/);
  await expect(ada).toHaveURL(/\/stories\/new$/);
});

/** "… → ML engineer in 1 year 5 months" → 17: the transition time a story card's summary line ends with. */
function monthsOn(summary: string): number {
  const match = / in (?:(\d+) years?)?\s*(?:(\d+) months?)?$/.exec(summary.trim())!;
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
}

test("facet links, filters and paths like mine work with JavaScript off", async ({ as }) => {
  const ada = await as(ADA);
  const title = uniqueTitle("Facets without JavaScript");
  await ada.goto("/stories/new");
  await fillStory(ada, title);
  await ada.getByRole("button", { name: "Publish story" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const page = await as(GRACE, { javaScriptEnabled: false });
  await page.goto("/stories");
  // Each facet value is a link with its count; following it lists exactly those stories.
  const facet = page
    .getByRole("navigation", { name: "Browse by" })
    .getByRole("link", { name: new RegExp(`^${STORY.educationLabel} \\((\\d+)\\)$`) });
  const count = Number(/\((\d+)\)/.exec((await facet.textContent())!)![1]);
  expect(count).toBeGreaterThanOrEqual(1);
  await facet.click();
  await expect(page).toHaveURL(new RegExp(`/stories\\?education=${STORY.education}$`));
  await expect(
    page.getByRole("heading", { level: 2, name: `${count} ${count === 1 ? "story" : "stories"} match` }),
  ).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(Math.min(count, 20));
  for (const facts of await cards.getByRole("list", { name: "Facts" }).allTextContents())
    expect(facts).toContain(STORY.educationLabel);
  await expect(cards.filter({ hasText: title })).toHaveCount(1);

  // The form combines filters and an order.
  await page.goto("/stories");
  await page.getByLabel("Time to transition").selectOption("1-2-years");
  await page.getByLabel("Sort by").selectOption("fastest");
  await page.getByRole("button", { name: "Show stories" }).click();
  await expect(page).toHaveURL(/\/stories\?time=1-2-years&sort=fastest$/);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Time to transition: 1 to 2 years");
  const months = (await cards.evaluateAll((all) => all.map((card) => card.querySelector("p")!.textContent!))).map(
    monthsOn,
  );
  expect(months.length).toBeGreaterThanOrEqual(1);
  for (const m of months) expect(m >= 12 && m < 24, `${m} months`).toBe(true);
  expect(months).toEqual([...months].sort((a, b) => a - b));

  // Paths like mine puts the closest starting points first, with the reasons.
  await page.goto("/stories/like-mine");
  await page.getByLabel("Your education").selectOption(STORY.education);
  await page.getByLabel("Your current field").selectOption(STORY.field);
  await page.getByRole("button", { name: "Find paths like mine" }).click();
  await expect(page).toHaveURL(new RegExp(`like-mine\\?education=${STORY.education}&field=${STORY.field}$`));
  const first = page.getByRole("article").first();
  await expect(first).toContainText(
    `Why it matches: Same education: ${STORY.educationLabel} · Same previous field: ${STORY.fieldLabel}`,
  );
  await expect(page.getByRole("article").filter({ hasText: title })).toContainText("Same previous field");
});

test("unknown story ids are 404s and a story reached as a thread goes to its story URL", async ({ as, page }) => {
  for (const path of ["/stories/987654321", "/stories/nope", "/stories/987654321/edit"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  const ada = await as(ADA);
  await ada.goto("/stories/new");
  const title = uniqueTitle("Story reached as thread");
  await fillStory(ada, title);
  await ada.getByRole("button", { name: "Publish story" }).click();
  await expect(ada.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const id = /\/stories\/(\d+)/.exec(ada.url())![1];
  await page.goto(`/threads/${id}`);
  await expect(page).toHaveURL(new RegExp(`/stories/${id}-`));

  // Its author deletes it: it leaves the lists and its page is a 404.
  ada.once("dialog", (dialog) => dialog.accept());
  await ada.getByRole("button", { name: "Delete" }).first().click();
  await expect(ada).toHaveURL(/\/stories$/);
  await expect(ada.getByText("Your story was deleted.")).toBeVisible();
  await expect(ada.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(`/stories/${id}`))?.status()).toBe(404);
});
