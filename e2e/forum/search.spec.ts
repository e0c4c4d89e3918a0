import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { ADA, GRACE, postThread } from "../support";

/** A made-up word no other test writes: letters only, so the search parser reads it as one word. */
function uniqueWord(): string {
  return `zyx${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

async function reply(page: Page, body: string) {
  await page.getByLabel("Reply", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByText(body, { exact: true }).first()).toBeVisible();
}

const results = (page: Page) =>
  page.getByRole("region", { name: /^(Results|No results|No more results)/ }).getByRole("listitem");

test(
  "a reader finds a member's post from the header box, highlighted, and narrows it to replies",
  { tag: "@embedded" },
  async ({ as }) => {
    test.setTimeout(120_000);
    const word = uniqueWord();
    const ada = await as(ADA);
    const title = `Notes on ${word} pipelines`;
    const url = await postThread(
      ada,
      title,
      `How I deployed **${word}** at work: \`<b>not bold</b>\` <script>alert(1)</script>`,
    );
    const grace = await as(GRACE);
    await grace.goto(url);
    await reply(grace, `Thanks, ${word} helped me too.`);

    const reader = await as(null);
    const problems: string[] = [];
    reader.on("dialog", (dialog) => problems.push(`dialog: ${dialog.message()}`));
    await reader.goto("/stories");
    const box = reader
      .getByRole("search", { name: "Search the forum" })
      .getByRole("searchbox", { name: "Search discussions, stories and replies" });
    await box.fill(`  ${word}   `);
    await box.press("Enter");
    await expect(reader).toHaveURL(`/search?q=${word}`);
    await expect(reader.getByRole("heading", { level: 2, name: `Results 1–2 for “${word}”` })).toBeVisible();
    await expect(results(reader)).toHaveCount(2);

    // The thread first (its title matched), with the words marked; the text is shown as text.
    const first = results(reader).first();
    await expect(first.getByRole("link", { name: title })).toBeVisible();
    await expect(first.locator("mark").first()).toHaveText(word);
    // ts_headline reads "<b>" in text as markup and leaves it out of the snippet; either way it is no element.
    await expect(first).toContainText("not bold");
    await expect(first.locator("b, script")).toHaveCount(0);
    await expect(results(reader).nth(1)).toContainText("Reply in a discussion");
    // A reply's result carries its thread's title, marked like the text.
    await expect(results(reader).nth(1).locator("mark")).toHaveText([word, word]);
    await expect(reader).toHaveTitle(`Search: ${word} · MLPaths`);
    await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");

    await reader.getByRole("navigation", { name: "Kind of post" }).getByRole("link", { name: "Replies" }).click();
    await expect(reader).toHaveURL(`/search?q=${word}&kind=reply`);
    await expect(results(reader)).toHaveCount(1);
    await expect(reader.getByRole("link", { name: "Replies" })).toHaveAttribute("aria-current", "page");
    await results(reader).getByRole("link", { name: title }).click();
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(problems).toEqual([]);
  },
);

test(
  "without JavaScript: the header box searches, the form filters, pages go on, and bad queries are explained",
  { tag: "@embedded" },
  async ({ as, request }) => {
    test.setTimeout(180_000);
    const word = uniqueWord();
    const ada = await as(ADA);
    const url = await postThread(ada, `Paging through ${word}`, `The first ${word} post.`);
    for (let i = 1; i <= 21; i++) await reply(ada, `Reply number ${i} about ${word}.`);

    const reader = await as(null, { javaScriptEnabled: false });
    await reader.goto(url);
    const box = reader.getByRole("search", { name: "Search the forum" }).getByRole("searchbox");
    await box.fill(word);
    await reader.getByRole("search", { name: "Search the forum" }).getByRole("button", { name: "Search" }).click();
    await expect(reader).toHaveURL(`/search?q=${word}`);
    await expect(reader.getByRole("heading", { level: 2, name: `Results 1–20 for “${word}”` })).toBeVisible();
    await expect(results(reader)).toHaveCount(20);

    await reader.getByRole("link", { name: "Next page" }).click();
    await expect(reader).toHaveURL(`/search?q=${word}&page=2`);
    await expect(reader.getByRole("heading", { level: 2, name: `Results 21–22 for “${word}”` })).toBeVisible();
    await expect(results(reader)).toHaveCount(2);
    await expect(reader.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await reader.getByRole("link", { name: "Previous page" }).click();
    await expect(results(reader)).toHaveCount(20);

    // The page's own form: only discussions, then a word left out with -word.
    const form = reader.getByRole("search", { name: "Search", exact: true });
    await form.getByLabel("Search in").selectOption("discussion");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(reader).toHaveURL(`/search?q=${word}&kind=discussion`);
    await expect(results(reader)).toHaveCount(1);
    await form.getByLabel("Search for").fill(`${word} -first`);
    await form.getByRole("button", { name: "Search" }).click();
    await expect(reader.getByRole("heading", { level: 2, name: `No results for “${word} -first”` })).toBeVisible();
    await expect(reader.getByRole("link", { name: "Search everything" })).toBeVisible();

    // No query: how to search. A query too long: refused with a sentence. Junk: a page, never an error.
    await reader.goto("/search");
    await expect(reader.getByRole("heading", { level: 2, name: "How to search" })).toBeVisible();
    await reader.goto(`/search?q=${"a".repeat(201)}`);
    await expect(reader.getByRole("alert")).toHaveText(/at most 200 characters/);
    await expect(reader.getByRole("searchbox", { name: "Search for" })).toHaveAttribute(
      "aria-describedby",
      "search-q-error",
    );
    for (const junk of ["%27%22%26%7C!%3A*()", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-", "or", "%F0%9F%99%82"]) {
      const response = await request.get(`/search?q=${junk}`);
      expect(response.status(), junk).toBe(200);
    }
    // Untidy addresses go to their tidy form; the internal pages are not addresses.
    const untidy = await request.get(`/search?page=1&q=+${word}+&junk=1&kind=nope`, { maxRedirects: 0 });
    expect(untidy.status()).toBe(307);
    expect(untidy.headers()["location"]).toMatch(new RegExp(`/search\\?q=${word}$`));
    expect((await request.get("/search?q=")).url()).toMatch(/\/search$/);
    expect((await request.get(`/search/${Buffer.from(`q=${word}`).toString("base64url")}`)).status()).toBe(404);
  },
);

test(
  "results are cached per query and a new post shows in them at once",
  { tag: "@embedded" },
  async ({ as, request }) => {
    const word = uniqueWord();
    const ada = await as(ADA);
    await postThread(ada, `Cached ${word}`, "First.");
    await request.get(`/search?q=${word}`);
    const cached = await request.get(`/search?q=${word}`);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await cached.text()).toContain(`Results 1–1 for “${word}”`);
    await postThread(ada, `Another ${word}`, "Second.");
    expect(await (await request.get(`/search?q=${word}`)).text()).toContain(`Results 1–2 for “${word}”`);
  },
);
