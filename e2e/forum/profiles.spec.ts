import { expect, test } from "../fixtures";
import { ADA, GRACE, postThread, uniqueTitle } from "../support";

test("an author's name leads to their profile: who they are, their discussions and replies, cached like any page", async ({
  as,
  request,
}) => {
  const ada = await as(ADA);
  const grace = await as(GRACE);
  const title = uniqueTitle("Profiles show what members wrote");
  const url = await postThread(ada, title, "Where do my posts show?");
  await grace.goto(url);
  await grace.getByLabel("Reply", { exact: true }).fill(`On your profile, ${title}.`);
  await grace.getByRole("button", { name: "Post reply" }).click();
  await expect(grace.getByRole("article", { name: `Reply by ${GRACE}` })).toBeVisible();

  // From the thread, the author's name is a link to the profile.
  const reader = await as(null);
  await reader.goto(url);
  await reader.getByRole("article").first().getByRole("link", { name: ADA, exact: true }).click();
  await expect(reader).toHaveURL(new RegExp(`/u/${ADA}$`));
  await expect(reader.getByRole("heading", { level: 1, name: ADA })).toBeVisible();
  await expect(
    reader.getByRole("region", { name: "Latest discussions" }).getByRole("link", { name: title }),
  ).toBeVisible();

  await reader.goto(`/u/${GRACE}`);
  const replies = reader.getByRole("region", { name: "Latest replies" });
  await expect(replies).toContainText(`On your profile, ${title}.`);
  await replies.getByRole("link", { name: title }).first().click();
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The full list pages on its own address.
  await reader.goto(`/u/${ADA}/threads`);
  await expect(reader.getByRole("heading", { level: 2, name: "Discussions" })).toBeVisible();
  await expect(reader.getByRole("link", { name: title })).toBeVisible();

  // Another spelling of the login goes to today's address; unknown and impossible logins are 404s.
  const upper = await request.get(`/u/${ADA.toUpperCase()}`, { maxRedirects: 0 });
  expect(upper.status()).toBe(308);
  expect(upper.headers()["location"]).toMatch(new RegExp(`/u/${ADA}$`));
  expect((await request.get("/u/nobody-here-at-all")).status()).toBe(404);
  expect((await request.get("/u/not_a!login")).status()).toBe(404);
  expect((await request.get(`/u/${ADA}/threads/after/junk`)).status()).toBe(404);

  // Served from the cache, the same bytes for everyone, until the member writes again.
  await request.get(`/u/${ADA}`);
  const cached = await request.get(`/u/${ADA}`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  const newer = uniqueTitle("A second thread for the profile");
  await postThread(ada, newer, "Does my profile know?");
  await reader.goto(`/u/${ADA}`);
  await expect(reader.getByRole("region", { name: "Latest discussions" }).getByRole("link").first()).toHaveText(newer);
});
