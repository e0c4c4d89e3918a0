CREATE TABLE "email_jobs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "email_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"recipient_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "email_jobs_state_known" CHECK ("email_jobs"."state" in ('pending', 'running', 'sent', 'skipped', 'failed')),
	CONSTRAINT "email_jobs_kind_known" CHECK ("email_jobs"."kind" in ('notifications'))
);
--> statement-breakpoint
CREATE TABLE "email_sends" (
	"key" text PRIMARY KEY NOT NULL,
	"recipient_id" text NOT NULL,
	"sent_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"replies" boolean DEFAULT true NOT NULL,
	"following" boolean DEFAULT false NOT NULL,
	"digest" boolean DEFAULT false NOT NULL,
	"address_confirmed" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_job_id" bigint;--> statement-breakpoint
ALTER TABLE "email_jobs" ADD CONSTRAINT "email_jobs_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_sends" ADD CONSTRAINT "email_sends_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_settings" ADD CONSTRAINT "email_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_jobs_one_pending_idx" ON "email_jobs" USING btree ("recipient_id","kind") WHERE "email_jobs"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "email_jobs_due_idx" ON "email_jobs" USING btree ("run_at") WHERE "email_jobs"."state" in ('pending', 'running');--> statement-breakpoint
CREATE INDEX "email_jobs_recipient_id_idx" ON "email_jobs" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "email_sends_recipient_idx" ON "email_sends" USING btree ("recipient_id","sent_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_email_job_id_email_jobs_id_fk" FOREIGN KEY ("email_job_id") REFERENCES "public"."email_jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_email_job_id_idx" ON "notifications" USING btree ("email_job_id") WHERE "notifications"."email_job_id" is not null;