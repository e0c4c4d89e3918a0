import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import type { AdapterUser } from "next-auth/adapters";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "./index";
import { createSampleMemberSession } from "./mutations/demo-session";
import { claimLogin, upsertSamplePeople, withLoginClaims } from "./mutations/logins";
import { createThread } from "./mutations/threads";
import { getThread } from "./queries/threads";
import { accounts, sessions, users, verificationTokens } from "./schema";
import { useFreshDatabase } from "./test/database";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

// The adapter exactly as auth.ts builds it: what Auth.js calls when a new GitHub account signs in.
function adapter() {
  return withLoginClaims(
    DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
  );
}

/** What Auth.js hands createUser after the GitHub profile callback. */
function gitHubMember(login: string): AdapterUser {
  const id = crypto.randomUUID();
  return { id, login, name: login, email: `${id}@example.test`, emailVerified: null, image: null, role: "member" };
}

async function userRow(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row;
}

async function sessionOwner(sessionToken: string) {
  const [row] = await getDb()
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(eq(sessions.sessionToken, sessionToken));
  return row.userId;
}

describe("a GitHub login belongs to whoever signs in with it", () => {
  it("a real member signs up with the demo member's login; the sample member keeps its posts and the demo sign-in", async () => {
    const demo = await createSampleMemberSession();
    const sampleId = await sessionOwner(demo.sessionToken);
    const { id: threadId } = await createThread(sampleId, {
      title: "Posted by the sample member",
      body: "Sample text.",
    });

    const real = await adapter().createUser!(gitHubMember("sample-member"));
    expect(real.login).toBe("sample-member");
    expect((await userRow(real.id)).isSample).toBe(false);

    const sample = await userRow(sampleId);
    expect(sample.login).toMatch(/^sample-member~[0-9a-f]{8}$/);
    expect(sample.isSample).toBe(true);
    expect((await getThread(threadId))?.author).toMatchObject({ id: sampleId, isSample: true });

    // The demo still signs in as the sample member, never as the real member who now owns the login.
    const again = await createSampleMemberSession();
    expect(await sessionOwner(again.sessionToken)).toBe(sampleId);
    expect((await userRow(real.id)).login).toBe("sample-member");
  });

  it("a login GitHub has handed to a new account is released by the member who held it, whatever its case", async () => {
    const before = await adapter().createUser!(gitHubMember("octo"));
    const after = await adapter().createUser!(gitHubMember("Octo"));
    expect(after.login).toBe("Octo");
    expect((await userRow(before.id)).login).toBe(`octo~${before.id.slice(0, 8)}`);
  });

  it("a returning member takes their new login from whoever holds it, and keeps it on every later sign-in", async () => {
    const ada = await adapter().createUser!(gitHubMember("ada"));
    const grace = await adapter().createUser!(gitHubMember("grace"));
    // Grace renamed herself "ada" on GitHub after Ada left it: her next sign-in claims it, then updates her row.
    expect(await claimLogin("ada", grace.id)).toHaveLength(1);
    await getDb().update(users).set({ login: "ada" }).where(eq(users.id, grace.id));
    expect((await userRow(ada.id)).login).toBe(`ada~${ada.id.slice(0, 8)}`);
    expect(await claimLogin("ada", grace.id)).toEqual([]);
    expect((await userRow(grace.id)).login).toBe("ada");
  });

  it("sample people never take a login a real member holds, and are found again by their key", async () => {
    const lena = await adapter().createUser!(gitHubMember("sample-lena"));
    const first = await upsertSamplePeople(getDb(), [{ login: "sample-lena", name: "Lena K. (sample)" }]);
    const sampleId = first.get("sample-lena")!;
    expect(sampleId).not.toBe(lena.id);
    expect(await userRow(lena.id)).toMatchObject({ login: "sample-lena", name: "sample-lena", isSample: false });
    expect(await userRow(sampleId)).toMatchObject({ login: `sample-lena~${sampleId.slice(0, 8)}`, isSample: true });
    const second = await upsertSamplePeople(getDb(), [{ login: "sample-lena", name: "Renamed (sample)" }]);
    expect(second.get("sample-lena")).toBe(sampleId);
    expect((await userRow(sampleId)).name).toBe("Lena K. (sample)");
  });
});
