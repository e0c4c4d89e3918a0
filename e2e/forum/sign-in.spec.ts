import { expect, test } from "../fixtures";
import { ADA, signInThroughGitHub, storageStateFor } from "../support";

test(
  "a new member gets a profile from GitHub, including one without a public email",
  { tag: "@embedded" },
  async ({ page }) => {
    await signInThroughGitHub(page, "noemail-test");
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session.user.login).toBe("noemail-test");
    expect(session.user.name).toBe("noemail-test");
    expect(session.user.image).toContain("/avatars/noemail-test.svg");
  },
);

test("the session endpoint tells the browser who is reading, but not the session token or the email", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const token = (await context.cookies()).find((c) => c.name === "authjs.session-token")!.value;
  const response = await context.request.get("/api/auth/session");
  const text = await response.text();
  const session = JSON.parse(text);
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(session.user).sort()).toEqual(["id", "image", "login", "name", "role", "suspendedUntil"]);
  expect(session.user.suspendedUntil).toBeNull();
  expect(session.user).toMatchObject({ login: ADA, role: "member" });
  expect(text).not.toContain(token);
  expect(text).not.toContain("@");
  await context.close();
});

test(
  "signing out ends the database session, so the old cookie no longer works",
  { tag: "@embedded" },
  async ({ page, browser }) => {
    await signInThroughGitHub(page, "sign-out-test");
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.name === "authjs.session-token")).toBe(true);
    // The per-reader request reads a live session itself, and leaves its cookies alone.
    const live = await page.request.get("/api/reader");
    expect((await live.json()).viewer.login).toBe("sign-out-test");
    expect(live.headers()["set-cookie"]).toBeUndefined();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // Replaying the old session cookie in a fresh browser must not sign anyone in.
    const replay = await browser.newContext({ baseURL: page.url() });
    await replay.addCookies(cookies);
    const session = await (await replay.request.get("/api/auth/session")).json();
    expect(session?.user).toBeUndefined();
    await replay.close();
    // Nor through the per-reader request, which hands a session it does not know to Auth.js: that
    // clears the dead cookie, and the signed-in hint with it.
    const again = await browser.newContext({ baseURL: page.url() });
    await again.addCookies(cookies);
    const reader = await again.request.get("/api/reader");
    expect(await reader.json()).toEqual({ viewer: null });
    expect(reader.headers()["set-cookie"]).toMatch(/(^|\n)authjs\.session-token=;/);
    expect(reader.headers()["set-cookie"]).toMatch(/(^|\n)mlpaths-signed-in=;[^\n]*Max-Age=0/);
    await again.close();
  },
);

test("posting while signed out leads to sign-in and back to the form", async ({ page }) => {
  await page.goto("/threads/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fthreads%2Fnew/);
  await page.getByRole("button", { name: "Sign in with GitHub" }).click();
  await page.getByRole("button", { name: "Sign in as ada-test" }).click();
  await expect(page).toHaveURL(/\/threads\/new$/);
  await expect(page.getByRole("button", { name: "Post thread" })).toBeVisible();
});

test("a member who is already signed in is told so on the sign-in page, and continues to where they were going", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fstories");
  await expect(page.getByText(`You are signed in as ${ADA}.`)).toBeVisible();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/stories$/);
  await context.close();
});

test("a crafted return address never leads off the site, and never breaks the sign-in page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  const page = await context.newPage();
  const host = new URL(test.info().project.use.baseURL!).host;
  // As a crafted link would carry them: the server decodes %09 to a tab, %0a to a newline, %5C to "\".
  for (const target of [
    "/%09/evil.example/phish",
    "/%0a/x",
    "//evil.example",
    "/%5Cevil.example",
    "/%5C/evil.example",
    "https://evil.example/",
  ]) {
    const response = await page.goto(`/sign-in?callbackUrl=${target}`);
    expect(response?.status(), target).toBe(200);
    const continueTo = await page.getByRole("link", { name: "Continue" }).getAttribute("href");
    expect(new URL(continueTo!, page.url()).host, target).toBe(host);
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL((url) => url.host === host);
  }
  await context.close();
});

test("without JavaScript, a visitor signs in from the header and a member signs out from the sign-in page", async ({
  browser,
}) => {
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const page = await visitor.newPage();
  await page.goto("/stories");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstories$/);
  await page.getByRole("button", { name: "Sign in with GitHub" }).click();
  await page.getByLabel("Login").fill("nojs-test");
  await page.getByRole("button", { name: "Sign in as typed login" }).click();
  await expect(page).toHaveURL(/\/stories$/);

  // Signed in, the header (the same HTML for everyone) still says "Sign in"; it leads to a page that
  // knows who is reading and offers sign-out.
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByText("You are signed in as nojs-test.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to MLPaths" })).toBeVisible();
  expect((await visitor.cookies()).some((c) => c.name === "authjs.session-token")).toBe(false);
  await visitor.close();
});

test("on a phone the header's sign-in link is visible", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto("/");
  const signIn = page.getByRole("banner").getByRole("link", { name: "Sign in" });
  await expect(signIn).toBeInViewport({ ratio: 1 });
  await phone.close();
});

test("sign-out refuses cross-site and origin-less posts, and the session survives them", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor(ADA) });
  for (const origin of ["https://evil.example", "null", undefined]) {
    const response = await context.request.post("/api/sign-out", {
      headers: origin ? { origin } : {},
      maxRedirects: 0,
    });
    expect(response.status(), `origin ${origin}`).toBe(403);
  }
  const session = await (await context.request.get("/api/auth/session")).json();
  expect(session.user.login).toBe(ADA);
  await context.close();
});

test("with GitHub configured there is no demo sign-in", { tag: "@embedded" }, async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in with GitHub" })).toBeVisible();
  await expect(page.getByRole("button", { name: /demo sign-in/i })).toHaveCount(0);
});
