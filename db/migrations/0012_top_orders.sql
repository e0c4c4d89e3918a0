ALTER TABLE "thread_tags" ADD COLUMN "helpful_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "thread_tags_top_idx" ON "thread_tags" USING btree ("tag_id","helpful_count" DESC NULLS FIRST,"thread_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "threads_category_top_idx" ON "threads" USING btree ("category_id","helpful_count" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null;--> statement-breakpoint
-- hand-written: thread_tags copies its thread's helpful count too, for tag pages in the Top orders.
UPDATE "thread_tags" tt SET "helpful_count" = t."helpful_count" FROM "threads" t WHERE t."id" = tt."thread_id" AND t."helpful_count" <> 0;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "thread_tags_follow_thread"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "thread_tags"
  SET "last_activity_at" = NEW."last_activity_at",
      "created_at" = NEW."created_at",
      "helpful_count" = NEW."helpful_count",
      "listed" = (NEW."deleted_at" IS NULL AND NEW."hidden_at" IS NULL)
  WHERE "thread_id" = NEW."id";
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER "thread_tags_follow_thread" ON "threads";--> statement-breakpoint
CREATE TRIGGER "thread_tags_follow_thread"
AFTER UPDATE OF "last_activity_at", "created_at", "helpful_count", "deleted_at", "hidden_at" ON "threads"
FOR EACH ROW
WHEN (OLD."last_activity_at" IS DISTINCT FROM NEW."last_activity_at"
   OR OLD."created_at" IS DISTINCT FROM NEW."created_at"
   OR OLD."helpful_count" IS DISTINCT FROM NEW."helpful_count"
   OR OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at"
   OR OLD."hidden_at" IS DISTINCT FROM NEW."hidden_at")
EXECUTE FUNCTION "thread_tags_follow_thread"();
