// The path map's stages and rules (app/stories/map, db/queries/path-map.ts): what a story's path is
// made of, in order, and when a milestone's figures rest on enough stories to show.
import { EDUCATION, FIELDS, HOW_HIRED, MILESTONE_KINDS, ROLES, type Option } from "./story-facts";

/** A story's path, left to right; each stage's name is its filter's on /stories, so a node is a filter value. */
export const PATH_STAGES = ["field", "education", "how", "role"] as const;
export type PathStage = (typeof PATH_STAGES)[number];

export const STAGE_OPTIONS: Record<PathStage, readonly Option[]> = {
  field: FIELDS,
  education: EDUCATION,
  how: HOW_HIRED,
  role: ROLES,
};

export const STAGE_LABELS: Record<PathStage, string> = {
  field: "Previous field",
  education: "Education when hired",
  how: "How the job came",
  role: "First ML role",
};

/**
 * Below this many stories a milestone gets no median: with one or two, a "median" is just someone's
 * story, and a reader would take it for a norm.
 */
export const MILESTONE_MIN_STORIES = 3;

/** The timeline's rows, in the order the steps usually come; the offer last, from every story's months to offer. */
export const TIMELINE_STEPS = [
  ...MILESTONE_KINDS.map((k) => ({ kind: k.slug as string, label: k.label })),
  { kind: "offer", label: "First offer" },
] as const;
