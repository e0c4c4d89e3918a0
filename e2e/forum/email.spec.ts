import { expect, test } from "../fixtures";
import { GRACE, postThread, signInThroughGitHub, uniqueTitle } from "../support";

// Email that brings members back (issue 26): a reply to a member's thread reaches them by email once,
// after the delay (one second here, e2e/mail/server.ts receives it), with the reply's text and a link
// that opens the reply in place. Their address (the stand-in GitHub's) never reaches the browser.
// The author is a member new to each run (the test unsubscribes them, for good).

type Mail = { to: string[]; subject: string; text: string; html: string | false; listUnsubscribe?: string };

test(
  "a reply to a member's thread is emailed to them once, its link opens the reply in place, and one click unsubscribes",
  { tag: "@embedded" },
  async ({ as, request }) => {
    const sink = test.info().project.metadata.mailSink as string;
    const login = `mailed-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    // The stand-in GitHub's primary address for a login it does not list.
    const address = `${login}@example.test`;
    const mailFor = async (text: string): Promise<Mail[]> => {
      const response = await request.get(`${sink}/messages?to=${encodeURIComponent(address)}`);
      return ((await response.json()) as Mail[]).filter((mail) => mail.text.includes(text));
    };
    const author = await as(null);
    await signInThroughGitHub(author, login);
    const grace = await as(GRACE);
    const title = uniqueTitle("Emailed replies");
    const url = await postThread(author, title, `Which course first? (${title})`);

    await grace.goto(url);
    await expect(grace.getByTestId("signed-in-as")).toHaveText(GRACE);
    const text = `Start with the fast.ai course (${title}).`;
    await grace.getByLabel("Reply", { exact: true }).fill(text);
    await grace.getByRole("button", { name: "Post reply" }).click();
    await expect(grace.getByRole("article", { name: `Reply by ${GRACE}` }).filter({ hasText: text })).toBeVisible();
    const replyId = Number(/#reply-(\d+)$/.exec(grace.url())![1]);

    await expect.poll(async () => (await mailFor(text)).length, { timeout: 20_000 }).toBe(1);
    // Polled every second: a second email would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const sent = await mailFor(text);
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail.to).toEqual([address]);
    expect(mail.subject).toBe(`[MLPaths] @${GRACE} replied to your post “${title}”`);
    expect(mail.html).toContain(text);
    expect(mail.listUnsubscribe).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:\d+\/email\/unsubscribe\/[\w-]+\.[\w-]+>$/,
    );
    const link = /Read it in place: (\S+)/.exec(mail.text)![1];
    expect(link).toMatch(new RegExp(`#reply-${replyId}$`));

    await author.goto(link);
    const reply = author.locator(`#reply-${replyId}`);
    await expect(reply).toContainText(text);
    await expect(reply).toBeInViewport();

    // The address is the member's own business: not in the session the browser reads.
    const session = await author.request.get("/api/auth/session");
    expect(await session.text()).not.toContain(address);

    // One-click unsubscribe as a mail provider sends it: a POST from its own server, with no Origin and
    // no session. A token that is not the site's is refused; the real one turns these emails off.
    const unsubscribe = /<(\S+)>/.exec(mail.listUnsubscribe!)![1];
    const oneClick = (target: string) =>
      request.post(target, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    const forged = unsubscribe.replace(/\.[\w-]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect((await oneClick(forged)).status()).toBe(400);
    const done = await oneClick(unsubscribe);
    expect(done.status()).toBe(200);
    expect(await done.text()).toContain("You will get no more emails about replies to your posts and mentions of you.");

    // Following the link in a browser only asks (mail scanners follow links); its button unsubscribes.
    const visitor = await as(null);
    await visitor.goto(unsubscribe);
    await expect(visitor.getByText("Stop emails about replies to your posts and mentions of you?")).toBeVisible();
    await visitor.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(visitor.getByRole("heading", { name: "Unsubscribed" })).toBeVisible();
  },
);
