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
