// A story's path in one line, as link previews and the story's card image show it first:
// "Bookkeeper → ML engineer in 14 months, no degree."
import { formatMonths } from "../format";
import { EDUCATION, ROLES, labelOf } from "./story-facts";

type Facts = { previousTitle: string; role: string; monthsToOffer: number; education: string };

/** The parts, for layouts that draw the arrow themselves. */
export function storyPathParts(story: Facts) {
  return {
    from: story.previousTitle,
    to: labelOf(ROLES, story.role),
    time: formatMonths(story.monthsToOffer),
    education: labelOf(EDUCATION, story.education).toLowerCase(),
  };
}

export function storyPathSentence(story: Facts): string {
  const { from, to, time, education } = storyPathParts(story);
  return `${from} → ${to} in ${time}, ${education}.`;
}
