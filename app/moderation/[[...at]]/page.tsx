import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { LogList } from "@/components/log-list";
import { cachedModLog } from "@/server/reads/moderation";
import { parseId } from "@/lib/ids";
import { pageMetadata } from "@/server/page-metadata";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export const metadata: Metadata = pageMetadata({
  title: "Moderation log",
  description: "Every moderator action on MLPaths, and why.",
  path: "/moderation",
});

// Public and cached like every public page: /moderation, then /moderation/before/<id> for older entries.
export function generateStaticParams() {
  return [{ at: [BUILD_PLACEHOLDER] }];
}

export default async function ModerationLogPage({ params }: PageProps<"/moderation/[[...at]]">) {
  const at = (await params).at;
  let before: number | undefined;
  if (at !== undefined) {
    const id = at.length === 2 && at[0] === "before" ? parseId(at[1]) : null;
    if (id === null) notFound();
    before = id;
  }
  const { entries, nextBefore } = await cachedModLog(before);
  return (
    <section aria-labelledby="log-heading" className="mx-auto max-w-3xl">
      <h1 id="log-heading" className="text-2xl font-bold tracking-tight">
        Moderation log
      </h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Everything the moderators do here is listed, with their reason, so anyone can see how the forum is run.
      </p>
      <LogList entries={entries} />
      <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
        {before !== undefined ? (
          <Link href="/moderation" className="underline underline-offset-4">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {nextBefore !== null && (
          <Link href={`/moderation/before/${nextBefore}`} rel="next" className="underline underline-offset-4">
            Older entries
          </Link>
        )}
      </nav>
    </section>
  );
}
