import { expect, test } from "../fixtures";
import { ADA, GRACE, postThread, uniqueTitle } from "../support";

// Email that brings members back (issue 26): a reply to a member's thread reaches them by email once,
// after the delay (one second here, e2e/mail/server.ts receives it), with the reply's text and a link
// that opens the reply in place. Their address (the stand-in GitHub's) never reaches the browser.

const ADA_ADDRESS = "ada@example.test";

type Mail = { to: string[]; subject: string; text: string; html: string | false; listUnsubscribe?: string };

test(
  "a reply to a member's thread is emailed to them once, and its link opens the reply in place",
  { tag: "@embedded" },
  async ({ as, request }) => {
    const sink = test.info().project.metadata.mailSink as string;
    const mailFor = async (text: string): Promise<Mail[]> => {
      const response = await request.get(`${sink}/messages?to=${encodeURIComponent(ADA_ADDRESS)}`);
      return ((await response.json()) as Mail[]).filter((mail) => mail.text.includes(text));
    };
    const ada = await as(ADA);
    const grace = await as(GRACE);
    const title = uniqueTitle("Emailed replies");
    const url = await postThread(ada, title, `Which course first? (${title})`);

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
    expect(mail.subject).toBe(`[MLPaths] @${GRACE} replied to your post “${title}”`);
    expect(mail.html).toContain(text);
    expect(mail.listUnsubscribe).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:\d+\/email\/unsubscribe\/[\w-]+\.[\w-]+>$/,
    );
    const link = /Read it in place: (\S+)/.exec(mail.text)![1];
    expect(link).toMatch(new RegExp(`#reply-${replyId}$`));

    await ada.goto(link);
    const reply = ada.locator(`#reply-${replyId}`);
    await expect(reply).toContainText(text);
    await expect(reply).toBeInViewport();

    // The address is the member's own business: not in the session the browser reads.
    const session = await ada.request.get("/api/auth/session");
    expect(await session.text()).not.toContain(ADA_ADDRESS);

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
  },
);
