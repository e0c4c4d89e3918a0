// What flag and moderation forms may send, checked on the server like every other form.
import { z } from "zod";
import { cleanLine, cleanText } from "./plain-text";

export const FLAG_REASONS = [
  { slug: "spam", label: "Spam", hint: "Advertising, or posted only for its links." },
  { slug: "abuse", label: "Abuse", hint: "Rude, hostile or harassing." },
  { slug: "off-topic", label: "Off-topic", hint: "Not about moving into machine learning." },
  { slug: "other", label: "Something else", hint: "Tell the moderators in the note." },
] as const;
export const FLAG_REASON_SLUGS = FLAG_REASONS.map((r) => r.slug) as unknown as readonly ["spam", "abuse", "off-topic", "other"];

export const NOTE_MAX = 1000;
export const REASON_MAX = 300;

const note = z
  .string()
  .transform(cleanText)
  .refine((v) => v.length <= NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`)
  .transform((v) => (v === "" ? null : v));

export const flagInput = z
  .object({
    reason: z.enum(FLAG_REASON_SLUGS, { error: "Choose why you are flagging this post." }),
    note,
  })
  .superRefine((value, ctx) => {
    if (value.reason === "other" && !value.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Tell the moderators what is wrong." });
  });

/** A moderator's action: the reason is public (the moderation log, the post's author); the note is not. */
export const modInput = z.object({
  reason: z
    .string()
    .transform(cleanLine)
    .refine((v) => v.length >= 3, "Give a reason: it is shown in the public moderation log.")
    .refine((v) => v.length <= REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`),
  note,
});

export const SUSPENSIONS = [
  { slug: "1d", label: "1 day", days: 1 },
  { slug: "7d", label: "1 week", days: 7 },
  { slug: "30d", label: "30 days", days: 30 },
  { slug: "365d", label: "1 year", days: 365 },
  { slug: "forever", label: "For good", days: null },
] as const;

export const suspendInput = modInput.extend({
  duration: z.enum(SUSPENSIONS.map((s) => s.slug) as unknown as readonly ["1d", "7d", "30d", "365d", "forever"], { error: "Choose how long." }),
});

export type FlagInput = z.infer<typeof flagInput>;
export type ModInput = z.infer<typeof modInput>;
