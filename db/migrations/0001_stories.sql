CREATE TABLE "helpful_marks" (
	"story_id" bigint NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "helpful_marks_story_id_user_id_pk" PRIMARY KEY("story_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "resources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "resources_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"thread_id" bigint PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"education" text NOT NULL,
	"previous_field" text NOT NULL,
	"previous_title" text NOT NULL,
	"months_to_offer" smallint NOT NULL,
	"first_role_year" smallint NOT NULL,
	"how_hired" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"helpful_count" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "stories_months_range" CHECK ("stories"."months_to_offer" between 0 and 240)
);
--> statement-breakpoint
CREATE TABLE "story_milestones" (
	"story_id" bigint NOT NULL,
	"position" smallint NOT NULL,
	"month" smallint NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "story_milestones_story_id_position_pk" PRIMARY KEY("story_id","position")
);
--> statement-breakpoint
CREATE TABLE "story_resources" (
	"story_id" bigint NOT NULL,
	"resource_id" bigint NOT NULL,
	"position" smallint NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "story_resources_story_id_resource_id_pk" PRIMARY KEY("story_id","resource_id")
);
--> statement-breakpoint
DROP INDEX "threads_activity_idx";--> statement-breakpoint
ALTER TABLE "helpful_marks" ADD CONSTRAINT "helpful_marks_story_id_stories_thread_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("thread_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpful_marks" ADD CONSTRAINT "helpful_marks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_milestones" ADD CONSTRAINT "story_milestones_story_id_stories_thread_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("thread_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_resources" ADD CONSTRAINT "story_resources_story_id_stories_thread_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("thread_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_resources" ADD CONSTRAINT "story_resources_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "helpful_marks_user_id_idx" ON "helpful_marks" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "stories_newest_idx" ON "stories" USING btree ("created_at" DESC NULLS LAST,"thread_id" DESC NULLS LAST) WHERE "stories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "stories_helpful_idx" ON "stories" USING btree ("helpful_count" DESC NULLS LAST,"thread_id" DESC NULLS LAST) WHERE "stories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "stories_fastest_idx" ON "stories" USING btree ("months_to_offer","thread_id") WHERE "stories"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "stories_education_idx" ON "stories" USING btree ("education");--> statement-breakpoint
CREATE INDEX "stories_role_idx" ON "stories" USING btree ("role");--> statement-breakpoint
CREATE INDEX "stories_previous_field_idx" ON "stories" USING btree ("previous_field");--> statement-breakpoint
CREATE INDEX "stories_how_hired_idx" ON "stories" USING btree ("how_hired");--> statement-breakpoint
CREATE INDEX "story_resources_resource_id_idx" ON "story_resources" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "threads_activity_idx" ON "threads" USING btree ("kind","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "threads"."deleted_at" is null;