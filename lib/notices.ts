// Notices after a write that leaves the page it was made on. They travel in a short-lived cookie read
// by the browser (components/flash-notice.tsx), not in the URL: every distinct URL of a cached page is
// an entry of its own, and a notice in a shared link would greet whoever opened it.
export const NOTICE_COOKIE = "mlpaths-notice";

export const NOTICES = {
  "thread-deleted": "Your thread was deleted.",
  "story-deleted": "Your story was deleted.",
  "follow-up-deleted": "Your follow-up was deleted.",
  flagged: "Thanks for flagging it. A moderator will take a look.",
} as const;

export type NoticeCode = keyof typeof NOTICES;

/** The notice a cookie header carries, if it names one. */
export function noticeIn(cookieHeader: string): NoticeCode | null {
  for (const pair of cookieHeader.split(/;\s*/)) {
    const [name, value] = pair.split("=");
    if (name === NOTICE_COOKIE && value && Object.hasOwn(NOTICES, value)) return value as NoticeCode;
  }
  return null;
}
