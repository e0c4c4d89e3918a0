import { expect, test } from "@playwright/test";
import { ADA, signInThroughGitHub, storageStateFor } from "../support";

test("a new member gets a profile from GitHub, including one without a public email", async ({ page }) => {
  await signInThroughGitHub(page, "noemail-test");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user.login).toBe("noemail-test");
  expect(session.user.name).toBe("noemail-test");
  expect(session.user.image).toContain("/avatars/noemail-test.svg");
});

test("the session endpoint tells the browser who is reading, but not the session token or the email", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const token = (await context.cookies()).find((c) => c.name === "authjs.session-token")!.value;
  const response = await context.request.get("/api/auth/session");
  const text = await response.text();
  const session = JSON.parse(text);
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(session.user).sort()).toEqual(["id", "image", "login", "name", "role"]);
  expect(session.user).toMatchObject({ login: ADA, role: "member" });
  expect(text).not.toContain(token);
  expect(text).not.toContain("@");
  await context.close();
});

test("signing out ends the database session, so the old cookie no longer works", async ({ page, browser }) => {
  await signInThroughGitHub(page, "sign-out-test");
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name === "authjs.session-token")).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Replaying the old session cookie in a fresh browser must not sign anyone in.
  const replay = await browser.newContext({ baseURL: page.url() });
  await replay.addCookies(cookies);
  const session = await (await replay.request.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
  await replay.close();
});

test("posting while signed out leads to sign-in and back to the form", async ({ page }) => {
  await page.goto("/threads/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fthreads%2Fnew/);
  await page.getByRole("button", { name: "Sign in with GitHub" }).click();
  await page.getByRole("button", { name: "Sign in as ada-test" }).click();
  await expect(page).toHaveURL(/\/threads\/new$/);
  await expect(page.getByRole("button", { name: "Post thread" })).toBeVisible();
});

test("a member who is already signed in goes straight on from the sign-in page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fstories");
  await expect(page).toHaveURL(/\/stories$/);
  await context.close();
});

test("a signed-in member is never sent off the site from the sign-in page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const page = await context.newPage();
  // As a crafted link would carry them: the server decodes %09 to a tab, %0a to a newline, %5C to "\".
  for (const target of ["/%09/evil.example/phish", "/%0a/x", "//evil.example", "/%5Cevil.example", "https://evil.example/"]) {
    const response = await page.goto(`/sign-in?callbackUrl=${target}`);
    expect(response?.status(), target).toBeLessThan(400);
    expect(new URL(page.url()).host, target).toBe(new URL(test.info().project.use.baseURL!).host);
  }
  // Plain requests too, reading the Location header the browser would follow.
  for (const target of ["/%09/evil.example/phish", "/%0a/x"]) {
    const response = await context.request.get(`/sign-in?callbackUrl=${target}`, { maxRedirects: 0 });
    expect(response.status(), target).toBeLessThan(500);
    const location = response.headers().location;
    if (location) expect(new URL(location, "http://localhost").host).toBe("localhost");
  }
  await context.close();
});

test("sign-out refuses cross-site and origin-less posts, and the session survives them", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  for (const origin of ["https://evil.example", "null", undefined]) {
    const response = await context.request.post("/api/sign-out", { headers: origin ? { origin } : {}, maxRedirects: 0 });
    expect(response.status(), `origin ${origin}`).toBe(403);
  }
  const session = await (await context.request.get("/api/auth/session")).json();
  expect(session.user.login).toBe(ADA);
  await context.close();
});

test("with GitHub configured there is no demo sign-in", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in with GitHub" })).toBeVisible();
  await expect(page.getByRole("button", { name: /demo sign-in/i })).toHaveCount(0);
});
