// The enumerated facts of a success story. Each value has a stable URL slug (stored as is in the
// database and used in filter URLs) and a label for people. Order is the order shown in forms.
export type Option = { slug: string; label: string };

export const ROLES = [
  { slug: "ml-engineer", label: "ML engineer" },
  { slug: "data-scientist", label: "Data scientist" },
  { slug: "applied-scientist", label: "Applied / research scientist" },
  { slug: "research-engineer", label: "Research engineer" },
  { slug: "mlops", label: "MLOps / ML platform" },
  { slug: "ai-engineer", label: "AI / LLM engineer" },
  { slug: "data-engineer-ml", label: "Data engineer (ML)" },
  { slug: "other", label: "Other" },
] as const satisfies readonly Option[];

// Ordered from least to most formal: "paths like mine" treats neighbours as similar.
export const EDUCATION = [
  { slug: "no-degree", label: "No degree" },
  { slug: "bootcamp-self-taught", label: "Bootcamp or self-taught" },
  { slug: "associate", label: "Associate degree" },
  { slug: "bachelors-cs", label: "Bachelor's in CS or a related field" },
  { slug: "bachelors-unrelated", label: "Bachelor's in an unrelated field" },
  { slug: "masters", label: "Master's" },
  { slug: "phd", label: "PhD" },
] as const satisfies readonly Option[];

export const FIELDS = [
  { slug: "software", label: "Software engineering" },
  { slug: "data-analytics", label: "Data / analytics" },
  { slug: "finance", label: "Finance / accounting" },
  { slug: "science", label: "Science / lab research" },
  { slug: "teaching", label: "Teaching / academia" },
  { slug: "healthcare", label: "Healthcare" },
  { slug: "engineering", label: "Engineering (non-software)" },
  { slug: "military-government", label: "Military / government" },
  { slug: "business", label: "Sales / marketing / business" },
  { slug: "hospitality-retail-trades", label: "Hospitality / retail / trades" },
  { slug: "student", label: "Student" },
  { slug: "other", label: "Other" },
] as const satisfies readonly Option[];

export const HOW_HIRED = [
  { slug: "internal-transfer", label: "Internal transfer" },
  { slug: "referral", label: "Referral" },
  { slug: "cold-application", label: "Cold application" },
  { slug: "portfolio", label: "Portfolio / open source" },
  { slug: "competitions", label: "Competitions (e.g. Kaggle)" },
  { slug: "program-placement", label: "Bootcamp or program placement" },
  { slug: "recruiter", label: "Recruiter" },
  { slug: "other", label: "Other" },
] as const satisfies readonly Option[];

// What kind of step a milestone was, optional: the path map (/stories/map) puts the first of each kind
// on one timeline, so it has to be one of a few comparable steps, not free text. The first offer is not
// among them: every story states it already (months to offer), so the map takes it from there.
// `word` is how an author names the kind in the form's milestone lines ("month 3 (course): …").
export const MILESTONE_KINDS = [
  { slug: "course", label: "First course", word: "course" },
  { slug: "project", label: "First project", word: "project" },
  { slug: "public-work", label: "First public work (portfolio, Kaggle, open source)", word: "public work" },
  { slug: "interview", label: "First interview", word: "interview" },
] as const satisfies readonly (Option & { word: string })[];

// Time from starting to learn to the first ML offer, as filter buckets: [min, max) months.
export const DURATIONS = [
  { slug: "under-6-months", label: "Under 6 months", min: 0, max: 6 },
  { slug: "6-12-months", label: "6 to 12 months", min: 6, max: 12 },
  { slug: "1-2-years", label: "1 to 2 years", min: 12, max: 24 },
  { slug: "over-2-years", label: "2 years or more", min: 24, max: 241 },
] as const;

/** The kinds as an author may write them, for messages and the form's hint: "course, project, … or interview". */
export const MILESTONE_KIND_WORDS = `${MILESTONE_KINDS.slice(0, -1)
  .map((k) => k.word)
  .join(", ")} or ${MILESTONE_KINDS.at(-1)!.word}`;

export type RoleSlug = (typeof ROLES)[number]["slug"];
export type EducationSlug = (typeof EDUCATION)[number]["slug"];
export type FieldSlug = (typeof FIELDS)[number]["slug"];
export type HowHiredSlug = (typeof HOW_HIRED)[number]["slug"];
export type MilestoneKindSlug = (typeof MILESTONE_KINDS)[number]["slug"];
export type DurationSlug = (typeof DURATIONS)[number]["slug"];

export const MONTHS_MAX = 240;
export const FIRST_ROLE_YEAR_MIN = 1990;

export function slugsOf<T extends readonly { slug: string }[]>(
  options: T,
): [T[number]["slug"], ...T[number]["slug"][]] {
  return options.map((o) => o.slug) as [T[number]["slug"], ...T[number]["slug"][]];
}

export function labelOf(options: readonly { slug: string; label: string }[], slug: string): string {
  return options.find((o) => o.slug === slug)?.label ?? slug;
}
