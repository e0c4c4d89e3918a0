CREATE TABLE "categories" (
	"id" smallint PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
-- hand-written: the fixed categories (lib/categories.ts; db/taxonomy.test.ts checks they agree).
-- Before the next migration, which files every existing thread under one of them.
INSERT INTO "categories" ("id", "slug", "name", "description", "position") VALUES
  (1, 'getting-started', 'Getting started', 'First steps into machine learning without a graduate degree: where to begin, what to learn first, whether it is realistic.', 1),
  (2, 'learning-resources', 'Learning resources', 'Courses, books, papers and practice sets: what worked, what did not, and in which order.', 2),
  (3, 'projects-and-portfolios', 'Projects and portfolios', 'Projects that show what you can do, feedback on portfolios, Kaggle, open source and write-ups.', 3),
  (4, 'job-search-and-interviews', 'Job search and interviews', 'CVs, applications, referrals, take-home tasks, interview questions and offers.', 4),
  (5, 'success-stories', 'Success stories', 'How members got their machine-learning jobs, step by step. Every story is filed here.', 5),
  (6, 'off-topic', 'Off-topic', 'Anything else members want to talk about.', 6);
