import type { Metadata } from "next";
import { Link } from "@/components/link";
import { currentUser } from "@/auth";
import { demoSignInEnabled, githubConfigured } from "@/lib/auth-config";
import { safeCallbackPath } from "@/lib/urls/safe-redirect";
import { FormAlert } from "@/components/form-alert";
import { signInWithGitHub } from "./actions";
import { SignOutButton } from "@/components/sign-out-button";

// Per reader (it reads the session), so rendered per request and allowed to block: no static shell,
// and a missing id answers 404 before anything is sent.
export const instant = false;

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email is already linked to another account.",
  AccessDenied: "Sign-in was cancelled or refused.",
  Configuration: "Sign-in is not configured correctly on this server.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  // Signed in already (a second tab, or a reader without JavaScript, whose header always offers
  // "Sign in"): this page knows who they are, so it is where they find sign-out too.
  const user = params.error ? null : await currentUser();
  if (user) return <SignedIn login={user.login} callbackUrl={callbackUrl} />;
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? "Sign-in failed. Please try again.") : null;
  const github = githubConfigured();
  const demo = demoSignInEnabled();
  return (
    <section
      aria-labelledby="sign-in-heading"
      className="mx-auto max-w-sm rounded-xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h1 id="sign-in-heading" className="text-2xl font-semibold">
        Sign in to MLPaths
      </h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Anyone can read. Sign in to start threads and reply.
      </p>
      {error && <FormAlert className="mt-4 p-3 text-sm">{error}</FormAlert>}
      {github ? (
        <form action={signInWithGitHub} className="mt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button
            type="submit"
            className="w-full rounded-md bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
          >
            Sign in with GitHub
          </button>
        </form>
      ) : (
        <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
          GitHub sign-in is not configured on this server (set <code>AUTH_GITHUB_ID</code> and{" "}
          <code>AUTH_GITHUB_SECRET</code>).
        </p>
      )}
      {demo && (
        <form
          method="post"
          action="/api/demo-sign-in"
          className="mt-6 border-t border-zinc-200 pt-6 dark:border-zinc-800"
        >
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <p className="mb-3 text-sm text-amber-800 dark:text-amber-300">
            Demo mode: this forum runs on the embedded database with no GitHub app, so you can try it as a sample
            member.
          </p>
          <button
            type="submit"
            className="w-full rounded-md border border-amber-500 px-4 py-2.5 font-medium text-amber-900 hover:bg-amber-50 dark:text-amber-200 dark:hover:bg-amber-950"
          >
            Demo sign-in as Sam Member (sample)
          </button>
        </form>
      )}
    </section>
  );
}

function SignedIn({ login, callbackUrl }: { login: string; callbackUrl: string }) {
  return (
    <section
      aria-labelledby="sign-in-heading"
      className="mx-auto max-w-sm rounded-xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h1 id="sign-in-heading" className="text-2xl font-semibold">
        You are signed in
      </h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        You are signed in as <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{login}</strong>.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Link
          href={callbackUrl}
          className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
        >
          Continue
        </Link>
        <SignOutButton className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800" />
      </div>
    </section>
  );
}
