CREATE TABLE "flags" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"thread_id" bigint NOT NULL,
	"reply_id" bigint,
	"flagger_id" text NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp (3) with time zone,
	"resolved_by" text,
	CONSTRAINT "flags_reason_known" CHECK ("flags"."reason" in ('spam', 'abuse', 'off-topic', 'other'))
);
--> statement-breakpoint
CREATE TABLE "mod_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mod_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" text,
	"action" text NOT NULL,
	"thread_id" bigint,
	"reply_id" bigint,
	"member_id" text,
	"reason" text NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_counters" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp (3) with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_counters_bucket_key_window_start_pk" PRIMARY KEY("bucket","key","window_start")
);
--> statement-breakpoint
DROP INDEX "helpful_marks_user_id_idx";--> statement-breakpoint
DROP INDEX "replies_author_id_idx";--> statement-breakpoint
DROP INDEX "threads_author_id_idx";--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "locked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "pinned_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspended_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_flagger_id_users_id_fk" FOREIGN KEY ("flagger_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mod_actions" ADD CONSTRAINT "mod_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mod_actions" ADD CONSTRAINT "mod_actions_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mod_actions" ADD CONSTRAINT "mod_actions_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mod_actions" ADD CONSTRAINT "mod_actions_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flags_thread_once_idx" ON "flags" USING btree ("flagger_id","thread_id") WHERE "flags"."reply_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "flags_reply_once_idx" ON "flags" USING btree ("flagger_id","reply_id") WHERE "flags"."reply_id" is not null;--> statement-breakpoint
CREATE INDEX "flags_flagger_id_idx" ON "flags" USING btree ("flagger_id","created_at");--> statement-breakpoint
CREATE INDEX "flags_thread_id_idx" ON "flags" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "flags_reply_id_idx" ON "flags" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "flags_resolved_by_idx" ON "flags" USING btree ("resolved_by");--> statement-breakpoint
CREATE INDEX "flags_open_idx" ON "flags" USING btree ("created_at","id") WHERE "flags"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "mod_actions_actor_id_idx" ON "mod_actions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "mod_actions_thread_id_idx" ON "mod_actions" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "mod_actions_reply_id_idx" ON "mod_actions" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "mod_actions_member_id_idx" ON "mod_actions" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "rate_counters_window_idx" ON "rate_counters" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "replies_author_idempotency_key_idx" ON "replies" USING btree ("author_id","idempotency_key") WHERE "replies"."idempotency_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "threads_author_idempotency_key_idx" ON "threads" USING btree ("author_id","idempotency_key") WHERE "threads"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "threads_pinned_idx" ON "threads" USING btree ("pinned_at") WHERE "threads"."pinned_at" is not null;--> statement-breakpoint
CREATE INDEX "helpful_marks_user_id_idx" ON "helpful_marks" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "replies_author_id_idx" ON "replies" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "threads_author_id_idx" ON "threads" USING btree ("author_id","created_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_known" CHECK ("users"."role" in ('member', 'moderator', 'admin'));