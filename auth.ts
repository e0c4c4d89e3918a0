// Auth.js: GitHub sign-in (github.com, or a GitHub Enterprise Server at GITHUB_BASE_URL), database
// sessions through the Drizzle adapter. Configured lazily so nothing touches the database at import.
import { revalidateTag } from "next/cache";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";
import GitHub from "next-auth/providers/github";
import { cache } from "react";
import { getDb } from "@/db";
import { claimLogin, refreshMember, withLoginClaims } from "@/db/mutations/logins";
import { tags } from "@/lib/cache-tags";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { syncAdminRole } from "@/db/mutations/moderation";
import { adminLogins, githubBaseUrl } from "@/lib/auth-config";
import { browserViewer } from "@/lib/browser-viewer";
import type { Role } from "@/lib/roles";
import { DatabaseUnavailableError, failingLoudly, isDatabaseUnavailable, reportingFailures } from "@/lib/db-errors";
import { databaseFailed } from "@/db/availability";
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";
import { requestLog } from "@/server/request-log";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/session-lifetime";

export const {
  handlers,
  auth: authUncached,
  signIn,
  signOut,
} = NextAuth(() => {
  const db = getDb();
  const enterpriseBase = githubBaseUrl();
  return {
    // A new member's GitHub login is claimed (released from any other row) before their row goes in.
    adapter: withOutagesReported(
      withLoginClaims(
        DrizzleAdapter(db, {
          usersTable: users,
          accountsTable: accounts,
          sessionsTable: sessions,
          verificationTokensTable: verificationTokens,
        }),
      ),
    ),
    // Auth.js's defaults, named because the per-reader request reads sessions too (db/queries/reader.ts).
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    // Self-hosted behind whatever host the reader uses; AUTH_URL pins it where that matters.
    trustHost: true,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      GitHub({
        ...(enterpriseBase ? { enterprise: { baseUrl: enterpriseBase } } : {}),
        profile(profile) {
          return {
            id: String(profile.id),
            name: profile.name ?? profile.login,
            email: profile.email,
            image: profile.avatar_url,
            login: profile.login,
          };
        },
      }),
    ],
    callbacks: {
      // What /api/auth/session sends to the browser.
      session({ session, user }) {
        return { expires: session.expires, user: browserViewer(user) };
      },
    },
    // Auth.js's own errors (a failed callback, an adapter error) as log lines like the app's: its
    // default logger prints them with whatever they carry. An unreachable database is logged once.
    logger: {
      error(error) {
        if (isDatabaseUnavailable(error)) databaseFailed(error);
        else log.error({ event: EVENTS.error, source: "auth", err: error }, error.message);
      },
      warn(code) {
        log.warn({ source: "auth", code }, code);
      },
      debug() {},
    },
    events: {
      // GitHub logins and avatars can change; keep the forum's copy current at each sign-in.
      async signIn({ user, profile, isNewUser }) {
        if (user.id) {
          const kind = "member.sign-in";
          (await requestLog()).info(
            { event: EVENTS.write, kind, userId: user.id, ids: [tags.member(user.id)], newMember: isNewUser === true },
            kind,
          );
        }
        if (!user.id || !profile || typeof profile.login !== "string") return;
        // Whoever signs in with a login owns it now; another row holding it gives it up first.
        const released = await claimLogin(profile.login, user.id);
        await refreshMember(
          user.id,
          profile.login,
          typeof profile.avatar_url === "string" ? profile.avatar_url : user.image,
        );
        await syncAdminRole(user.id, profile.login, adminLogins());
        // Pages showing these members' names are stale now (not a Server Action: no updateTag here).
        for (const id of [user.id, ...released]) revalidateTag(tags.member(id), { expire: 0 });
        // A profile address cached as "no such member" before this member arrived.
        revalidateTag(tags.login(profile.login), { expire: 0 });
      },
      async signOut(message) {
        // Only the member's id: the session object also holds its token.
        const userId = "session" in message ? message.session?.userId : undefined;
        const kind = "member.sign-out";
        (await requestLog()).info({ event: EVENTS.write, kind, userId }, kind);
      },
    },
  };
});

/**
 * Auth.js answers "no session" when the session lookup fails; reporting the failure lets a request
 * that is watching (currentUser, the session endpoint) say "unavailable" instead of "signed out".
 */
function withOutagesReported(adapter: Adapter): Adapter {
  const lookUp = adapter.getSessionAndUser;
  return lookUp ? { ...adapter, getSessionAndUser: reportingFailures(lookUp) } : adapter;
}

export type CurrentUser = { id: string; login: string; name: string; role: Role; suspendedUntil: Date | null };

/**
 * The signed-in member for this request (deduplicated within a render), or null. Throws
 * DatabaseUnavailableError when the session cannot be looked up: that is not "signed out".
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await failingLoudly(() => authUncached());
  const user = session?.user;
  if (!user?.id) return null;
  const suspendedUntil = user.suspendedUntil ? new Date(user.suspendedUntil) : null;
  return { id: user.id, login: user.login, name: user.name ?? user.login, role: user.role ?? "member", suspendedUntil };
});

/** The session endpoint, answering 503 rather than "signed out" when the database is unreachable. */
export async function sessionResponse(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await failingLoudly(handle);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    databaseFailed(error.cause);
    return Response.json(
      { error: "unavailable" },
      { status: 503, headers: { "retry-after": "30", "cache-control": "no-store" } },
    );
  }
}
