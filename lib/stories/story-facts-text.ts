// A story's facts as readable lines, for its edit history: stored with each revision and diffed like
// the text, so a reader sees "Months to the first offer: 14" become "11" without knowing the slugs.
import { EDUCATION, FIELDS, HOW_HIRED, MILESTONE_KINDS, ROLES, labelOf } from "./story-facts";

export type StoryFacts = {
  role: string;
  education: string;
  previousField: string;
  previousTitle: string;
  monthsToOffer: number;
  firstRoleYear: number;
  howHired: string;
  /** As the author wrote them, in their order. */
  resources: readonly string[];
  milestones: readonly { month: number; text: string; kind?: string | null }[];
};

/** A kind as the author writes it in the form ("public work"), not its long label. */
const kindWord = (slug: string) => MILESTONE_KINDS.find((k) => k.slug === slug)?.word ?? slug;

export function storyFactsText(facts: StoryFacts): string {
  const lines = [
    `Role: ${labelOf(ROLES, facts.role)}`,
    `Education when hired: ${labelOf(EDUCATION, facts.education)}`,
    `Previous field: ${labelOf(FIELDS, facts.previousField)}`,
    `Previous job title: ${facts.previousTitle}`,
    `Months to the first offer: ${facts.monthsToOffer}`,
    `First ML role: ${facts.firstRoleYear}`,
    `How the job came: ${labelOf(HOW_HIRED, facts.howHired)}`,
    `Resources: ${facts.resources.length > 0 ? facts.resources.join("; ") : "none"}`,
    `Milestones:${facts.milestones.length > 0 ? "" : " none"}`,
    // A kind shows in brackets; a milestone without one reads as it did before kinds existed.
    ...facts.milestones.map((m) => `- Month ${m.month}${m.kind ? ` (${kindWord(m.kind)})` : ""}: ${m.text}`),
  ];
  return lines.join("\n");
}
