// Server-side rules for a success story. Lists arrive as textareas (one item per line) so the form
// works without JavaScript; they are parsed here into clean arrays.
import { z } from "zod";
import { cleanLine, visibleLength } from "../markdown/plain-text";
import { resourceKey } from "./resource-key";
import {
  EDUCATION,
  FIELDS,
  FIRST_ROLE_YEAR_MIN,
  HOW_HIRED,
  MILESTONE_KINDS,
  MILESTONE_KIND_WORDS,
  MONTHS_MAX,
  ROLES,
  slugsOf,
  type MilestoneKindSlug,
} from "./story-facts";
import { tagList, threadInput } from "../validation";

export const RESOURCES_MAX = 12;
export const MILESTONES_MAX = 12;

const choice = <T extends readonly { slug: string }[]>(options: T, message: string) =>
  z.enum(slugsOf(options), { error: message });

const wholeNumber = (message: string, min: number, max: () => number, range: () => string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max(), { error: range });

const resourcesList = z
  .string()
  .max(4_000, "Keep the resources list under 4,000 characters.")
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => cleanLine(line.replace(/^\s*[-*•]\s*/, "")))
      .filter(Boolean),
  )
  .superRefine((items, ctx) => {
    if (items.length > RESOURCES_MAX)
      ctx.addIssue({ code: "custom", message: `List at most ${RESOURCES_MAX} resources.` });
    const tooLong = items.find((item) => visibleLength(item) < 2 || item.length > 80);
    if (tooLong)
      ctx.addIssue({ code: "custom", message: `Each resource needs 2 to 80 characters ("${tooLong.slice(0, 30)}").` });
  })
  // The same resource written twice ("fast.ai", "Fast.ai course") counts once.
  .transform((items) => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const key = resourceKey(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

// "month 3: text", or with its kind: "month 3 (course): text".
const MILESTONE_LINE = /^(?:month\s*)?(\d{1,3})\s*(?:\(([^()]{0,40})\)\s*)?[:.)\-–]\s*(.+)$/i;

/** A kind as written in a milestone line ("Public work", "public-work"), or undefined when it is none of them. */
export function milestoneKind(written: string): MilestoneKindSlug | undefined {
  const words = written
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
  return MILESTONE_KINDS.find((k) => k.word === words)?.slug;
}

/** A milestone as the form writes it back: "month 3 (course): finished fast.ai part 1". */
export function milestoneLine(m: { month: number; text: string; kind?: string | null }): string {
  const kind = MILESTONE_KINDS.find((k) => k.slug === m.kind);
  return `month ${m.month}${kind ? ` (${kind.word})` : ""}: ${m.text}`;
}

const milestonesList = z
  .string()
  .max(4_000, "Keep the milestones under 4,000 characters.")
  .transform((text) => text.split(/\r?\n/).map(cleanLine).filter(Boolean))
  .transform((lines, ctx) => {
    if (lines.length > MILESTONES_MAX) {
      ctx.addIssue({ code: "custom", message: `List at most ${MILESTONES_MAX} milestones.` });
      return z.NEVER;
    }
    const milestones: { month: number; text: string; kind: MilestoneKindSlug | null }[] = [];
    for (const line of lines) {
      const match = MILESTONE_LINE.exec(line);
      if (!match) {
        ctx.addIssue({
          code: "custom",
          message: `Write each milestone as "month N: what happened" ("${line.slice(0, 30)}").`,
        });
        return z.NEVER;
      }
      const month = Number(match[1]);
      const kind = match[2] === undefined ? null : milestoneKind(match[2]);
      if (kind === undefined) {
        ctx.addIssue({
          code: "custom",
          message: `A milestone's kind in brackets is one of ${MILESTONE_KIND_WORDS} ("(${match[2].slice(0, 30)})").`,
        });
        return z.NEVER;
      }
      const text = match[3].trim();
      if (month > MONTHS_MAX || visibleLength(text) < 3 || text.length > 200) {
        ctx.addIssue({
          code: "custom",
          message: `Milestones need a month from 0 to ${MONTHS_MAX} and 3 to 200 characters of text.`,
        });
        return z.NEVER;
      }
      milestones.push({ month, text, kind });
    }
    return milestones.sort((a, b) => a.month - b.month);
  });

export const storyInput = threadInput.extend({
  role: choice(ROLES, "Choose your current role."),
  education: choice(EDUCATION, "Choose your education when you were hired."),
  previousField: choice(FIELDS, "Choose the field you came from."),
  previousTitle: z
    .string()
    .transform(cleanLine)
    .superRefine((value, ctx) => {
      if (visibleLength(value) < 2)
        ctx.addIssue({ code: "custom", message: "Give your previous job title (2 to 80 characters)." });
      else if (value.length > 80)
        ctx.addIssue({ code: "custom", message: "Keep the previous job title under 80 characters." });
    }),
  monthsToOffer: wholeNumber(
    "Enter a whole number of months.",
    0,
    () => MONTHS_MAX,
    () => `Months must be between 0 and ${MONTHS_MAX}.`,
  ),
  firstRoleYear: wholeNumber(
    "Enter a year, like 2024.",
    FIRST_ROLE_YEAR_MIN,
    () => new Date().getUTCFullYear(),
    () => `The year must be between ${FIRST_ROLE_YEAR_MIN} and ${new Date().getUTCFullYear()}.`,
  ),
  howHired: choice(HOW_HIRED, "Choose how the job came."),
  resources: resourcesList,
  milestones: milestonesList,
});

export type StoryInput = z.infer<typeof storyInput>;

export const STORY_FIELDS = [
  "title",
  "body",
  "role",
  "education",
  "previousField",
  "previousTitle",
  "monthsToOffer",
  "firstRoleYear",
  "howHired",
  "resources",
  "milestones",
] as const;

/** The story forms: the story and its tags (lib/tags.ts). Mutations take tags as optional, for the seed and tests. */
export const storyFormInput = storyInput.extend({
  tags: tagList,
  // Ask the author: the form's checkbox sends "open" when ticked and nothing when not.
  questions: z.string().transform((value) => value === "open"),
});
export const STORY_FORM_FIELDS = [...STORY_FIELDS, "tags", "questions"] as const;
