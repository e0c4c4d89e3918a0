// The demo sign-in's session: a real Auth.js database session row for the sample member, so every
// page and action treats it exactly like a GitHub sign-in.
import { randomBytes } from "node:crypto";
import { getDb } from "../index";
import { sessions } from "../schema";
import { upsertSamplePeople } from "./logins";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session-lifetime";

export const SAMPLE_MEMBER = { login: "sample-member", name: "Sam Member (sample)" };

export async function createSampleMemberSession(): Promise<{
  sessionToken: string;
  expires: Date;
  userId: string;
}> {
  const db = getDb();
  // Found by its sample key, never by login: a real GitHub member may own "sample-member" by now,
  // and the demo must never sign anyone in as them.
  const ids = await upsertSamplePeople(db, [SAMPLE_MEMBER]);
  const userId = ids.get(SAMPLE_MEMBER.login)!;
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.insert(sessions).values({ sessionToken, userId, expires });
  return { sessionToken, expires, userId };
}
