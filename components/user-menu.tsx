"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSession } from "next-auth/react";
import { Avatar } from "./avatar";

export function UserMenu() {
  const { data: session, status } = useSession();
  const pathname = usePathname();
  if (status === "loading") return <span className="h-8 w-20" aria-hidden="true" />;
  if (!session?.user) {
    return (
      <Link
        href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}
        className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3">
      <span className="flex items-center gap-2 text-sm">
        <Avatar login={session.user.login} image={session.user.image ?? null} size={28} />
        <span className="hidden sm:inline" data-testid="signed-in-as">
          {session.user.login}
        </span>
      </span>
      <form method="post" action="/api/sign-out">
        <button type="submit" className="text-sm text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-300">
          Sign out
        </button>
      </form>
    </div>
  );
}
