// Moderation log entries, for the public log (no notes) and the moderators' (with them).
import { Link } from "./link";
import type { LogEntry } from "@/db/queries/moderation";
import { postPath } from "@/lib/urls/paths";
import { formatUtc } from "@/lib/format";

const ACTIONS: Record<string, string> = {
  hide: "hid",
  restore: "restored",
  "auto-hide": "hid (flagged by several members)",
  "dismiss-flags": "dismissed the flags on",
  lock: "locked",
  unlock: "unlocked",
  pin: "pinned",
  unpin: "unpinned",
  move: "moved",
  suspend: "suspended",
  unsuspend: "lifted the suspension of",
  "grant-moderator": "made a moderator:",
  "revoke-moderator": "removed as moderator:",
};

function what(entry: LogEntry) {
  if (entry.member) return <span className="font-medium">{entry.member}</span>;
  if (entry.threadId === null || entry.kind === null) return <span>a post that was since deleted</span>;
  if (entry.title === null)
    return <span>{entry.replyId === null ? "a hidden thread" : "a reply in a hidden thread"}</span>;
  const place = { thread: { id: entry.threadId, title: entry.title, kind: entry.kind }, replyId: entry.replyId };
  return (
    <>
      {entry.replyId === null ? (entry.kind === "story" ? "the story " : "the thread ") : "a reply in "}
      <Link href={postPath(place)} className="underline underline-offset-4">
        {entry.title}
      </Link>
    </>
  );
}

export function LogList({ entries }: { entries: LogEntry[] }) {
  if (entries.length === 0)
    return (
      <p className="mt-6 rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
        Nothing here yet.
      </p>
    );
  return (
    <ol className="mt-6 divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {entries.map((entry) => (
        <li key={entry.id} className="px-4 py-3 text-sm">
          <p>
            <time dateTime={entry.createdAt.toISOString()} className="text-zinc-500 dark:text-zinc-400">
              {formatUtc(entry.createdAt)}
            </time>{" "}
            <span className="font-medium">
              {entry.actor ?? (entry.action === "auto-hide" ? "MLPaths" : "A former moderator")}
            </span>{" "}
            {ACTIONS[entry.action] ?? entry.action} {what(entry)}
          </p>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">Reason: {entry.reason}</p>
          {entry.note && <p className="mt-1 text-zinc-600 italic dark:text-zinc-400">Note: {entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
