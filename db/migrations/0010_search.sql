ALTER TABLE "replies" ADD COLUMN "body_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "replies"."body_text"), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "body_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "search_facts" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "threads"."title"), 'A') || setweight(to_tsvector('english', "threads"."body_text"), 'B') || setweight(to_tsvector('english', "threads"."search_facts"), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "replies_search_idx" ON "replies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "threads_search_idx" ON "threads" USING gin ("search_vector");--> statement-breakpoint
-- hand-written:
-- Posts written before body_text existed are searchable at once by their Markdown source;
-- `npm run db:rerender` (renderer version 3) then stores the plain text cook() reads from it.
UPDATE "threads" SET "body_text" = "body";--> statement-breakpoint
UPDATE "replies" SET "body_text" = "body";--> statement-breakpoint
UPDATE "threads" SET "search_facts" = concat_ws(E'\n', "stories"."previous_title",
  (SELECT string_agg("label", E'\n' ORDER BY "position") FROM "story_resources" WHERE "story_id" = "stories"."thread_id"),
  (SELECT string_agg("text", E'\n' ORDER BY "position") FROM "story_milestones" WHERE "story_id" = "stories"."thread_id"))
FROM "stories" WHERE "stories"."thread_id" = "threads"."id";
