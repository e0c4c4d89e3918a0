DROP INDEX "stories_newest_idx";--> statement-breakpoint
DROP INDEX "stories_helpful_idx";--> statement-breakpoint
DROP INDEX "threads_activity_idx";--> statement-breakpoint
CREATE INDEX "stories_newest_idx" ON "stories" USING btree ("created_at" DESC NULLS FIRST,"thread_id" DESC NULLS FIRST) WHERE "stories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "stories_helpful_idx" ON "stories" USING btree ("helpful_count" DESC NULLS FIRST,"thread_id" DESC NULLS FIRST) WHERE "stories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "threads_activity_idx" ON "threads" USING btree ("kind","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null;