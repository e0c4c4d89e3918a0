CREATE TABLE "post_revisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "post_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"thread_id" bigint,
	"reply_id" bigint,
	"version" integer NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"facts" text,
	"editor_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_revisions_one_post" CHECK (("post_revisions"."thread_id" is null) <> ("post_revisions"."reply_id" is null)),
	CONSTRAINT "post_revisions_version_positive" CHECK ("post_revisions"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "post_revisions_thread_version_idx" ON "post_revisions" USING btree ("thread_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "post_revisions_reply_version_idx" ON "post_revisions" USING btree ("reply_id","version");--> statement-breakpoint
CREATE INDEX "post_revisions_editor_id_idx" ON "post_revisions" USING btree ("editor_id");--> statement-breakpoint
-- hand-written:
-- Posts edited before history was kept keep their "edited" mark (the page showed it for an edit more
-- than a minute after posting); their history page says earlier versions were not recorded.
UPDATE "threads" SET "edited_at" = "updated_at" WHERE "updated_at" > "created_at" + interval '1 minute';--> statement-breakpoint
UPDATE "replies" SET "edited_at" = "updated_at" WHERE "updated_at" > "created_at" + interval '1 minute';
