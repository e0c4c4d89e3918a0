// Server-side input rules: every form and URL parameter goes through one of these schemas.
import { z } from "zod";
import { markdownProblem } from "./markdown/markdown-limits";
import { BODY_MAX, TITLE_MAX, TITLE_MIN } from "./limits/limits";
import { parseId } from "./ids";
import { cleanLine, cleanText, visibleLength } from "./markdown/plain-text";
import { discussionCategory } from "./categories";
import { tagList } from "./tags";

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

export type ThreadInput = z.infer<typeof threadInput>;
export type ReplyInput = z.infer<typeof replyInput>;

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
