"use client";
// The header's way to /notifications, with the unread count from the per-reader request.
import { Link } from "./link";
import { useReaderState } from "./viewer";
import { UNREAD_NOTIFICATIONS_CAP } from "@/lib/reader-scope";

export function NotificationBadge() {
  const unread = useReaderState()?.unreadNotifications ?? 0;
  const shown = unread >= UNREAD_NOTIFICATIONS_CAP ? `${UNREAD_NOTIFICATIONS_CAP - 1}+` : String(unread);
  const label = unread === 0 ? "Notifications" : `Notifications, ${shown} unread`;
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-badge"
      className="relative inline-flex h-8 w-8 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-5 text-white"
        >
          {shown}
        </span>
      )}
    </Link>
  );
}
