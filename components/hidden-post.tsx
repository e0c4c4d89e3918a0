"use client";
// In place of a post the moderators hid. Everyone sees that it was hidden; its author (and the
// moderators) also see why, as the public moderation log says. The text itself is not in the page.
import { isStaff } from "@/lib/roles";
import { Link } from "./link";
import { useViewer } from "./viewer";

export function HiddenPost({
  authorId,
  reason,
  what,
}: {
  authorId: string;
  reason: string | null;
  what: "thread" | "reply" | "story";
}) {
  const state = useViewer();
  const told = state.status === "signed-in" && (state.viewer.id === authorId || isStaff(state.viewer.role));
  return (
    <div className="rounded-md bg-zinc-100 p-3 text-sm text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
      <p className="italic">This {what} was hidden by the moderators.</p>
      {told && reason && (
        <p className="mt-1">
          <span className="font-medium">Reason:</span> {reason}{" "}
          <Link href="/moderation" className="underline underline-offset-4">
            Moderation log
          </Link>
        </p>
      )}
    </div>
  );
}
