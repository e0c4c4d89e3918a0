import { expect, test } from "../fixtures";
import { ADA, GRACE, postThread, uniqueTitle } from "../support";

// Public pages are cached whole and are the same bytes for every reader (shared/DESIGN.md, "Reads").

test("a thread page comes from the cache, the same bytes for signed-out and signed-in readers", async ({
  as,
  request,
}) => {
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Cached for everyone"), "One page for all readers.");
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const again = await request.get(url);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const signedIn = await ada.request.get(url);
  expect(signedIn.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await signedIn.text()).toBe(await first.text());
  expect(signedIn.headers()["set-cookie"]).toBeUndefined();
});

test(
  "a reply shows at once to its author and within a second to a signed-out reader",
  { tag: "@embedded" },
  async ({ as, request }) => {
    const ada = await as(ADA);
    const url = await postThread(ada, uniqueTitle("Fresh after a write"), "Who replies first?");
    await expect((await request.get(url)).text()).resolves.toContain("No replies yet");
    expect((await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");

    const grace = await as(GRACE);
    await grace.goto(url);
    const text = `Grace was here ${Date.now()}`;
    await grace.getByLabel("Reply", { exact: true }).fill(text);
    await grace.getByRole("button", { name: "Post reply" }).click();
    await expect(grace.getByRole("article", { name: `Reply by ${GRACE}` })).toContainText(text);
    const written = Date.now();

    let seen = false;
    while (!seen && Date.now() - written < 1_000) seen = (await (await request.get(url)).text()).includes(text);
    expect(seen, "the reply reached a signed-out reader within a second").toBe(true);
  },
);

test("edit and delete show for the author only, and a forged delete from another member changes nothing", async ({
  as,
}) => {
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Only mine to change"), "Ada's words.");
  await expect(ada.getByRole("link", { name: "Edit" })).toBeVisible();
  const grace = await as(GRACE);
  await grace.goto(url);
  await expect(grace.getByTestId("signed-in-as")).toHaveText(GRACE);
  await expect(grace.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(grace.getByRole("button", { name: "Delete" })).toHaveCount(0);

  // The delete form exactly as the server renders it for Ada (without JavaScript, as a plain form)...
  const adaPlain = await as(ADA, { javaScriptEnabled: false });
  const id = url.match(/^\/threads\/(\d+)/)![1];
  await adaPlain.goto(`/threads/${id}/edit`);
  const fields = await adaPlain
    .locator("form", { has: adaPlain.getByRole("button", { name: "Delete this thread" }) })
    .evaluate((form: HTMLFormElement) => [...new FormData(form)].map(([name, value]) => [name, String(value)]));
  // ...sent by Grace, with her own session: refused, and the thread is still there.
  expect(fields.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
  const forged = await grace.request.post(`/threads/${id}/edit`, {
    multipart: Object.fromEntries(fields),
    headers: { origin: new URL(grace.url()).origin },
    maxRedirects: 0,
  });
  // Not sent on to the home page as a deletion would be: the action refused it.
  expect(forged.status()).toBe(200);
  expect((await grace.request.get(url)).status()).toBe(200);
  await adaPlain.goto(url);
  await expect(adaPlain.getByRole("heading", { level: 1 })).toContainText("Only mine to change");
});

test("unknown and malformed ids answer 404 on their first request; a wrong slug is redirected", async ({
  as,
  request,
}) => {
  const unseen = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  for (const path of [
    `/threads/${unseen}`,
    `/stories/${unseen}`,
    `/threads/${unseen}?after=5`,
    `/threads/x${unseen}`,
    `/stories/${unseen}-a-slug?before=3`,
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Canonical address"), "Slugs are for people.");
  const id = url.match(/^\/threads\/(\d+)/)![1];
  await ada.getByLabel("Reply", { exact: true }).fill("A reply to page after.");
  await ada.getByRole("button", { name: "Post reply" }).click();
  await expect(ada).toHaveURL(/before=\d+#reply-\d+$/);
  const replyId = Number(new URL(ada.url()).searchParams.get("before")) - 1;
  for (const [path, target] of [
    [`/threads/${id}`, url],
    [`/threads/${id}-old-title?after=${replyId}`, `${url}?after=${replyId}`],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    // Next 16.4 repeats the Location header on a cache miss (the same value twice): browsers take it.
    const locations = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "location")
      .flatMap((h) => h.value.split(/,\s*/));
    expect(
      new Set(
        locations.map((l) => {
          const u = new URL(l, "http://x");
          return u.pathname + u.search;
        }),
      ),
    ).toEqual(new Set([target]));
  }
});

test("a list's query string is tidied, and only its known values reach the cache", async ({ request }) => {
  const untidy = await request.get("/stories?education=&role=&field=finance&time=&how=&sort=newest&utm=x", {
    maxRedirects: 0,
  });
  expect(untidy.status()).toBe(307);
  expect(untidy.headers().location).toMatch(/\/stories\?field=finance$/);
  const tidy = await request.get("/stories?field=finance");
  expect(tidy.status()).toBe(200);
  expect(await tidy.text()).toContain('aria-label="Active filters"');
  const reordered = await request.get("/stories?sort=helpful&field=finance");
  const ordered = await request.get("/stories?field=finance&sort=helpful");
  expect(await reordered.text()).toBe(await ordered.text());
  // The internal addresses of list views are not pages of their own.
  for (const path of [
    "/home/all",
    "/stories/list/all",
    "/stories/list/field_finance",
    "/stories/insights/all",
    "/stories/map/all",
    `/threads/1/replies/after_5`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test(
  "an invented cursor leads to the list's first page and is never rendered; a real one is a page of its own",
  { tag: "@embedded" },
  async ({ as, request }) => {
    const ada = await as(ADA);
    const url = await postThread(ada, uniqueTitle("Cursor positions"), "Replies below.");
    const reply = ada.getByLabel("Reply", { exact: true });
    await reply.fill("The one reply here.");
    await ada.getByRole("button", { name: "Post reply" }).click();
    await expect(ada).toHaveURL(/before=\d+#reply-\d+$/);
    const real = new URL(ada.url());
    const replyId = Number(real.searchParams.get("before")) - 1;

    // Real positions: after the reply, before it, and its own place (the page that ends with it).
    for (const query of [`after=${replyId}`, `before=${replyId}`, `before=${replyId + 1}`]) {
      const response = await request.get(`${url}?${query}`, { maxRedirects: 0 });
      expect(response.status(), query).toBe(200);
    }
    // Invented ones, on every kind of list: a redirect from the proxy to the first page, again and again
    // (no page was rendered for them, so none was cached).
    const invented = [
      [`${url}?before=${replyId + 4242}`, url],
      [`${url}?after=${replyId + 4242}`, url],
      ["/?after=1700000000000.987654", "/"],
      ["/?sort=new&after=1700000000000.987654", "/?sort=new"],
      ["/c/off-topic?sort=top-all&after=7.987654", "/c/off-topic?sort=top-all"],
      ["/stories?field=finance&sort=fastest&after=3.987654", "/stories?field=finance&sort=fastest"],
      // The lists that page by path.
      [`/u/${ADA}/replies/after/1700000000000.987654`, `/u/${ADA}/replies`],
      ["/moderation/before/987654321", "/moderation"],
    ];
    for (const [from, to] of invented) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(from, { maxRedirects: 0 });
        expect(response.status(), from).toBe(307);
        expect(response.headers()["x-nextjs-cache"], from).toBeUndefined();
        expect(
          new URL(response.headers().location, "http://x").pathname +
            new URL(response.headers().location, "http://x").search,
          from,
        ).toBe(to);
      }
    }
  },
);

test("only pages that answer 200 are kept: unknown ids and wrong slugs are answered afresh each time", async ({
  as,
  request,
}) => {
  const unseen = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const ada = await as(ADA);
  const url = await postThread(ada, uniqueTitle("Kept in the cache"), "Only this page is kept.");
  const id = url.match(/^\/threads\/(\d+)/)![1];
  for (const [path, status] of [
    [`/threads/${unseen}`, 404],
    [`/u/nobody-${unseen}`, 404],
    [`/tags/none-${unseen}`, 404],
    [`/threads/${id}-a-wrong-slug`, 308],
  ] as const) {
    for (let i = 0; i < 3; i++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      expect(response.headers()["x-nextjs-cache"], `${path}, request ${i + 1}`).not.toBe("HIT");
    }
  }
  await request.get(url);
  expect((await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
});
