CREATE TABLE "story_updates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "story_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"story_id" bigint NOT NULL,
	"author_id" text NOT NULL,
	"months_after_offer" smallint NOT NULL,
	"kind" text NOT NULL,
	"still_in_ml" boolean NOT NULL,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"renderer_version" smallint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	"idempotency_key" text,
	CONSTRAINT "story_updates_kind_slug" CHECK ("story_updates"."kind" in ('same-role', 'promotion', 'raise', 'new-role', 'setback', 'left-ml', 'other')),
	CONSTRAINT "story_updates_months_range" CHECK ("story_updates"."months_after_offer" between 0 and 240)
);
--> statement-breakpoint
ALTER TABLE "story_updates" ADD CONSTRAINT "story_updates_story_id_stories_thread_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("thread_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_updates" ADD CONSTRAINT "story_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_updates_story_order_idx" ON "story_updates" USING btree ("story_id","months_after_offer","id") WHERE "story_updates"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "story_updates_story_id_idx" ON "story_updates" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "story_updates_author_id_idx" ON "story_updates" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "story_updates_author_idempotency_key_idx" ON "story_updates" USING btree ("author_id","idempotency_key") WHERE "story_updates"."idempotency_key" is not null;