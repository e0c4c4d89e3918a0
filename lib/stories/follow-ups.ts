// Follow-ups on a success story: "N months later" updates its author adds (a new role, a raise, a
// setback). Each value has a stable slug (stored, and checked by the database from this same list)
// and a label for people; the order is the form's.
import type { Option } from "./story-facts";

export const FOLLOW_UP_KINDS = [
  { slug: "same-role", label: "Still in the same role" },
  { slug: "promotion", label: "Promotion" },
  { slug: "raise", label: "Raise" },
  { slug: "new-role", label: "New role" },
  { slug: "setback", label: "Setback (layoff, a hard stretch)" },
  { slug: "left-ml", label: "Left ML" },
  { slug: "other", label: "Something else" },
] as const satisfies readonly Option[];

export type FollowUpKindSlug = (typeof FOLLOW_UP_KINDS)[number]["slug"];

/** Kinds the insights count as moving up. */
export const PROGRESS_KINDS: readonly FollowUpKindSlug[] = ["promotion", "raise"];

/** The yes/no the insights count: still working in ML at the time of the follow-up. */
export const STILL_IN_ML = [
  { slug: "yes", label: "Yes, still working in ML" },
  { slug: "no", label: "No, not working in ML now" },
] as const satisfies readonly Option[];

/** Months after the first ML offer a follow-up may name (20 years, like a story's months). */
export const FOLLOW_UP_MONTHS_MAX = 240;
/** Follow-ups a story may have: enough for a career's worth, few enough for one page. */
export const FOLLOW_UPS_MAX = 24;
/** A follow-up is a note, not a second story. */
export const FOLLOW_UP_BODY_MAX = 4_000;

/** "14 months after the first ML offer", "2 years after the first ML offer". */
export function followUpWhen(months: number): string {
  if (months === 0) return "At the first ML offer";
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years} ${years === 1 ? "year" : "years"} after the first ML offer`;
  }
  return `${months} ${months === 1 ? "month" : "months"} after the first ML offer`;
}
