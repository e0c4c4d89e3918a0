// Members: the users table, the logins a member had before, and the tables Auth.js keeps
// (@auth/drizzle-adapter's shapes, passed to it explicitly in auth.ts).
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
// Relative, not "@/": drizzle-kit loads the schema without the app's path aliases.
import { ROLE_NAMES } from "../../lib/roles";
import { ts } from "./columns";

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: ts("email_verified"),
    image: text("image"),
    // GitHub login, filled by the provider's profile callback; the public handle on the forum.
    login: text("login").notNull().unique(),
    // lib/permissions.ts says what each may do. Admins are the logins in ADMIN_GITHUB_LOGINS (set at
    // each sign-in); admins make moderators.
    role: text("role", { enum: ROLE_NAMES }).notNull().default("member"),
    // Until when the member may not post, vote or flag (FOREVER for good); null when they may.
    suspendedUntil: ts("suspended_until"),
    // The seed's key for one of its fictional people (db/seed-data*.ts); null for every real member.
    // Whether content is sample data is stored, never guessed from a login: GitHub hands logins out
    // to anyone, and reuses them. A stable key (not the login) lets the seed and the demo sign-in find
    // their person again after a real member has claimed its login (db/mutations/logins.ts).
    sampleKey: text("sample_key").unique(),
    isSample: boolean("is_sample")
      .notNull()
      .generatedAlwaysAs(sql`sample_key is not null`),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("users_role_known", sql`${t.role} in (${sql.raw(ROLE_NAMES.map((r) => `'${r}'`).join(", "))})`),
    // Profile addresses are found without case, as GitHub compares logins (/u/Ada is /u/ada).
    index("users_login_lower_idx").on(sql`lower(${t.login})`),
  ],
);

// Logins a member has had before (lowercased), so old profile addresses lead to their page. A login
// someone else holds now is theirs: the current holder is looked up first.
export const previousLogins = pgTable(
  "previous_logins",
  {
    login: text("login").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    changedAt: ts("changed_at").notNull().defaultNow(),
  },
  (t) => [index("previous_logins_user_id_idx").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_id_idx").on(t.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: ts("expires").notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: ts("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);
