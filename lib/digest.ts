// The weekly digest (issue 26): its shape, its week and its limits, shared by the query that fills it
// (db/queries/digest.ts) and the email that shows it (lib/email/digest-email.ts).
import type { CategorySlug } from "./categories";

/** A digest covers the 7 days before its end: [weekEnd − 7 days, weekEnd). */
export const DIGEST_DAYS = 7;
/** At most this many discussions, and this many stories, in one digest. */
export const DIGEST_DISCUSSIONS = 5;
export const DIGEST_STORIES = 5;
/** How much of a discussion's opening post shows under its title (plain text, cut at a word). */
export const DIGEST_EXCERPT_CHARS = 200;

export type DigestDiscussion = {
  id: number;
  title: string;
  /** Site-relative (`/threads/12-slug`); the email makes it absolute. */
  path: string;
  category: { slug: string; name: string };
  replyCount: number;
  helpfulCount: number;
  /** The start of the opening post as plain text, whitespace collapsed. */
  excerpt: string;
};

export type DigestStory = {
  id: number;
  title: string;
  path: string;
  /** "Bookkeeper → ML engineer in 14 months, no degree." (lib/stories/story-path.ts). */
  summary: string;
  /** Why it is close to the member's own starting point (lib/stories/match-reasons.ts). */
  reasons: string[];
};

export type Digest = {
  userId: string;
  weekStart: Date;
  weekEnd: Date;
  /** The categories the discussions were picked from; null: all of them (the member has no history yet). */
  categories: CategorySlug[] | null;
  discussions: DigestDiscussion[];
  stories: DigestStory[];
};

/** The start of the week that ends (exclusively) at `weekEnd`. Throws on an invalid date. */
export function digestWeekStart(weekEnd: Date): Date {
  if (Number.isNaN(weekEnd.getTime())) throw new RangeError("The digest's week end is not a valid date");
  return new Date(weekEnd.getTime() - DIGEST_DAYS * 24 * 3600_000);
}

/** Plain text on one line, cut at the last space within `max` characters, with an ellipsis when cut. */
export function plainExcerpt(text: string, max = DIGEST_EXCERPT_CHARS): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  // Not half of a surrogate pair (an emoji) at the cut.
  const cut = line.slice(0, max).replace(/[\uD800-\uDBFF]$/, "");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
