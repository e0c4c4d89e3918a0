// The fixed set of categories a discussion is filed under. The same rows are seeded into the
// `categories` table by the migration (db/migrations, "hand-written"); db/taxonomy.test.ts checks that
// the two agree. Static pages (the new-thread form) read this list, since they may not read the database.

export const CATEGORIES = [
  {
    id: 1,
    slug: "getting-started",
    name: "Getting started",
    description:
      "First steps into machine learning without a graduate degree: where to begin, what to learn first, whether it is realistic.",
  },
  {
    id: 2,
    slug: "learning-resources",
    name: "Learning resources",
    description: "Courses, books, papers and practice sets: what worked, what did not, and in which order.",
  },
  {
    id: 3,
    slug: "projects-and-portfolios",
    name: "Projects and portfolios",
    description: "Projects that show what you can do, feedback on portfolios, Kaggle, open source and write-ups.",
  },
  {
    id: 4,
    slug: "job-search-and-interviews",
    name: "Job search and interviews",
    description: "CVs, applications, referrals, take-home tasks, interview questions and offers.",
  },
  {
    id: 5,
    slug: "success-stories",
    name: "Success stories",
    description: "How members got their machine-learning jobs, step by step. Every story is filed here.",
  },
  {
    id: 6,
    slug: "off-topic",
    name: "Off-topic",
    description: "Anything else members want to talk about.",
  },
] as const;

export type Category = (typeof CATEGORIES)[number];
export type CategorySlug = Category["slug"];

/** Where a discussion goes when nobody chose (rows from before categories existed, the seed, tests). */
export const DEFAULT_CATEGORY: CategorySlug = "getting-started";
/** Stories always live here; a discussion cannot be filed under it (the form does not offer it). */
export const STORY_CATEGORY: CategorySlug = "success-stories";

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];

export function categoryBySlug(slug: string | undefined): Category | null {
  return CATEGORIES.find((c) => c.slug === slug) ?? null;
}

export function categoryById(id: number): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown category id ${id}`);
  return found;
}

/** The categories a member may start a discussion in: every one but the stories'. */
export const DISCUSSION_CATEGORIES = CATEGORIES.filter((c) => c.slug !== STORY_CATEGORY);

export function categoryPath(category: { slug: string }): string {
  return `/c/${category.slug}`;
}

export function categoryFeedPath(category: { slug: string }): string {
  return `/feeds/c/${category.slug}.atom`;
}
