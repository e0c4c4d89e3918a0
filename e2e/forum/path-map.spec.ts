import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, uniqueTitle } from "../support";

// A path no other spec's stories take (they come from the military with an associate degree), so this
// view holds only this spec's stories; every one has the same milestones, so the medians do not move
// however often the spec runs against the same database.
const PATH = { field: "healthcare", education: "phd", how: "competitions", role: "mlops" };
const LABELS = {
  field: "Healthcare",
  education: "PhD",
  how: "Competitions (e.g. Kaggle)",
  role: "MLOps / ML platform",
};
const VIEW = `/stories/map?education=${PATH.education}&field=${PATH.field}&how=${PATH.how}`;
const MILESTONES = [
  "month 2 (course): finished a statistics course",
  "month 5 (project): a readmission model",
  "month 9 (public work): a Kaggle notebook",
  "month 14 (interview): first interview",
].join("\n");

async function publish(page: Page, title: string) {
  await page.goto("/stories/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Current role").selectOption(PATH.role);
  await page.getByLabel("Year of your first ML role").fill("2025");
  await page.getByLabel("How the job came").selectOption(PATH.how);
  await page.getByLabel("Education when hired into your first ML role").selectOption(PATH.education);
  await page.getByLabel("Previous field").selectOption(PATH.field);
  await page.getByLabel("Previous job title").fill("Clinical researcher");
  await page.getByLabel("Months from starting to learn to your first ML offer").fill("17");
  await page.getByLabel("Milestones").fill(MILESTONES);
  await page.getByLabel("Your story").fill(`From the clinic to a platform team. (${title})`);
  await page.getByRole("button", { name: "Publish story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** How many stories the map says a node holds (its link's name: "Previous field: Healthcare, 3 stories"), 0 when absent. */
async function nodeCount(page: Page, stage: string, label: string): Promise<number> {
  const node = page.getByRole("link", { name: new RegExp(`^${stage}: ${escape(label)}, (\\d+) stor`) });
  if ((await node.count()) === 0) return 0;
  return Number(/, (\d+) stor/.exec((await node.getAttribute("aria-label"))!)![1]);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

test(
  "stories with milestone kinds make the map of their view, whose flows lead to them and whose timeline has medians",
  { tag: "@embedded" },
  async ({ as }) => {
    test.setTimeout(120_000);
    const reader = await as(null);
    await reader.goto(VIEW);
    const before = await nodeCount(reader, "Previous field", LABELS.field);

    const ada = await as(ADA);
    const titles = [uniqueTitle("Clinic to platform, one"), uniqueTitle("Clinic to platform, two")];
    for (const title of titles) await publish(ada, title);
    // The story's own timeline names the kinds.
    await expect(ada.getByRole("region", { name: "Timeline" }).getByRole("listitem").first()).toHaveText(
      /Month 2\s*· course\s*finished a statistics course/,
    );

    // Signed out: the view's map counts them on every step and every flow.
    await reader.goto(VIEW);
    const count = before + titles.length;
    await expect(reader.getByRole("heading", { name: `Based on ${count} stories` })).toBeVisible();
    for (const [stage, label] of [
      ["Previous field", LABELS.field],
      ["Education when hired", LABELS.education],
      ["How the job came", LABELS.how],
      ["First ML role", LABELS.role],
    ]) {
      expect(await nodeCount(reader, stage, label), stage).toBe(count);
    }
    const flow = reader.getByRole("link", { name: `${LABELS.education} to ${LABELS.how}: ${count} stories` });
    await expect(flow).toHaveAttribute("href", `/stories?education=phd&field=healthcare&how=competitions`);
    // The same numbers, for screen readers.
    const table = reader.getByRole("table", { name: /stories per step and per flow/ });
    await expect(table.getByRole("row").filter({ hasText: `${LABELS.field}${LABELS.education}` })).toHaveText(
      `${LABELS.field}${LABELS.education}${count}`,
    );

    // With two stories, or more if the spec ran before: the timeline says too few or gives the medians.
    const route = reader.getByRole("figure", { name: /The usual route/ });
    const course = route.getByRole("listitem").filter({ hasText: "First course" });
    if (count < 3) {
      await expect(course).toContainText(`Too few stories for a median: ${count} stories, fewer than 3`);
      await publish(ada, uniqueTitle("Clinic to platform, three"));
      await reader.reload();
    }
    const n = Math.max(count, 3);
    await expect(route.getByRole("listitem").filter({ hasText: "First course" })).toContainText(
      `median month 2 (middle half 2–2), based on ${n} stories`,
    );
    await expect(route.getByRole("listitem").filter({ hasText: "First public work" })).toContainText(
      `median month 9 (middle half 9–9), based on ${n} stories`,
    );
    await expect(route.getByRole("listitem").filter({ hasText: "First offer" })).toContainText(
      `median month 17 (middle half 17–17), based on ${n} stories`,
    );

    // A flow leads to its stories.
    await reader
      .getByRole("link", { name: `${LABELS.education} to ${LABELS.how}: ${n} stories` })
      .dispatchEvent("click");
    await expect(reader).toHaveURL(/\/stories\?education=phd&field=healthcare&how=competitions$/);
    await expect(reader.getByRole("link", { name: titles[0] })).toBeVisible();

    // Signed in, the same map.
    const grace = await as(GRACE);
    await grace.goto(VIEW);
    expect(await nodeCount(grace, "First ML role", LABELS.role)).toBe(n);
  },
);

test(
  "the map works without JavaScript: its filters, its links and its numbers",
  { tag: "@embedded" },
  async ({ as }) => {
    const page = await as(null, { javaScriptEnabled: false });
    await page.goto("/stories/map");
    const all = Number(
      /Based on (\d+) stor/.exec((await page.getByRole("heading", { name: /^Based on/ }).textContent())!)![1],
    );
    expect(all).toBeGreaterThan(0);
    await expect(
      page
        .getByRole("figure", { name: /Paths into a first ML role/ })
        .locator("svg rect")
        .first(),
    ).toBeVisible();
    // The first field on the map, filtered by the form.
    const first = page.getByRole("link", { name: /^Previous field: / }).first();
    const [, label] = /^Previous field: (.+), \d+ stor/.exec((await first.getAttribute("aria-label"))!)!;
    const slug = new URLSearchParams((await first.getAttribute("href"))!.split("?")[1]).get("field")!;
    await page.getByLabel("Previous field", { exact: true }).selectOption(slug);
    await page.getByRole("button", { name: "Show the map" }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/map\\?field=${slug}$`));
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText(`Previous field: ${label}`);
    const here = Number(
      /Based on (\d+) stor/.exec((await page.getByRole("heading", { name: /^Based on/ }).textContent())!)![1],
    );
    expect(here).toBeLessThanOrEqual(all);
    expect(await nodeCount(page, "Previous field", label)).toBe(here);
    // Every other field is filtered away.
    await expect(page.getByRole("link", { name: /^Previous field: .*, \d+ stor/ })).toHaveCount(1);
    await page.getByRole("link", { name: new RegExp(`^Previous field: ${escape(label)}, `) }).click();
    await expect(page).toHaveURL(new RegExp(`/stories\\?field=${slug}$`));
  },
);

test("the map's addresses behave as the story list's: tidy, shareable, and nothing else reaches the page", async ({
  request,
}) => {
  // Unknown, empty or repeated values and the list's own order are dropped, as on /stories.
  for (const [given, tidy] of [
    ["/stories/map?field=wizardry", "/stories/map"],
    ["/stories/map?how=referral&field=teaching&sort=helpful&utm_source=x", "/stories/map?field=teaching&how=referral"],
    ["/stories/map?field=&education=phd", "/stories/map?education=phd"],
  ]) {
    const response = await request.get(given, { maxRedirects: 0 });
    expect(response.status(), given).toBe(307);
    const location = new URL(response.headers().location, "http://localhost");
    expect(location.pathname + location.search, given).toBe(tidy);
  }
  // A query of nothing the map knows is the whole map, as /stories does with one.
  const junk = await request.get("/stories/map?utm_source=x");
  expect(junk.status()).toBe(200);
  expect(await junk.text()).toContain("Paths into a first ML role");
  // Its internal view paths are not pages.
  for (const path of ["/stories/map/all", "/stories/map/field_teaching", "/stories/map/-"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("no chart code reaches the browser: the map is SVG laid out on the server", async ({ as }) => {
  const page = await as(null);
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text());
  });
  await page.goto("/stories/map");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  // d3-sankey's own error messages survive minification.
  expect(scripts.filter((s) => s.includes("circular link") || s.includes("sankeyLinkHorizontal"))).toEqual([]);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the map has no serious or critical axe violations (${scheme})`, async ({ as }) => {
    for (const login of [null, GRACE]) {
      const page = await as(login, { colorScheme: scheme });
      for (const path of [
        "/stories/map",
        `/stories/map?field=${PATH.field}`,
        "/stories/map?field=student&education=phd&how=recruiter&role=other",
      ]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const serious = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) => `${path} (${login ?? "signed out"}): ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        expect(serious).toEqual([]);
      }
    }
  });
}
