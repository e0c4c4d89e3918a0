import { EDUCATION, FIELDS, labelOf } from "./story-facts";

/** Why a story matched a reader's starting point, in words; mirrors the scoring in pathsLikeMine. */
export function matchReasons(
  start: { education?: string; field?: string },
  story: { education: string; previousField: string },
): string[] {
  const reasons: string[] = [];
  if (start.education) {
    const distance = Math.abs(
      EDUCATION.findIndex((e) => e.slug === story.education) - EDUCATION.findIndex((e) => e.slug === start.education),
    );
    if (distance === 0) reasons.push(`Same education: ${labelOf(EDUCATION, story.education)}`);
    else if (distance === 1) reasons.push(`Similar education: ${labelOf(EDUCATION, story.education)}`);
  }
  if (start.field && story.previousField === start.field)
    reasons.push(`Same previous field: ${labelOf(FIELDS, story.previousField)}`);
  return reasons;
}
