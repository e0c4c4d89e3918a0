import { expect, test } from "../fixtures";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { ADA, postThread, storageStateFor, uniqueTitle } from "../support";

// The Content-Security-Policy (lib/security-headers.ts, docs/security.md) must let every page of the
// forum run as it is: a violation here is a page the policy breaks for real readers.

type Watched = { page: Page; violations: () => Promise<string[]> };

/** A page whose Content-Security-Policy violations are recorded, from script events and from the console. */
async function watched(
  browser: Browser,
  options: { login?: string; javaScriptEnabled?: boolean } = {},
): Promise<Watched & { context: BrowserContext }> {
  const context = await browser.newContext({
    ...(options.login ? { storageState: storageStateFor(options.login) } : {}),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.documentURI}`),
    );
  });
  const page = await context.newPage();
  // Chromium also reports each violation on the console, which works with JavaScript off too.
  const logged: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  const violations = async () => {
    const fromScript =
      options.javaScriptEnabled === false
        ? []
        : await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    return [...logged, ...fromScript];
  };
  return { context, page, violations };
}

async function visitAll({ page, violations }: Watched, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toContain("default-src 'self'");
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
}

/** The first story on /stories: the sample forum's (seeded on the embedded database) or one a test published. */
async function someStory(page: Page): Promise<string[]> {
  await page.goto("/stories");
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const story = hrefs.find((href) => /^\/stories\/\d+/.test(href));
  return story ? [story] : [];
}

test("no page breaks the Content-Security-Policy: signed out, signed in, navigating in the browser and without JavaScript", async ({
  browser,
}) => {
  const ada = await watched(browser, { login: ADA });
  const title = uniqueTitle("Under the policy");
  const thread = await postThread(ada.page, title, `${title}: read with **every** script the policy allows.`);
  const id = thread.match(/^\/threads\/(\d+)/)![1];
  const story = await someStory(ada.page);
  const publicPages = [
    "/",
    thread,
    "/stories",
    ...story,
    "/stories/insights",
    "/stories?field=finance&sort=helpful",
    "/moderation",
    "/threads/987654321",
    "/no-such-page",
  ];

  const visitor = await watched(browser);
  await visitAll(visitor, [...publicPages, "/sign-in"]);

  // A client-side navigation: the header's links, then a thread from the list, in the same document.
  await visitor.page.goto("/");
  await visitor.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await visitor.page.getByRole("banner").getByRole("link", { name: "Stories" }).click();
  await expect(visitor.page).toHaveURL(/\/stories$/);
  await visitor.page.getByRole("banner").getByRole("link", { name: "MLPaths", exact: true }).click();
  await expect(visitor.page).toHaveURL(/\/$/);
  await visitor.page.locator(`a[href="${thread}"]`).first().click();
  await expect(visitor.page).toHaveURL(new RegExp(`${thread}$`));
  await visitor.page.waitForLoadState("networkidle");
  expect(await visitor.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await visitor.violations()).toEqual([]);

  await visitAll(ada, [...publicPages, "/threads/new", "/stories/new", `/threads/${id}/edit`, "/sign-in"]);
  await ada.page.goto(thread);
  const reply = `${title}: a reply sent through a Server Action under the policy.`;
  await ada.page.getByLabel("Reply", { exact: true }).fill(reply);
  await ada.page.getByRole("button", { name: "Post reply" }).click();
  await expect(ada.page.getByText(reply)).toBeVisible();
  expect(await ada.violations()).toEqual([]);

  const plain = await watched(browser, { login: ADA, javaScriptEnabled: false });
  await visitAll(plain, [...publicPages, "/threads/new", `/threads/${id}/edit`, "/sign-in"]);
  for (const context of [ada.context, visitor.context, plain.context]) await context.close();
});

test("without JavaScript, sign-in still reaches GitHub through the form's redirect, and a form cannot post to another site", async ({
  browser,
}) => {
  const plain = await watched(browser, { javaScriptEnabled: false });
  const { page } = plain;
  // The sign-in form posts to a Server Action that answers with a redirect to GitHub's authorize page;
  // Chromium checks form-action on that redirect, so the policy must name GitHub's origin.
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with GitHub" }).click();
  await expect(page.getByRole("heading", { name: "Authorize MLPaths" })).toBeVisible();
  const github = new URL(page.url()).origin;
  expect(await plain.violations()).toEqual([]);
  const csp = directives((await page.request.get("/sign-in")).headers()["content-security-policy"]);
  expect(csp.get("form-action")).toEqual(["'self'", github]);
  // Members' pictures come from the same GitHub (here the stand-in, as from an Enterprise server).
  expect(csp.get("img-src")).toContain(github);

  // The same page with two extra forms: one posting to another site, one whose same-site post is
  // redirected there. The browser must refuse both.
  const elsewhere = "http://127.0.0.1:9/collect";
  await page.route("**/sign-in", async (route) => {
    const response = await route.fetch();
    const forms = `<form method="post" action="${elsewhere}"><button>Post elsewhere</button></form><form method="post" action="/csp-probe-redirect"><button>Post and be redirected</button></form>`;
    await route.fulfill({ response, body: (await response.text()).replace("</main>", `${forms}</main>`) });
  });
  await page.route("**/csp-probe-redirect", (route) =>
    route.fulfill({ status: 303, headers: { location: elsewhere } }),
  );
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(elsewhere)) sent.push(request.url());
  });
  const refusals = async () => (await plain.violations()).filter((v) => v.includes("form-action")).length;
  for (const name of ["Post elsewhere", "Post and be redirected"]) {
    await page.goto("/sign-in");
    const before = await refusals();
    await page.getByRole("button", { name }).click({ noWaitAfter: true });
    await expect.poll(refusals, name).toBe(before + 1);
    expect(sent, name).toEqual([]);
    expect(new URL(page.url()).pathname, name).toBe("/sign-in");
  }
  await plain.context.close();
});

test("the policy itself: no eval, no other site's script, no plugins, no framing, on pages, 404s, endpoints and static files", async ({
  request,
}) => {
  const home = await request.get("/");
  const html = await home.text();
  const css = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
  const js = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const policies = new Set<string>();
  for (const path of ["/", "/stories", "/threads/987654321", "/sign-in", "/api/auth/session", css, js]) {
    const response = await request.get(path);
    const value = response.headers()["content-security-policy"];
    expect(value, path).toBeTruthy();
    policies.add(value);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  // One static policy, the same on every response (pages are cached whole: nothing per request).
  expect(policies.size).toBe(1);
  const csp = directives([...policies][0]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp.get("script-src-attr")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  expect(csp.get("form-action")?.[0]).toBe("'self'");
  expect(csp.get("img-src")).toEqual(expect.arrayContaining(["'self'", "https://avatars.githubusercontent.com"]));
  const sources = [...csp.values()].flat();
  expect(sources).not.toContain("'unsafe-eval'");
  expect(sources.filter((source) => source.includes("*") || /^(?:https?|data|blob):$/.test(source))).toEqual([]);
  // The suite runs on plain http (AUTH_URL http://localhost:…): no HSTS, no upgrade of subresources.
  expect(home.headers()["strict-transport-security"]).toBeUndefined();
  expect(csp.has("upgrade-insecure-requests")).toBe(false);
});

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}
