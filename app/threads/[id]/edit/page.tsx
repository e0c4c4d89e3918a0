import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AuthorOnly } from "@/components/author-only";
import { HiddenNotice } from "@/components/hidden-notice";
import { ActionButton } from "@/components/action-button";
import { Link } from "@/components/link";
import { ThreadForm } from "@/components/thread-form";
import { categoryById } from "@/lib/categories";
import { tagsText } from "@/lib/tags";
import { cachedThread } from "@/server/reads/threads";
import { parseId } from "@/lib/ids";
import { threadPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { FormAlert } from "@/components/form-alert";
import { deleteThreadAction, updateThreadAction } from "../../actions";

export const metadata: Metadata = { title: "Edit thread" };

// Cached per thread like its page (what it shows is public): a plain form post without JavaScript
// then gets its refusal back in the page, and an unknown id is a 404 from the first request.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export default async function EditThreadPage({ params }: PageProps<"/threads/[id]/edit">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const thread = await cachedThread(id);
  if (!thread) notFound();
  if (thread.kind === "story") permanentRedirect(`/stories/${id}/edit`);
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="mb-6 text-2xl font-bold tracking-tight">
        Edit thread
      </h1>
      {thread.hiddenAt ? (
        <HiddenNotice back={threadPath(thread)} />
      ) : (
        <AuthorOnly
          here={`/threads/${id}/edit`}
          authorId={thread.author.id}
          refusal={
            <FormAlert className="p-3">
              You can only edit your own threads.{" "}
              <Link href={threadPath(thread)} className="underline">
                Back to the thread
              </Link>
            </FormAlert>
          }
        >
          <ThreadForm
            action={updateThreadAction}
            initial={{
              title: thread.title,
              body: thread.body,
              category: categoryById(thread.categoryId).slug,
              tags: tagsText(thread.tags),
            }}
            threadId={thread.id}
            submitLabel="Save changes"
          />
          <div className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <ActionButton
              action={deleteThreadAction}
              hidden={{ threadId: thread.id }}
              className="text-sm font-medium text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400"
              confirm="Delete this thread?"
              pendingText="Deleting…"
            >
              Delete this thread
            </ActionButton>
          </div>
        </AuthorOnly>
      )}
    </section>
  );
}
