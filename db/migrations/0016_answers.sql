CREATE TABLE "answer_marks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answer_marks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"thread_id" bigint NOT NULL,
	"reply_id" bigint,
	"previous_reply_id" bigint,
	"actor_id" text,
	"reason" text DEFAULT 'chosen' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_marks_reason_known" CHECK ("answer_marks"."reason" in ('chosen', 'reply-deleted', 'reply-hidden'))
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "answer_reply_id" bigint;--> statement-breakpoint
ALTER TABLE "answer_marks" ADD CONSTRAINT "answer_marks_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_marks" ADD CONSTRAINT "answer_marks_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_marks" ADD CONSTRAINT "answer_marks_previous_reply_id_replies_id_fk" FOREIGN KEY ("previous_reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_marks" ADD CONSTRAINT "answer_marks_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_marks_thread_idx" ON "answer_marks" USING btree ("thread_id","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "answer_marks_reply_id_idx" ON "answer_marks" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "answer_marks_previous_reply_id_idx" ON "answer_marks" USING btree ("previous_reply_id");--> statement-breakpoint
CREATE INDEX "answer_marks_actor_id_idx" ON "answer_marks" USING btree ("actor_id");--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_answer_reply_id_replies_id_fk" FOREIGN KEY ("answer_reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "threads_answer_reply_id_idx" ON "threads" USING btree ("answer_reply_id") WHERE "threads"."answer_reply_id" is not null;--> statement-breakpoint
CREATE INDEX "threads_unanswered_activity_idx" ON "threads" USING btree ("last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null and "threads"."kind" = 'discussion' and "threads"."answer_reply_id" is null;--> statement-breakpoint
CREATE INDEX "threads_unanswered_newest_idx" ON "threads" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null and "threads"."kind" = 'discussion' and "threads"."answer_reply_id" is null;--> statement-breakpoint
CREATE INDEX "threads_category_unanswered_activity_idx" ON "threads" USING btree ("category_id","last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null and "threads"."kind" = 'discussion' and "threads"."answer_reply_id" is null;--> statement-breakpoint
CREATE INDEX "threads_category_unanswered_newest_idx" ON "threads" USING btree ("category_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null and "threads"."kind" = 'discussion' and "threads"."answer_reply_id" is null;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('mention', 'reply-to-reply', 'reply-to-thread', 'followed', 'follow-up', 'answer'));