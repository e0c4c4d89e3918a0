// A member's email choices (db/schema/email.ts email_settings): the one-click unsubscribe turns one
// kind off; the settings page (/settings/email) sets them.
import { sql } from "drizzle-orm";
import type { EmailKind } from "@/lib/email/kinds";
import { getDb } from "../index";
import { rowsOf } from "../rows";
import { emailSettings, users } from "../schema";

const COLUMN = { replies: "replies", following: "following", digest: "digest" } as const satisfies Record<
  EmailKind,
  string
>;

/**
 * Turns off one kind of email for a member, keeping their other choices (a row with the defaults is
 * made first when they had none). False when no such member exists: nothing is written.
 */
export async function turnOffEmail(userId: string, kind: EmailKind): Promise<boolean> {
  const column = sql.identifier(COLUMN[kind]);
  const rows = rowsOf<{ user_id: string }>(
    await getDb().execute(sql`
      insert into ${emailSettings} (user_id, ${column})
      select ${users.id}, false from ${users} where ${users.id} = ${userId}
      on conflict (user_id) do update set ${column} = false, updated_at = now()
      returning user_id`),
  );
  return rows.length > 0;
}

export type EmailChoices = { replies: boolean; following: boolean };

/**
 * The settings page's choices, kept with the member's other ones (the digest's, until the page offers
 * it). Nothing public changes: no cache tag to expire.
 */
export async function setEmailChoices(userId: string, choices: EmailChoices): Promise<{ changed: [] }> {
  await getDb()
    .insert(emailSettings)
    .values({ userId, ...choices })
    .onConflictDoUpdate({ target: emailSettings.userId, set: { ...choices, updatedAt: sql`now()` } });
  return { changed: [] };
}
