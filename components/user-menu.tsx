"use client";
import { Link } from "./link";
import { usePathname } from "next/navigation";
import { Avatar } from "./avatar";
import { isStaff } from "@/lib/roles";
import { useViewer } from "./viewer";
import { SignOutButton } from "./sign-out-button";
import { NotificationBadge } from "./notification-badge";

/**
 * The header's sign-in link is in the server's HTML for everyone, so it works without JavaScript;
 * once the browser knows the reader is signed in, it becomes their name and a sign-out button.
 */
export function UserMenu() {
  const state = useViewer();
  const pathname = usePathname();
  if (state.status === "signed-in") {
    const { viewer } = state;
    const staff = isStaff(viewer.role);
    return (
      <div className="flex items-center gap-3">
        {staff && (
          <Link
            href="/mod"
            className="whitespace-nowrap text-sm font-medium text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
          >
            {/* Short on a phone, where the header has no room to spare. */}
            <span className="sm:hidden">Mod</span>
            <span className="hidden sm:inline">Moderation</span>
          </Link>
        )}
        <NotificationBadge />
        <span className={`${staff ? "hidden sm:flex" : "flex"} items-center gap-2 text-sm`}>
          <Avatar login={viewer.login} image={viewer.image} size={28} />
          <span className="hidden sm:inline" data-testid="signed-in-as">
            {viewer.login}
          </span>
        </span>
        <SignOutButton className="whitespace-nowrap text-sm text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-300" />
      </div>
    );
  }
  if (state.status === "unavailable") {
    return (
      <span role="status" className="text-sm text-amber-800 dark:text-amber-300">
        Sign-in is unavailable right now
      </span>
    );
  }
  return (
    <Link
      href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}
      className="shrink-0 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
    >
      Sign in
    </Link>
  );
}
