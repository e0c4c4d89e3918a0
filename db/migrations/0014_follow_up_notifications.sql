ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
DROP INDEX "notifications_thread_once_idx";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "update_id" bigint;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_update_id_story_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."story_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_update_once_idx" ON "notifications" USING btree ("recipient_id","update_id") WHERE "notifications"."update_id" is not null;--> statement-breakpoint
CREATE INDEX "notifications_update_id_idx" ON "notifications" USING btree ("update_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_thread_once_idx" ON "notifications" USING btree ("recipient_id","thread_id") WHERE "notifications"."reply_id" is null and "notifications"."update_id" is null;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_one_post" CHECK ("notifications"."reply_id" is null or "notifications"."update_id" is null);--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('mention', 'reply-to-reply', 'reply-to-thread', 'followed', 'follow-up'));