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
-- Written before threads.category_id (below) files every existing thread under one of them.
INSERT INTO "categories" ("id", "slug", "name", "description", "position") VALUES
  (1, 'getting-started', 'Getting started', 'First steps into machine learning without a graduate degree: where to begin, what to learn first, whether it is realistic.', 1),
  (2, 'learning-resources', 'Learning resources', 'Courses, books, papers and practice sets: what worked, what did not, and in which order.', 2),
  (3, 'projects-and-portfolios', 'Projects and portfolios', 'Projects that show what you can do, feedback on portfolios, Kaggle, open source and write-ups.', 3),
  (4, 'job-search-and-interviews', 'Job search and interviews', 'CVs, applications, referrals, take-home tasks, interview questions and offers.', 4),
  (5, 'success-stories', 'Success stories', 'How members got their machine-learning jobs, step by step. Every story is filed here.', 5),
  (6, 'off-topic', 'Off-topic', 'Anything else members want to talk about.', 6);--> statement-breakpoint
CREATE TABLE "tags" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	CONSTRAINT "tags_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "thread_tags" (
	"thread_id" bigint NOT NULL,
	"tag_id" bigint NOT NULL,
	"position" smallint NOT NULL,
	"last_activity_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"listed" boolean NOT NULL,
	CONSTRAINT "thread_tags_thread_id_tag_id_pk" PRIMARY KEY("thread_id","tag_id")
);
--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "category_id" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "thread_tags" ADD CONSTRAINT "thread_tags_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_tags" ADD CONSTRAINT "thread_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "thread_tags_activity_idx" ON "thread_tags" USING btree ("tag_id","last_activity_at" DESC NULLS FIRST,"thread_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "thread_tags_newest_idx" ON "thread_tags" USING btree ("tag_id","created_at" DESC NULLS FIRST,"thread_id" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "threads_newest_idx" ON "threads" USING btree ("kind","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "threads_category_activity_idx" ON "threads" USING btree ("category_id","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "threads_category_newest_idx" ON "threads" USING btree ("category_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null;--> statement-breakpoint
-- hand-written: every story is filed under Success stories (lib/categories.ts: id 5); discussions from
-- before categories keep the column's default, Getting started (id 1), the catch-all for questions.
UPDATE "threads" SET "category_id" = 5 WHERE "kind" = 'story';
--> statement-breakpoint
-- hand-written: thread_tags carries copies of its thread's sort keys (db/schema.ts); this keeps them
-- in step in the same transaction as any write to the thread that moves them.
CREATE FUNCTION "thread_tags_follow_thread"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "thread_tags"
  SET "last_activity_at" = NEW."last_activity_at",
      "created_at" = NEW."created_at",
      "listed" = (NEW."deleted_at" IS NULL AND NEW."hidden_at" IS NULL)
  WHERE "thread_id" = NEW."id";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "thread_tags_follow_thread"
AFTER UPDATE OF "last_activity_at", "created_at", "deleted_at", "hidden_at" ON "threads"
FOR EACH ROW
WHEN (OLD."last_activity_at" IS DISTINCT FROM NEW."last_activity_at"
   OR OLD."created_at" IS DISTINCT FROM NEW."created_at"
   OR OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at"
   OR OLD."hidden_at" IS DISTINCT FROM NEW."hidden_at")
EXECUTE FUNCTION "thread_tags_follow_thread"();
