ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "is_question" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "question_id" bigint;--> statement-breakpoint
-- Stories written before questions existed stay closed (their authors never chose to be asked; they
-- open them from the edit form); stories written from now on are open unless the author says not.
ALTER TABLE "stories" ADD COLUMN "questions_open" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stories" ALTER COLUMN "questions_open" SET DEFAULT true;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_question_id_replies_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "replies_questions_idx" ON "replies" USING btree ("thread_id","id") WHERE "replies"."is_question";--> statement-breakpoint
CREATE INDEX "replies_question_id_idx" ON "replies" USING btree ("question_id") WHERE "replies"."question_id" is not null;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_answer_not_question" CHECK (not ("replies"."is_question" and "replies"."question_id" is not null));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('mention', 'reply-to-reply', 'reply-to-thread', 'followed', 'follow-up', 'answer', 'question', 'question-answered'));