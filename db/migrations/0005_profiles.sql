CREATE TABLE "previous_logins" (
	"login" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "previous_logins" ADD CONSTRAINT "previous_logins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "previous_logins_user_id_idx" ON "previous_logins" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_login_lower_idx" ON "users" USING btree (lower("login"));