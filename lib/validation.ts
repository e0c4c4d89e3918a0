// Server-side input rules: every form and URL parameter goes through one of these schemas.
import { z } from "zod";
import { markdownProblem } from "./markdown/markdown-limits";
import { BODY_MAX, TITLE_MAX, TITLE_MIN } from "./limits/limits";
import { parseId } from "./ids";
import { cleanLine, cleanText, visibleLength } from "./markdown/plain-text";
import { DISCUSSION_CATEGORIES, type CategorySlug } from "./categories";
import { TAGS_MAX, TAG_LENGTH_MAX, normalizeTag } from "./tags";

// Lengths count what a reader sees: a title of zero-width characters is empty, not five long.
const title = z
  .string({ error: "Title is required." })
  .transform(cleanLine)
  .superRefine((value, ctx) => {
    if (visibleLength(value) < TITLE_MIN)
      ctx.addIssue({ code: "custom", message: `Title must be at least ${TITLE_MIN} characters.` });
    else if (value.length > TITLE_MAX)
      ctx.addIssue({ code: "custom", message: `Title must be at most ${TITLE_MAX} characters.` });
  });

const body = z
  .string({ error: "Body is required." })
  .transform(cleanText)
  .superRefine((value, ctx) => {
    const problem =
      visibleLength(value) === 0
        ? "Write something first."
        : value.length > BODY_MAX
          ? `Keep it under ${BODY_MAX.toLocaleString("en-US")} characters.`
          : markdownProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * The tags field: comma-separated text → distinct normalised tags in the order written, at most
 * TAGS_MAX. A tag that cannot be normalised is refused by name rather than silently dropped.
 */
export const tagList = z
  .string()
  .max(1_000, "Keep the tags under 1,000 characters.")
  .transform((text, ctx) => {
    const tags: string[] = [];
    for (const part of text.split(",")) {
      if (part.trim() === "") continue;
      const tag = normalizeTag(part);
      if (tag === null) {
        ctx.addIssue({
          code: "custom",
          message: `“${part.trim().slice(0, 40)}” is not a tag: use letters, digits and hyphens, at most ${TAG_LENGTH_MAX} characters.`,
        });
        return z.NEVER;
      }
      if (!tags.includes(tag)) tags.push(tag);
    }
    if (tags.length > TAGS_MAX) {
      ctx.addIssue({ code: "custom", message: `Use at most ${TAGS_MAX} tags.` });
      return z.NEVER;
    }
    return tags;
  });

/** A category a member may start a discussion in. */
export const discussionCategory = z.enum(
  DISCUSSION_CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]],
  { error: "Choose a category." },
);

export const threadInput = z.object({ title, body });
/** The new-thread and edit forms: a discussion with its category and tags (lib/categories.ts, lib/tags.ts). */
export const discussionInput = threadInput.extend({ category: discussionCategory, tags: tagList });
export const replyInput = z.object({ body });
/**
 * A new reply may answer another (the form's hidden `replyTo`; the mutation checks it is in the same
 * thread). Empty is none; anything that is not an id is refused rather than dropped.
 */
export const newReplyInput = replyInput.extend({
  replyTo: z.string().transform((value, ctx) => {
    if (value === "") return null;
    const id = parseId(value);
    if (id === null) ctx.addIssue({ code: "custom", message: "The reply you answered is not in this thread." });
    return id;
  }),
});

/** A story author's answer to a question: its text, and the question it answers (the mutation checks it is this story's). */
export const answerInput = replyInput.extend({
  questionId: z
    .string()
    .transform((value) => parseId(value))
    .refine((id): id is number => id !== null, "Choose a question of this story to answer."),
});

export type ThreadInput = z.infer<typeof threadInput>;
export type ReplyInput = z.infer<typeof replyInput>;

/** The email settings page's checkboxes: a ticked box sends "on", an unticked one nothing. */
export const emailChoicesInput = z.object({
  replies: z.string().transform((value) => value === "on"),
  following: z.string().transform((value) => value === "on"),
});

/** A reader's choice for a thread: following, muted, or "normal" (neither: no row). */
export const followInput = z.object({
  level: z
    .enum(["following", "normal", "muted"], { error: "Choose following, normal or muted." })
    .transform((level) => (level === "normal" ? null : level)),
});
/**
 * A new reply may answer another (replyTo), be a question to a story's author (question), or be the
 * author's answer to one of those (answers: the question's id; the reply then also answers it as
 * replyTo, so it reads "in reply to" the asker like any reply).
 */
export type NewReplyInput = ReplyInput & { replyTo?: number | null; question?: boolean; answers?: number | null };

/** Field → first message, the shape forms show next to each field. */
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export function fieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out as FieldErrors<T>;
}
