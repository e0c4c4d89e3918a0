import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlagForm } from "@/components/flag-form";
import { Link } from "@/components/link";
import { flagPostAction } from "@/app/mod/actions";
import { cachedReplyForEdit } from "@/server/reads/threads";
import { parseId } from "@/lib/ids";
import { replyPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export const metadata: Metadata = { title: "Flag a reply", robots: { index: false } };

// Cached per reply, like its edit page.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export default async function FlagReplyPage({ params }: PageProps<"/replies/[id]/flag">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const reply = await cachedReplyForEdit(id);
  if (!reply || reply.deletedAt) notFound();
  const back = replyPath({
    id: reply.id,
    thread: { id: reply.threadId, title: reply.threadTitle, kind: reply.threadKind },
  });
  return (
    <section aria-labelledby="flag-heading">
      <h1 id="flag-heading" className="text-2xl font-bold tracking-tight">
        Flag this reply
      </h1>
      <p className="mb-4 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={back} className="underline">
          A reply
        </Link>{" "}
        in {reply.threadTitle}. Flags go to the moderators, who decide what to do.
      </p>
      {reply.hiddenAt ? (
        <p className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">The moderators have already hidden this reply.</p>
      ) : (
        <>
          <blockquote className="mb-6 line-clamp-4 whitespace-pre-line border-l-4 border-zinc-300 pl-3 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
            {reply.body}
          </blockquote>
          <FlagForm
            action={flagPostAction}
            target={{ name: "replyId", value: reply.id }}
            authorId={reply.authorId}
            here={`/replies/${id}/flag`}
          />
        </>
      )}
    </section>
  );
}
