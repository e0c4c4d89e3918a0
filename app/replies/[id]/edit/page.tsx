import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { ReplyEditForm } from "@/components/reply-edit-form";
import { getReplyForEdit } from "@/db/queries/threads";
import { canEdit } from "@/lib/permissions";
import { threadPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { parseId } from "@/lib/validation";
import { deleteReplyAction, updateReplyAction } from "../../actions";

export const metadata: Metadata = { title: "Edit reply" };

export default async function EditReplyPage({ params }: PageProps<"/replies/[id]/edit">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const reply = await getReplyForEdit(id);
  if (!reply || reply.deletedAt) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/replies/${id}/edit`));
  const back = threadPath({ id: reply.threadId, title: reply.threadTitle });
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="text-2xl font-bold tracking-tight">Edit reply</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        In <Link href={back} className="underline">{reply.threadTitle}</Link>
      </p>
      {canEdit(user, reply) ? (
        <>
          <ReplyEditForm action={updateReplyAction} replyId={reply.id} body={reply.body} />
          <form action={deleteReplyAction} className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <input type="hidden" name="replyId" value={reply.id} />
            <input type="hidden" name="returnTo" value={`${back}?before=${reply.id + 1}`} />
            <button type="submit" className="text-sm font-medium text-red-700 underline-offset-4 hover:underline dark:text-red-400">
              Delete this reply
            </button>
          </form>
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          You can only edit your own replies.
        </p>
      )}
    </section>
  );
}
