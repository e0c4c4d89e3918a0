"use client";
import { Link } from "./link";
import { SubmitButton } from "./submit-button";
import { useViewer } from "./viewer";

type Props = {
  authorId: string;
  editHref: string;
  deleteAction: (formData: FormData) => Promise<void>;
  hidden: Record<string, string | number>;
  what: "thread" | "reply" | "story";
};

/** Edit and delete for the viewer's own post. Shown in the browser only; every action checks again. */
export function OwnerControls({ authorId, editHref, deleteAction, hidden, what }: Props) {
  const state = useViewer();
  if (state.status !== "signed-in" || state.viewer.id !== authorId) return null;
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href={editHref} className="text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-300">
        Edit
      </Link>
      <form
        action={deleteAction}
        onSubmit={(event) => {
          if (!window.confirm(`Delete this ${what}?`)) event.preventDefault();
        }}
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SubmitButton pendingText="Deleting…" className="text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400">
          Delete
        </SubmitButton>
      </form>
    </div>
  );
}
