import { expect, type Page } from "@playwright/test";

export const ADA = "ada-test";
export const GRACE = "grace-test";
export const storageStateFor = (login: string) => `e2e/.auth/${login}.json`;

/** The whole Auth.js GitHub flow: our sign-in page → stand-in GitHub's authorize page → back, signed in. */
export async function signInThroughGitHub(page: Page, login: string, startAt = "/sign-in") {
  await page.goto(startAt);
  await page.getByRole("button", { name: "Sign in with GitHub" }).click();
  await expect(page.getByRole("heading", { name: "Authorize MLPaths" })).toBeVisible();
  const listed = page.getByRole("button", { name: `Sign in as ${login}`, exact: true });
  if (await listed.count()) {
    await listed.click();
  } else {
    await page.getByLabel("Login").fill(login);
    await page.getByRole("button", { name: "Sign in as typed login" }).click();
  }
  await expect(page.getByTestId("signed-in-as")).toHaveText(login);
}

/** A unique title, so tests never depend on what else is in the database. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Posts a thread through the form and returns its URL. */
export async function postThread(page: Page, title: string, body: string): Promise<string> {
  await page.goto("/threads/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Body").fill(body);
  await page.getByRole("button", { name: "Post thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The story the suites publish: facts chosen to be rare among the sample stories. */
export const STORY = {
  role: "research-engineer",
  education: "associate",
  educationLabel: "Associate degree",
  field: "military-government",
  fieldLabel: "Military / government",
};

/** Fills the new-story form; the title makes the text its own (the same text again within minutes is refused). */
export async function fillStory(page: Page, title: string) {
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Current role").selectOption(STORY.role);
  await page.getByLabel("Year of your first ML role").fill("2025");
  await page.getByLabel("How the job came").selectOption("recruiter");
  await page.getByLabel("Education when hired into your first ML role").selectOption(STORY.education);
  await page.getByLabel("Previous field").selectOption(STORY.field);
  await page.getByLabel("Previous job title").fill("Signals analyst");
  await page.getByLabel("Months from starting to learn to your first ML offer").fill("17");
  await page.getByLabel("Resources that mattered").fill("fast.ai\nFast.ai course\nSpinning Up in Deep RL");
  await page.getByLabel("Milestones").fill("month 3: finished fast.ai part 1\nmonth 11: first paper reimplementation");
  // The title makes the text each story's own: the same text again within minutes is refused.
  await page
    .getByLabel("Your story")
    .fill(`I learned on night shifts. **Reimplementing papers** got me noticed. (${title})`);
}

/** Publishes a story as the page's member; returns its address. */
export async function publishStory(page: Page, title: string): Promise<string> {
  await page.goto("/stories/new");
  await fillStory(page, title);
  await page.getByRole("button", { name: "Publish story" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

/** Fills the follow-up form (the story author's "N months later"). */
export async function fillFollowUp(page: Page, months: string, kind: string, stillInMl: "yes" | "no", body: string) {
  await page.getByLabel("Months after your first ML offer").fill(months);
  await page.getByLabel("What happened").selectOption(kind);
  await page.getByLabel("Do you still work in ML?").selectOption(stillInMl);
  await page.getByLabel("What changed").fill(body);
}

/**
 * Waits until an edit page has hydrated and knows its reader (the header names them once the
 * per-reader answer is in, which is after hydration). Text filled into the server-rendered textarea
 * before React takes it over can be mangled: seen once in CI, the new text landed before the old.
 */
export async function formReady(page: Page, login: string) {
  await page.waitForURL(/\/edit$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(login);
}
