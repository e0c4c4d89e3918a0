// What a notification email says: each post's text as plain text and as the site's own sanitized HTML
// (cook() output stored with the post, images turned into links and site links made absolute), a link
// to the post in its place, why it was sent, a one-click unsubscribe (RFC 8058) for that kind of email
// and a link to the email settings.
import type { NotificationEmail, EmailedPost } from "@/db/mutations/email-queue";
import type { EmailKind } from "@/lib/email/kinds";
import { unsubscribePath, unsubscribeToken } from "@/lib/email/unsubscribe-token";
import { postPath } from "@/lib/urls/paths";

export type Composed = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
};

/** The site's origin for links in emails: AUTH_URL's, else the local server's. */
export function emailOrigin(env: Record<string, string | undefined> = process.env): string {
  try {
    if (env.AUTH_URL) return new URL(env.AUTH_URL).origin;
  } catch {
    // reported at start by lib/auth-config.ts
  }
  return `http://localhost:${env.PORT || 3000}`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The post's cooked HTML made fit for a mail reader: images become links to them (mail readers block or
 * leak remote images; the reader chooses), and links within the site become absolute.
 */
export function emailHtml(cooked: string, origin: string): string {
  return cooked
    .replace(/<img\b[^>]*>/g, (tag) => {
      const src = attribute(tag, "src");
      if (!src) return "";
      const label = attribute(tag, "alt") || "image";
      return `<a href="${src}">[${label}]</a>`;
    })
    .replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${origin}/`);
}

const REASONS: Record<EmailedPost["kind"], (actor: string, title: string) => string> = {
  mention: (actor, title) => `${actor} mentioned you in “${title}”`,
  "reply-to-reply": (actor, title) => `${actor} replied to your reply in “${title}”`,
  "reply-to-thread": (actor, title) => `${actor} replied to your post “${title}”`,
  question: (actor, title) => `${actor} asked you a question on your story “${title}”`,
  "question-answered": (actor, title) => `${actor} answered your question on “${title}”`,
  followed: (actor, title) => `${actor} replied in “${title}”, which you follow`,
  "follow-up": (actor, title) => `${actor} posted a follow-up to “${title}”, which you follow`,
  answer: (actor, title) => `${actor} marked your reply in “${title}” as the answer`,
};

const WHY: Record<EmailKind, string> = {
  replies: "you get emails about replies to your posts and mentions of you that you have not yet read on MLPaths",
  following: "you get emails about new posts in threads you follow that you have not yet read on MLPaths",
  digest: "you asked for a summary of what happened on MLPaths",
};

const STOP: Record<EmailKind, string> = {
  replies: "Stop emails about replies and mentions",
  following: "Stop emails about threads you follow",
  digest: "Stop the digest",
};

export function composeNotificationEmail(email: NotificationEmail, jobId: number, origin = emailOrigin()): Composed {
  const unsubscribe = `${origin}${unsubscribePath(unsubscribeToken(email.recipientId, email.emailKind))}`;
  const settings = `${origin}/settings/email`;
  const notificationsPage = `${origin}/notifications`;
  const items = email.posts.map((post) => ({
    post,
    reason: REASONS[post.kind](`@${post.actorLogin}`, post.thread.title),
    url: `${origin}${postPath({ thread: post.thread, replyId: post.replyId, updateId: post.updateId })}`,
  }));
  const subject = items.length === 1 ? `[MLPaths] ${items[0].reason}` : `[MLPaths] ${items.length} new posts for you`;

  const text = [
    ...items.map(({ post, reason, url }) => `${reason}:\n\n${post.text.trim()}\n\nRead it in place: ${url}\n`),
    `All your notifications: ${notificationsPage}`,
    "",
    "-- ",
    `You are receiving this email because ${WHY[email.emailKind]}.`,
    `${STOP[email.emailKind]} (one click, no sign-in): ${unsubscribe}`,
    `Email settings: ${settings}`,
    "",
  ].join("\n");

  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:40rem">',
    ...items.map(
      ({ post, reason, url }) =>
        `<section><p><strong>${escapeHtml(reason)}</strong></p><div>${emailHtml(post.html, origin)}</div><p><a href="${escapeHtml(url)}">Read it in place</a></p></section><hr>`,
    ),
    `<p><a href="${notificationsPage}">All your notifications</a></p>`,
    `<p style="color:#666;font-size:0.9em">You are receiving this email because ${escapeHtml(WHY[email.emailKind])}.<br>`,
    `<a href="${escapeHtml(unsubscribe)}">${STOP[email.emailKind]}</a> (one click, no sign-in) · <a href="${settings}">Email settings</a></p>`,
    "</body></html>",
  ].join("\n");

  return {
    to: email.to,
    subject,
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    },
    // One per job: a mail server or reader that sees it twice shows it once.
    messageId: `<mlpaths-job-${jobId}@${new URL(origin).hostname}>`,
  };
}
