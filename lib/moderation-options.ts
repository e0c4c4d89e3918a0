// The choices and sizes of the flag and moderation forms, for the server's schema (lib/moderation-input.ts),
// the database's CHECK and the browser's forms alike: this file imports nothing, so forms stay small.
export const NOTE_MAX = 1000;
export const REASON_MAX = 300;

export const FLAG_REASONS = [
  { slug: "spam", label: "Spam", hint: "Advertising, or posted only for its links." },
  { slug: "abuse", label: "Abuse", hint: "Rude, hostile or harassing." },
  { slug: "off-topic", label: "Off-topic", hint: "Not about moving into machine learning." },
  { slug: "other", label: "Something else", hint: "Tell the moderators in the note." },
] as const;
export const FLAG_REASON_SLUGS = FLAG_REASONS.map((r) => r.slug) as unknown as readonly [
  "spam",
  "abuse",
  "off-topic",
  "other",
];

export const SUSPENSIONS = [
  { slug: "1d", label: "1 day", days: 1 },
  { slug: "7d", label: "1 week", days: 7 },
  { slug: "30d", label: "30 days", days: 30 },
  { slug: "365d", label: "1 year", days: 365 },
  { slug: "forever", label: "For good", days: null },
] as const;
