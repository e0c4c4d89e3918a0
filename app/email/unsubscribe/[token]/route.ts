// One-click unsubscribe (RFC 8058) from the link and the List-Unsubscribe header of every email. The
// token (lib/email/unsubscribe-token.ts) names the member and the kind of email and is signed, so no
// sign-in is needed. POST turns the kind off: a mail provider's "Unsubscribe" button posts
// `List-Unsubscribe=One-Click` from its own servers (proxy.ts lets this path through without an
// Origin), and the page's button posts the same. GET only shows that button: mail scanners follow the
// links in an email, and must not unsubscribe anyone by it.
import { turnOffEmail } from "@/db/mutations/email-settings";
import type { EmailKind } from "@/lib/email/kinds";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { EVENTS } from "@/lib/log/events";
import { logFor } from "@/server/request-log";

type Context = { params: Promise<{ token: string }> };

const WHAT: Record<EmailKind, string> = {
  replies: "emails about replies to your posts and mentions of you",
  following: "emails about threads you follow",
  digest: "the digest email",
};

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light dark"><title>${title} · MLPaths</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1>${body}<p><a href="/settings/email">Email settings</a> · <a href="/">MLPaths</a></p></main></html>`;
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}

const refused = () =>
  page(400, "Link not recognised", "<p>This unsubscribe link is not one MLPaths made, so nothing was changed.</p>");

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const named = readUnsubscribeToken(token);
  if (!named) return refused();
  return page(
    200,
    "Unsubscribe",
    `<form method="post"><p>Stop ${WHAT[named.kind]}? Your other email choices stay as they are.</p><p><button type="submit">Unsubscribe</button></p></form>`,
  );
}

export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const named = readUnsubscribeToken(token);
  if (!named) {
    logFor(request).warn({ event: EVENTS.refused, reason: "unsubscribe-token" }, "unsubscribe with a bad token");
    return refused();
  }
  if (!(await turnOffEmail(named.userId, named.kind))) return refused();
  const kind = "email.unsubscribe";
  logFor(request).info(
    { event: EVENTS.write, kind, userId: named.userId, emailKind: named.kind, ids: [`member:${named.userId}`] },
    kind,
  );
  return page(200, "Unsubscribed", `<p>You will get no more ${WHAT[named.kind]}.</p>`);
}
