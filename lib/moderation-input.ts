// What flag and moderation forms may send, checked on the server like every other form.
import { z } from "zod";
import { FLAG_REASON_SLUGS, NOTE_MAX, REASON_MAX, SUSPENSIONS } from "./moderation-options";
import { cleanLine, cleanText } from "./markdown/plain-text";
import { discussionCategory, tagList } from "./validation";

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
    if (value.reason === "other" && !value.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Tell the moderators what is wrong." });
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

export const suspendInput = modInput.extend({
  duration: z.enum(SUSPENSIONS.map((s) => s.slug) as unknown as readonly ["1d", "7d", "30d", "365d", "forever"], {
    error: "Choose how long.",
  }),
});

/**
 * A moderator files a thread elsewhere: another category (a discussion's; a story stays among the
 * stories) and its tags, the same rules as the author's form (lib/categories.ts, lib/tags.ts).
 */
export const moveInput = modInput.extend({
  // A story's form has no category field: empty is "leave it".
  category: z
    .string()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(discussionCategory.optional()),
  tags: tagList,
});

export type FlagInput = z.infer<typeof flagInput>;
export type ModInput = z.infer<typeof modInput>;
export type MoveInput = z.infer<typeof moveInput>;
