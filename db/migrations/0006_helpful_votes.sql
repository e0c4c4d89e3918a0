CREATE TABLE "helpful_votes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "helpful_votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"thread_id" bigint NOT NULL,
	"reply_id" bigint,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "helpful_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "helpful_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "helpful_votes" ADD CONSTRAINT "helpful_votes_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpful_votes" ADD CONSTRAINT "helpful_votes_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpful_votes" ADD CONSTRAINT "helpful_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "helpful_votes_thread_once_idx" ON "helpful_votes" USING btree ("user_id","thread_id") WHERE "helpful_votes"."reply_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "helpful_votes_reply_once_idx" ON "helpful_votes" USING btree ("user_id","reply_id") WHERE "helpful_votes"."reply_id" is not null;--> statement-breakpoint
CREATE INDEX "helpful_votes_thread_id_idx" ON "helpful_votes" USING btree ("thread_id","user_id");--> statement-breakpoint
CREATE INDEX "helpful_votes_reply_id_idx" ON "helpful_votes" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "helpful_votes_user_id_idx" ON "helpful_votes" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "threads_top_idx" ON "threads" USING btree ("kind","helpful_count" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "threads"."deleted_at" is null;--> statement-breakpoint
-- hand-written: stories' helpful marks become helpful votes on the story's opening post.
INSERT INTO "helpful_votes" ("thread_id", "user_id", "created_at") SELECT "story_id", "user_id", "created_at" FROM "helpful_marks";--> statement-breakpoint
UPDATE "threads" t SET "helpful_count" = s."helpful_count" FROM "stories" s WHERE s."thread_id" = t."id" AND s."helpful_count" <> 0;
