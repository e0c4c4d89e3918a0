import type { Metadata } from "next";
import { Link } from "@/components/link";
import { memberByLogin, staffAndSuspended } from "@/db/queries/moderation";
import { can, isSuspended } from "@/lib/permissions";
import { requireStaff } from "@/server/staff";
import { LiftSuspensionForm, RoleForm, SuspendForm } from "../member-forms";
import { formatUtc } from "@/lib/format";

export const instant = false;
export const metadata: Metadata = { title: "Members", robots: { index: false } };

/** Moderators and suspended members; find anyone by login to suspend them or (admins) change their role. */
export default async function MembersPage({ searchParams }: PageProps<"/mod/members">) {
  const raw = (await searchParams).login;
  const viewer = await requireStaff("/mod/members");
  const login = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  const [{ staff, suspended }, found] = await Promise.all([staffAndSuspended(), login ? memberByLogin(login) : null]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="find-heading">
        <h1 id="find-heading" className="text-2xl font-bold tracking-tight">
          Members
        </h1>
        <form action="/mod/members" method="get" className="mt-4 flex flex-wrap items-end gap-2" role="search">
          <div>
            <label htmlFor="find-login" className="block text-sm font-medium">
              GitHub login
            </label>
            <input
              id="find-login"
              name="login"
              defaultValue={login}
              required
              className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
          >
            Find
          </button>
        </form>
        {login && !found && (
          <p role="status" className="mt-3 text-sm">
            No member has the login “{login}”.
          </p>
        )}
        {found && (
          <div className="card mt-4 space-y-4">
            <p>
              <span className="font-semibold">{found.login}</span> ({found.role}), joined {formatUtc(found.createdAt)}
              {isSuspended(found) && <>, suspended until {formatUtc(found.suspendedUntil!)}</>}
            </p>
            {can(viewer, { do: "suspend", member: found }) &&
              (isSuspended(found) ? <LiftSuspensionForm member={found} /> : <SuspendForm member={found} />)}
            {can(viewer, { do: "set-role", member: found }) && (
              <RoleForm member={found} moderator={found.role === "moderator"} />
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="text-lg font-semibold">
          Moderators and admins
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Admins are the GitHub logins in ADMIN_GITHUB_LOGINS; admins make moderators.
        </p>
        <ul className="mt-3 space-y-2">
          {staff.map((m) => (
            <li key={m.id} className="text-sm">
              <Link
                href={`/mod/members?login=${encodeURIComponent(m.login)}`}
                className="font-medium underline-offset-4 hover:underline"
              >
                {m.login}
              </Link>{" "}
              · {m.role}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="suspended-heading">
        <h2 id="suspended-heading" className="text-lg font-semibold">
          Suspended members
        </h2>
        {suspended.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No one is suspended.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {suspended.map((m) => (
              <li key={m.id} className="text-sm">
                <Link
                  href={`/mod/members?login=${encodeURIComponent(m.login)}`}
                  className="font-medium underline-offset-4 hover:underline"
                >
                  {m.login}
                </Link>{" "}
                until {formatUtc(m.suspendedUntil!)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
