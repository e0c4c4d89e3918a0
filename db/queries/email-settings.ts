// A member's email choices and address, as the settings page (/settings/email) and the worker read them.
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../index";
import { emailSettings, users } from "../schema";

/** A member's choices, the defaults where they made none. */
export async function emailChoices(userId: string) {
  const [row] = await getDb()
    .select({ replies: emailSettings.replies, following: emailSettings.following, digest: emailSettings.digest })
    .from(emailSettings)
    .where(sql`${emailSettings.userId} = ${userId}`);
  return row ?? { replies: true, following: false, digest: false };
}

/** The member's address as the settings page shows it: enough to recognise, not to copy ("a•••@example.org"). */
export async function maskedAddress(userId: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ email: users.email })
    .from(users)
    .where(sql`${users.id} = ${userId}`);
  const email = row?.email;
  if (!email) return null;
  const at = email.lastIndexOf("@");
  return `${email.slice(0, Math.min(1, at))}•••${email.slice(at)}`;
}
