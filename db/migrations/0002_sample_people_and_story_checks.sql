ALTER TABLE "users" ADD COLUMN "sample_key" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_sample" boolean GENERATED ALWAYS AS (sample_key is not null) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_sample_key_unique" UNIQUE("sample_key");--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_role_slug" CHECK ("stories"."role" in ('ml-engineer', 'data-scientist', 'applied-scientist', 'research-engineer', 'mlops', 'ai-engineer', 'data-engineer-ml', 'other'));--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_education_slug" CHECK ("stories"."education" in ('no-degree', 'bootcamp-self-taught', 'associate', 'bachelors-cs', 'bachelors-unrelated', 'masters', 'phd'));--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_previous_field_slug" CHECK ("stories"."previous_field" in ('software', 'data-analytics', 'finance', 'science', 'teaching', 'healthcare', 'engineering', 'military-government', 'business', 'hospitality-retail-trades', 'student', 'other'));--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_how_hired_slug" CHECK ("stories"."how_hired" in ('internal-transfer', 'referral', 'cold-application', 'portfolio', 'competitions', 'program-placement', 'recruiter', 'other'));--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_first_role_year_range" CHECK ("stories"."first_role_year" between 1990 and 2100);--> statement-breakpoint
ALTER TABLE "story_milestones" ADD CONSTRAINT "story_milestones_month_range" CHECK ("story_milestones"."month" between 0 and 240);--> statement-breakpoint
-- Written by hand: sample people seeded before sample_key existed. They are the seed's "sample-…"
-- logins named "… (sample)" that never signed in; every real member has an accounts row.
UPDATE "users" SET "sample_key" = "login"
WHERE "login" LIKE 'sample-%' AND "name" LIKE '%(sample)'
  AND NOT EXISTS (SELECT 1 FROM "accounts" WHERE "accounts"."user_id" = "users"."id");
