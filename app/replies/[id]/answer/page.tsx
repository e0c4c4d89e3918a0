import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/action-button";
import { Link } from "@/components/link";
import { markAnswerAction } from "@/app/threads/actions";
import { cachedReplyForEdit } from "@/server/reads/threads";
import { parseId } from "@/lib/ids";
import { replyPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export const metadata: Metadata = { title: "The answer that helped", robots: { index: false } };

// The answer mark without JavaScript: each reply of a discussion links here (in <noscript>), as the
// buttons on the thread page need the browser to know who is reading. Cached per reply like its edit
// page (a mark expires the thread's tag, which this page carries); the action checks who may.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

const button =
  "rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:cursor-wait disabled:opacity-60";

export default async function ReplyAnswerPage({ params }: PageProps<"/replies/[id]/answer">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const reply = await cachedReplyForEdit(id);
  if (!reply || reply.deletedAt || reply.threadKind !== "discussion") notFound();
  const back = replyPath({
    id: reply.id,
    thread: { id: reply.threadId, title: reply.threadTitle, kind: reply.threadKind },
  });
  return (
    <section aria-labelledby="answer-heading" className="mx-auto max-w-3xl">
      <h1 id="answer-heading" className="text-2xl font-bold tracking-tight">
        The answer that helped
      </h1>
      <p className="mb-4 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={back} className="underline">
          A reply
        </Link>{" "}
        in {reply.threadTitle || "a hidden thread"}. The thread&apos;s author (or a moderator) marks the reply that
        answered it; it is shown under the opening post.
      </p>
      {reply.hiddenAt || reply.threadTitle === "" ? (
        <p className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">The moderators have hidden this post.</p>
      ) : (
        <>
          <blockquote className="mb-6 line-clamp-4 whitespace-pre-line border-l-4 border-zinc-300 pl-3 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
            {reply.body}
          </blockquote>
          <p className="mb-3 font-medium">
            {reply.isAnswer ? "This reply is marked as the answer." : "This reply is not marked as the answer."}
          </p>
          <ActionButton
            action={markAnswerAction}
            hidden={{ threadId: reply.threadId, replyId: reply.isAnswer ? "" : reply.id }}
            pendingText="Saving…"
            className={button}
          >
            {reply.isAnswer ? "Unmark the answer" : "Mark as the answer"}
          </ActionButton>
        </>
      )}
    </section>
  );
}
