import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlagForm } from "@/components/flag-form";
import { Link } from "@/components/link";
import { flagPostAction } from "@/app/mod/actions";
import { cachedThread } from "@/server/reads/threads";
import { parseId } from "@/lib/ids";
import { threadPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export const metadata: Metadata = { title: "Flag a post", robots: { index: false } };

// Cached per thread like its page: what it shows is public; who is reading is resolved in the browser.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export default async function FlagThreadPage({ params }: PageProps<"/threads/[id]/flag">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const thread = await cachedThread(id);
  if (!thread) notFound();
  return (
    <section aria-labelledby="flag-heading">
      <h1 id="flag-heading" className="text-2xl font-bold tracking-tight">
        Flag this {thread.kind === "story" ? "story" : "thread"}
      </h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={threadPath(thread)} className="underline">
          {thread.hiddenAt ? "Hidden post" : thread.title}
        </Link>{" "}
        by {thread.author.login}. Flags go to the moderators, who decide what to do.
      </p>
      {thread.hiddenAt ? (
        <p className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">The moderators have already hidden this post.</p>
      ) : (
        <FlagForm
          action={flagPostAction}
          target={{ name: "threadId", value: thread.id }}
          authorId={thread.author.id}
          here={`/threads/${id}/flag`}
        />
      )}
    </section>
  );
}
