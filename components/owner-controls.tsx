"use client";
import type { FormState } from "@/lib/form-state";
import { DeleteForm } from "./delete-form";
import { Link } from "./link";
import { useViewer } from "./viewer";

type Props = {
  authorId: string;
  editHref: string;
  deleteAction: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  what: "thread" | "reply" | "story";
};

/** Edit and delete for the viewer's own post. Shown in the browser only; every action checks again. */
export function OwnerControls({ authorId, editHref, deleteAction, hidden, what }: Props) {
  const state = useViewer();
  if (state.status !== "signed-in" || state.viewer.id !== authorId) return null;
  return (
    <div className="flex items-start gap-3 text-sm">
      <Link href={editHref} className="text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-300">
        Edit
      </Link>
      <DeleteForm
        action={deleteAction}
        hidden={hidden}
        what={what}
        label="Delete"
        className="text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400"
      />
    </div>
  );
}
