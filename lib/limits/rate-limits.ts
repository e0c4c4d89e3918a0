// The site's limits on how fast members may write, in one place. The defaults are Discourse's
// (site settings rate_limit_create_topic, rate_limit_create_post, rate_limit_new_user_*,
// max_topics_per_day, max_likes_per_day, max_flags_per_day, newuser_max_links). Every name can be
// changed without a build: RATE_LIMITS="replyIntervalSeconds=0,threadsPerDay=100" (read at start).
// They are enforced in the database transaction that writes (db/mutations/limits.ts), so they hold
// across any number of app servers.

export const DEFAULT_RATE_LIMITS = {
  /** An account younger than this is "new" and gets the stricter limits below. */
  newAccountHours: 24,
  threadIntervalSeconds: 15,
  newThreadIntervalSeconds: 120,
  replyIntervalSeconds: 5,
  newReplyIntervalSeconds: 30,
  threadsPerDay: 20,
  newThreadsPerDay: 3,
  newRepliesPerDay: 10,
  votesPerDay: 50,
  flagsPerDay: 20,
  /**
   * Ask the author: questions one member may put to story authors in a day, and to any one story. A
   * question is a reply too (its pace and the same-text rule apply); these caps keep one reader from
   * flooding an author, who answers by hand.
   */
  questionsPerDay: 10,
  questionsPerStoryPerDay: 3,
  /** Links a new account may put in one post; images are refused for them altogether. */
  newLinksPerPost: 2,
  /** The same text again within this window is refused (a double submit with a form key is not: it returns the first post). */
  sameBodySeconds: 5 * 60,
  /** Sign-in attempts per IP address. */
  signInsPerIpPerMinute: 6,
  signInsPerIpPerHour: 30,
  /**
   * Searches per IP address (every /search?q=…, cached or not: proxy.ts cannot tell), as a bucket that
   * holds searchBurstPerIp and refills at this rate. Discourse's anonymous search limit is 15 a minute;
   * a reader paging and filtering results sends a few in a row, hence the burst. Counted in each server
   * process's memory, unlike the write limits.
   */
  searchesPerIpPerMinute: 20,
  searchBurstPerIp: 10,
  /** Different members' flags that hide a post at once, pending a moderator. */
  flagsToHide: 3,
  /**
   * Posts of their own (threads and replies, neither deleted nor hidden) a member needs, besides an
   * account older than newAccountHours, for their flag to count toward flagsToHide; moderators' and
   * admins' flags count without. Discourse weighs a flag by its author's trust level, and no one leaves
   * its first level without taking part a little; we keep no record of reading, so posts stand in.
   * Puppets made to hide a post must first be a day old and post where moderators see them (and a post
   * a moderator hides is no history). Other flags still reach the moderators' queue.
   */
  flagHistoryPosts: 3,
  /**
   * Emails one member receives in a day (any kind; Discourse's max_emails_per_day_per_user is 100).
   * Past it, an email is skipped: what it would have said is on the member's notifications page.
   */
  emailsPerMemberPerDay: 100,
};

export type RateLimits = typeof DEFAULT_RATE_LIMITS;
export type RateLimitName = keyof RateLimits;

/** Parses RATE_LIMITS; an unknown name or a value that is not a whole number ≥ 0 stops the server. */
export function parseRateLimits(spec: string | undefined): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const part of (spec ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, raw] = part.split("=").map((s) => s.trim());
    if (!(name in limits))
      throw new Error(`RATE_LIMITS: unknown limit "${name}" (known: ${Object.keys(limits).join(", ")})`);
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`RATE_LIMITS: ${name} must be a whole number ≥ 0, not "${raw}"`);
    limits[name as RateLimitName] = value;
  }
  return limits;
}

let current: RateLimits | null = null;

/** The limits in force (tests may pass their own to the mutations instead). */
export function rateLimits(): RateLimits {
  current ??= parseRateLimits(process.env.RATE_LIMITS);
  return current;
}

/** "in 2 minutes", "in 14 seconds", "in 3 hours": when the member may try again. */
export function retryIn(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `in ${s} second${s === 1 ? "" : "s"}`;
  const m = Math.ceil(s / 60);
  if (m < 90) return `in ${m} minutes`;
  return `in ${Math.ceil(m / 60)} hours`;
}

/** No limits: for the seed, which writes years of sample posts at once, and for tests about other things. */
export const UNLIMITED: RateLimits = {
  newAccountHours: 0,
  threadIntervalSeconds: 0,
  newThreadIntervalSeconds: 0,
  replyIntervalSeconds: 0,
  newReplyIntervalSeconds: 0,
  threadsPerDay: 1_000_000,
  newThreadsPerDay: 1_000_000,
  newRepliesPerDay: 1_000_000,
  votesPerDay: 1_000_000,
  flagsPerDay: 1_000_000,
  questionsPerDay: 1_000_000,
  questionsPerStoryPerDay: 1_000_000,
  newLinksPerPost: 1_000_000,
  sameBodySeconds: 0,
  signInsPerIpPerMinute: 1_000_000,
  signInsPerIpPerHour: 1_000_000,
  searchesPerIpPerMinute: 1_000_000,
  searchBurstPerIp: 1_000_000,
  flagsToHide: DEFAULT_RATE_LIMITS.flagsToHide,
  flagHistoryPosts: 0,
  emailsPerMemberPerDay: 1_000_000,
};

/** What a create takes besides its input: the form's key (db/mutations/duplicates.ts) and the limits to apply. */
export type WriteOptions = { key?: string | null; limits?: RateLimits };
