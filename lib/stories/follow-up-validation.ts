// Server-side rules for a follow-up on a story (lib/stories/follow-ups.ts). Fields arrive as form strings so
// the form works without JavaScript.
import { z } from "zod";
import { FOLLOW_UP_BODY_MAX, FOLLOW_UP_KINDS, FOLLOW_UP_MONTHS_MAX, STILL_IN_ML } from "./follow-ups";
import { markdownProblem } from "../markdown/markdown";
import { cleanText, visibleLength } from "../markdown/plain-text";
import { slugsOf } from "./story-facts";

export const followUpInput = z.object({
  monthsAfterOffer: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, "Enter a whole number of months.")
    .transform(Number)
    .refine((n) => n <= FOLLOW_UP_MONTHS_MAX, { error: `Months must be between 0 and ${FOLLOW_UP_MONTHS_MAX}.` }),
  kind: z.enum(slugsOf(FOLLOW_UP_KINDS), { error: "Choose what happened." }),
  // Required, with no default: the insights count it, so an unanswered question must not count as either.
  stillInMl: z.enum(slugsOf(STILL_IN_ML), { error: "Say whether you still work in ML." }).transform((v) => v === "yes"),
  body: z
    .string()
    .transform(cleanText)
    .superRefine((value, ctx) => {
      const problem =
        visibleLength(value) < 3
          ? "Write a line or two about it (at least 3 characters)."
          : value.length > FOLLOW_UP_BODY_MAX
            ? `Keep it under ${FOLLOW_UP_BODY_MAX.toLocaleString("en-US")} characters.`
            : markdownProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export type FollowUpInput = z.infer<typeof followUpInput>;

export const FOLLOW_UP_FIELDS = ["monthsAfterOffer", "kind", "stillInMl", "body"] as const;
