import { Link } from "@/components/link";

// The moderators' pages: per moderator, rendered per request (each page checks who is asking).
export default function ModLayout({ children }: { children: React.ReactNode }) {
  const tab =
    "rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800";
  return (
    <div className="mx-auto max-w-4xl">
      <nav
        aria-label="Moderation"
        className="mb-6 flex flex-wrap gap-2 border-b border-zinc-200 pb-3 dark:border-zinc-800"
      >
        <Link href="/mod" className={tab}>
          Flags
        </Link>
        <Link href="/mod/members" className={tab}>
          Members
        </Link>
        <Link href="/mod/log" className={tab}>
          Log
        </Link>
        <Link href="/moderation" className={tab}>
          Public log
        </Link>
      </nav>
      {children}
    </div>
  );
}
