// Who holds a login. users.login is unique, and GitHub logins change hands (renamed accounts, reused
// names), so whoever signs in with a login owns it now: any other row holding it (a sample person, or
// a member who has since renamed on GitHub) is released first by renaming it, never the other way round.
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Adapter } from "next-auth/adapters";
import { getDb, type Database, type Transaction } from "../index";
import { previousLogins, users } from "../schema";

/** A login no GitHub account can have ("~" is not allowed in one), unique by the row's id. */
function releasedLogin(login: string, id: string): string {
  return `${login}~${id.slice(0, 8)}`;
}

/**
 * Releases `login` from every row but `exceptUserId`'s, so its GitHub owner can take it. GitHub compares
 * logins without case, so "Ada" is released for "ada" too. Returns the ids of the rows that gave it up.
 */
export async function claimLogin(login: string, exceptUserId?: string): Promise<string[]> {
  const rows = await getDb()
    .update(users)
    .set({ login: sql`${users.login} || '~' || left(${users.id}, 8)` })
    .where(
      and(
        sql`lower(${users.login}) = lower(${login})`,
        exceptUserId === undefined ? undefined : ne(users.id, exceptUserId),
      ),
    )
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}

/** The Auth.js adapter, with every new member's login claimed before their row is inserted. */
export function withLoginClaims(adapter: Adapter): Adapter {
  const createUser = adapter.createUser;
  if (!createUser) return adapter;
  return {
    ...adapter,
    async createUser(user) {
      await claimLogin(user.login);
      return createUser(user);
    },
  };
}

export type SamplePerson = { login: string; name: string; createdAt?: Date };

/**
 * Inserts the seed's people, or finds them again, by their sample key (the login the seed gave them,
 * kept even after a real member claims that login). A login a real member already holds is not taken
 * from them: the sample person gets the released form instead. Returns each person's id by that key.
 */
export async function upsertSamplePeople(
  db: Database | Transaction,
  people: SamplePerson[],
): Promise<Map<string, string>> {
  if (people.length === 0) return new Map();
  const wanted = people.map((p) => p.login);
  const held = await db
    .select({ login: users.login })
    .from(users)
    .where(and(inArray(users.login, wanted), isNull(users.sampleKey)));
  const heldByMembers = new Set(held.map((row) => row.login));
  const rows = await db
    .insert(users)
    .values(
      people.map((p) => {
        const id = crypto.randomUUID();
        const login = heldByMembers.has(p.login) ? releasedLogin(p.login, id) : p.login;
        return { id, sampleKey: p.login, login, name: p.name, image: null, createdAt: p.createdAt };
      }),
    )
    // A person seeded before keeps their row, login and name; the no-op update makes RETURNING answer.
    .onConflictDoUpdate({ target: users.sampleKey, set: { name: users.name } })
    .returning({ id: users.id, key: users.sampleKey });
  return new Map(rows.map((row) => [row.key!, row.id]));
}

/**
 * A member's login and picture as GitHub has them at sign-in. A login they leave behind is remembered,
 * so links to their old profile address still find them. Returns whether the login changed.
 */
export async function refreshMember(userId: string, login: string, image: string | null | undefined): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [before] = await tx.select({ login: users.login }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) return false;
    const renamed = before.login !== login;
    if (renamed && !before.login.includes("~")) {
      await tx
        .insert(previousLogins)
        .values({ login: before.login.toLowerCase(), userId })
        .onConflictDoUpdate({ target: previousLogins.login, set: { userId, changedAt: sql`now()` } });
    }
    await tx
      .update(users)
      .set({ login, ...(image === undefined ? {} : { image }) })
      .where(eq(users.id, userId));
    return renamed;
  });
}
