// Success stories: a story's structured facts beside its thread, the resources and milestones it
// lists, and its follow-ups.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads the schema without the app's path aliases.
import { FOLLOW_UP_KINDS, FOLLOW_UP_MONTHS_MAX } from "../../lib/stories/follow-ups";
import {
  EDUCATION,
  FIELDS,
  FIRST_ROLE_YEAR_MIN,
  HOW_HIRED,
  MILESTONE_KINDS,
  MONTHS_MAX,
  ROLES,
} from "../../lib/stories/story-facts";
import { ts, oneOf, descending } from "./columns";
import { users } from "./members";
import { threads } from "./posts";

// The validator's upper bound is the current year, which a constraint cannot follow; this one only
// has to be later than any year the validator will ever accept.
const FIRST_ROLE_YEAR_CEILING = 2100;

// A success story: the typed facts of one career path. Its headline, text and discussion are the
// thread's (kind "story"), so replies work the same everywhere. Values are slugs from lib/stories/story-facts.ts.
export const stories = pgTable(
  "stories",
  {
    threadId: bigint("thread_id", { mode: "number" })
      .primaryKey()
      .references(() => threads.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    education: text("education").notNull(),
    previousField: text("previous_field").notNull(),
    previousTitle: text("previous_title").notNull(),
    monthsToOffer: smallint("months_to_offer").notNull(),
    firstRoleYear: smallint("first_role_year").notNull(),
    howHired: text("how_hired").notNull(),
    // Copied from the thread so every list order is one index scan over this table alone.
    createdAt: ts("created_at").notNull().defaultNow(),
    helpfulCount: integer("helpful_count").notNull().default(0),
    deletedAt: ts("deleted_at"),
    // Follows threads.hidden_at, so story lists leave hidden stories out reading this table alone.
    hiddenAt: ts("hidden_at"),
    // Ask the author: whether signed-in readers may put questions to the author (on for new stories;
    // the author closes or reopens them at any time). Questions are replies marked is_question.
    questionsOpen: boolean("questions_open").notNull().default(true),
  },
  (t) => [
    // One per list order (db/queries/stories.ts listStories), each exactly that ORDER BY.
    index("stories_newest_idx")
      .on(descending(t.createdAt), descending(t.threadId))
      .where(sql`${t.deletedAt} is null`),
    index("stories_helpful_idx")
      .on(descending(t.helpfulCount), descending(t.threadId))
      .where(sql`${t.deletedAt} is null`),
    index("stories_fastest_idx")
      .on(t.monthsToOffer, t.threadId)
      .where(sql`${t.deletedAt} is null`),
    index("stories_education_idx").on(t.education),
    index("stories_role_idx").on(t.role),
    index("stories_previous_field_idx").on(t.previousField),
    index("stories_how_hired_idx").on(t.howHired),
    // The database refuses what the validator (lib/stories/story-validation.ts) refuses, from the same lists.
    check("stories_months_range", sql`${t.monthsToOffer} between 0 and ${sql.raw(String(MONTHS_MAX))}`),
    check("stories_role_slug", oneOf(t.role, ROLES)),
    check("stories_education_slug", oneOf(t.education, EDUCATION)),
    check("stories_previous_field_slug", oneOf(t.previousField, FIELDS)),
    check("stories_how_hired_slug", oneOf(t.howHired, HOW_HIRED)),
    check(
      "stories_first_role_year_range",
      sql`${t.firstRoleYear} between ${sql.raw(String(FIRST_ROLE_YEAR_MIN))} and ${sql.raw(String(FIRST_ROLE_YEAR_CEILING))}`,
    ),
  ],
);

// A course, book or project, once per normalised key, so "fast.ai" and "Fast.ai course" meet.
export const resources = pgTable("resources", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
});

export const storyResources = pgTable(
  "story_resources",
  {
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    resourceId: bigint("resource_id", { mode: "number" })
      .notNull()
      .references(() => resources.id),
    position: smallint("position").notNull(),
    // As the author wrote it, for their story page.
    label: text("label").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.resourceId] }),
    index("story_resources_resource_id_idx").on(t.resourceId),
  ],
);

export const storyMilestones = pgTable(
  "story_milestones",
  {
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    month: smallint("month").notNull(),
    text: text("text").notNull(),
    // Optional (lib/stories/story-facts.ts MILESTONE_KINDS): null for a step of no listed kind, and for
    // every milestone written before kinds existed.
    kind: text("kind"),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.position] }),
    check("story_milestones_month_range", sql`${t.month} between 0 and ${sql.raw(String(MONTHS_MAX))}`),
    check("story_milestones_kind_slug", oneOf(t.kind, MILESTONE_KINDS)),
  ],
);

// "N months later": updates a story's author adds after publishing it (lib/stories/follow-ups.ts).
// months_after_offer counts from the first ML offer, not from posting: the story's own months end at
// that offer, so "14 months after the offer" means the same thing on every story (still in ML a year
// into the job) however long after getting the job its author happened to write the story.
// author_id is the story's author at the time of writing, kept here so the pace limits and the form
// key index read this table alone, as they do for replies.
// Follow-ups; the table keeps the name it was created with.
export const followUps = pgTable(
  "story_updates",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    monthsAfterOffer: smallint("months_after_offer").notNull(),
    kind: text("kind").notNull(),
    stillInMl: boolean("still_in_ml").notNull(),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    rendererVersion: smallint("renderer_version").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    // Deleted follow-ups leave the story and the insights; the row stays, like a reply's.
    deletedAt: ts("deleted_at"),
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    // The story's timeline order (and the foreign key).
    index("story_updates_story_order_idx")
      .on(t.storyId, t.monthsAfterOffer, t.id)
      .where(sql`${t.deletedAt} is null`),
    index("story_updates_story_id_idx").on(t.storyId),
    // Also counts an author's recent follow-ups for the pace limits (db/mutations/limits.ts).
    index("story_updates_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("story_updates_author_idempotency_key_idx")
      .on(t.authorId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    check("story_updates_kind_slug", oneOf(t.kind, FOLLOW_UP_KINDS)),
    check(
      "story_updates_months_range",
      sql`${t.monthsAfterOffer} between 0 and ${sql.raw(String(FOLLOW_UP_MONTHS_MAX))}`,
    ),
  ],
);
