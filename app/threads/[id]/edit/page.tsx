import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { ThreadForm } from "@/components/thread-form";
import { getThread } from "@/db/queries/threads";
import { canEdit } from "@/lib/permissions";
import { threadPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { parseId } from "@/lib/validation";
import { deleteThreadAction, updateThreadAction } from "../../actions";

export const metadata: Metadata = { title: "Edit thread" };

export default async function EditThreadPage({ params }: PageProps<"/threads/[id]/edit">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const thread = await getThread(id);
  if (!thread) notFound();
  if (thread.kind === "story") redirect(`/stories/${id}/edit`);
  const user = await currentUser();
  if (!user) redirect(signInPath(`/threads/${id}/edit`));
  const allowed = canEdit(user, { authorId: thread.author.id, deletedAt: null });
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="mb-6 text-2xl font-bold tracking-tight">Edit thread</h1>
      {allowed ? (
        <>
          <ThreadForm action={updateThreadAction} initial={thread} threadId={thread.id} submitLabel="Save changes" />
          <form action={deleteThreadAction} className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <input type="hidden" name="threadId" value={thread.id} />
            <button type="submit" className="text-sm font-medium text-red-700 underline-offset-4 hover:underline dark:text-red-400">
              Delete this thread
            </button>
          </form>
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          You can only edit your own threads. <Link href={threadPath(thread)} className="underline">Back to the thread</Link>
        </p>
      )}
    </section>
  );
}
