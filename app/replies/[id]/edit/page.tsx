import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorOnly } from "@/components/author-only";
import { HiddenNotice } from "@/components/hidden-notice";
import { ActionButton } from "@/components/action-button";
import { Link } from "@/components/link";
import { ReplyEditForm } from "@/components/reply-edit-form";
import { cachedReplyForEdit } from "@/server/reads/threads";
import { parseId } from "@/lib/ids";
import { threadPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { FormAlert } from "@/components/form-alert";
import { deleteReplyAction, updateReplyAction } from "../../actions";

export const metadata: Metadata = { title: "Edit reply" };

// Cached per reply, like the thread it belongs to (see app/threads/[id]/edit/page.tsx).
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export default async function EditReplyPage({ params }: PageProps<"/replies/[id]/edit">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const reply = await cachedReplyForEdit(id);
  if (!reply || reply.deletedAt) notFound();
  const back = threadPath({ id: reply.threadId, title: reply.threadTitle });
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="text-2xl font-bold tracking-tight">
        Edit reply
      </h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        In{" "}
        <Link href={back} className="underline">
          {reply.threadTitle}
        </Link>
      </p>
      {reply.hiddenAt ? (
        <HiddenNotice back={back} />
      ) : (
        <AuthorOnly
          here={`/replies/${id}/edit`}
          authorId={reply.authorId}
          refusal={<FormAlert className="p-3">You can only edit your own replies.</FormAlert>}
        >
          <ReplyEditForm action={updateReplyAction} replyId={reply.id} body={reply.body} />
          <div className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <ActionButton
              action={deleteReplyAction}
              hidden={{ replyId: reply.id, returnTo: `${back}?before=${reply.id + 1}` }}
              className="text-sm font-medium text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400"
              confirm="Delete this reply?"
              pendingText="Deleting…"
            >
              Delete this reply
            </ActionButton>
          </div>
        </AuthorOnly>
      )}
    </section>
  );
}
