"use client";
// The controls under a post, by who is reading (resolved in the browser; the page is the same for
// everyone): its author edits and deletes it, other members flag it, moderators open its moderation
// page. The rules are lib/permissions.ts's, and every action checks them again on the server.
import type { FormState } from "@/lib/form-state";
import { can } from "@/lib/permissions";
import { isStaff } from "@/lib/roles";
import { ActionButton } from "./action-button";
import { Link } from "./link";
import { useViewer } from "./viewer";

type Props = {
  post: { authorId: string; hidden: boolean };
  editHref: string;
  flagHref: string;
  moderateHref: string;
  deleteAction: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  what: "thread" | "reply" | "story";
};

const linkClass = "text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-300";

export function PostControls({ post, editHref, flagHref, moderateHref, deleteAction, hidden, what }: Props) {
  const state = useViewer();
  if (state.status !== "signed-in") return null;
  const viewer = state.viewer;
  const target = { authorId: post.authorId, deletedAt: null, hiddenAt: post.hidden ? new Date(0) : null };
  const mayEdit = can(viewer, { do: "edit", post: target });
  const mayFlag = !post.hidden && can(viewer, { do: "flag", post: target });
  const mayModerate = isStaff(viewer.role);
  if (!mayEdit && !mayFlag && !mayModerate) return null;
  return (
    <div className="flex items-start gap-3 text-sm">
      {mayEdit && (
        <>
          <Link href={editHref} className={linkClass}>
            Edit
          </Link>
          <ActionButton
            action={deleteAction}
            hidden={hidden}
            className="text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400"
            confirm={`Delete this ${what}?`}
            pendingText="Deleting…"
          >
            Delete
          </ActionButton>
        </>
      )}
      {mayFlag && (
        <Link href={flagHref} className={linkClass}>
          Flag
        </Link>
      )}
      {mayModerate && (
        <Link href={moderateHref} className={linkClass}>
          Moderate
        </Link>
      )}
    </div>
  );
}
