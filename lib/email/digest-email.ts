// The weekly digest as an email (issue 26): a subject, a plain-text part and an HTML part carrying the
// same items. Pure: no database, no sending. Every title and excerpt is members' plain text, so the HTML
// escapes all of it and holds no member HTML at all; links are absolute, built on `baseUrl`, because an
// email is read away from the site.
import { categoryBySlug } from "../categories";
import type { Digest } from "../digest";

export type DigestEmail = { subject: string; text: string; html: string };

export type DigestEmailOptions = {
  /** The site's origin (and path prefix, if any): `https://mlpaths.example`. */
  baseUrl: string;
  /** Where one click turns the digest off (absolute); made by the sender, which signs it. */
  unsubscribeUrl: string;
};

/** Where a member turns the digest on or off. */
export const EMAIL_SETTINGS_PATH = "/settings/email";

export function renderDigestEmail(digest: Digest, { baseUrl, unsubscribeUrl }: DigestEmailOptions): DigestEmail {
  // digestFor never gives an empty digest: a week with nothing new sends nothing.
  if (digest.discussions.length === 0 && digest.stories.length === 0)
    throw new RangeError("An empty digest is not sent");
  const base = absoluteBase(baseUrl);
  checkAbsolute(unsubscribeUrl, "unsubscribeUrl");
  const link = (path: string) => `${base}${path}`;
  const week = weekLabel(digest.weekStart, digest.weekEnd);
  const settingsUrl = link(EMAIL_SETTINGS_PATH);
  const why = "You get this weekly digest because you turned it on in your email settings:";
  const from = digest.categories
    ? `From the categories you read: ${digest.categories.map((slug) => categoryName(slug)).join(", ")}.`
    : "From every category (you have not read any discussions signed in yet).";

  const discussions = digest.discussions.map((d) => ({
    title: d.title,
    url: link(d.path),
    meta: `${d.category.name} · ${count(d.replyCount, "reply", "replies")} · ${count(d.helpfulCount, "helpful mark", "helpful marks")}`,
    excerpt: d.excerpt,
  }));
  const stories = digest.stories.map((s) => ({
    title: s.title,
    url: link(s.path),
    summary: s.summary,
    reasons: s.reasons.join(" · "),
  }));

  const subject = `Your MLPaths week (${week}): ${[
    discussions.length > 0 ? count(discussions.length, "helpful discussion", "helpful discussions") : null,
    stories.length > 0 ? count(stories.length, "story like yours", "stories like yours") : null,
  ]
    .filter(Boolean)
    .join(", ")}`;

  const text = [
    `Your week on MLPaths, ${week}`,
    "",
    ...(discussions.length > 0
      ? [
          "MOST HELPFUL DISCUSSIONS",
          from,
          "",
          ...discussions.flatMap((d) => [d.title, d.meta, ...(d.excerpt ? [d.excerpt] : []), d.url, ""]),
        ]
      : []),
    ...(stories.length > 0
      ? [
          "NEW STORIES FROM PATHS LIKE YOURS",
          "",
          ...stories.flatMap((s) => [s.title, s.summary, `Why: ${s.reasons}`, s.url, ""]),
        ]
      : []),
    "-- ",
    `${why} ${settingsUrl}`,
    `Unsubscribe: ${unsubscribeUrl}`,
    "",
  ].join("\n");

  const html = [
    "<!doctype html>",
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto">',
    `<h1 style="font-size:20px">Your week on MLPaths, ${escapeHtml(week)}</h1>`,
    ...(discussions.length > 0
      ? [
          `<h2 style="font-size:17px">Most helpful discussions</h2>`,
          `<p ${MUTED}>${escapeHtml(from)}</p>`,
          htmlList(
            discussions.map(
              (d) =>
                `${htmlLink(d.url, d.title)}<br>\n<span ${MUTED}>${escapeHtml(d.meta)}</span>` +
                (d.excerpt ? `<br>\n${escapeHtml(d.excerpt)}` : ""),
            ),
          ),
        ]
      : []),
    ...(stories.length > 0
      ? [
          `<h2 style="font-size:17px">New stories from paths like yours</h2>`,
          htmlList(
            stories.map(
              (s) =>
                `${htmlLink(s.url, s.title)}<br>\n${escapeHtml(s.summary)}<br>\n<span ${MUTED}>Why: ${escapeHtml(s.reasons)}</span>`,
            ),
          ),
        ]
      : []),
    '<hr style="border:0;border-top:1px solid #dddddd">',
    `<p ${MUTED}>${escapeHtml(why)} <a href="${escapeHtml(settingsUrl)}">${escapeHtml(settingsUrl)}</a><br>`,
    `<a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a></p>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return { subject, text, html };
}

/** Text safe in HTML content and in a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `baseUrl` without a trailing slash, after checking it is an absolute http(s) address. */
function absoluteBase(baseUrl: string): string {
  checkAbsolute(baseUrl, "baseUrl");
  return baseUrl.replace(/\/+$/, "");
}

function checkAbsolute(url: string, name: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`${name} must be an absolute URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new TypeError(`${name} must be http(s)`);
}

const MUTED = 'style="color:#555555;font-size:14px"';

function htmlList(items: string[]): string {
  return `<ul style="padding-left:20px">\n${items.map((item) => `<li style="margin-bottom:14px">${item}</li>`).join("\n")}\n</ul>`;
}

function htmlLink(url: string, title: string): string {
  return `<a href="${escapeHtml(url)}"><strong>${escapeHtml(title)}</strong></a>`;
}

function categoryName(slug: string): string {
  return categoryBySlug(slug)?.name ?? slug;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "23 Nov – 29 Nov 2026": the week's first and last days (its end is exclusive), in UTC. */
function weekLabel(start: Date, end: Date): string {
  const last = new Date(end.getTime() - 1);
  const first = dayFormat.format(start);
  const sameYear = start.getUTCFullYear() === last.getUTCFullYear();
  return `${sameYear ? first.replace(/ \d{4}$/, "") : first} – ${dayFormat.format(last)}`;
}
