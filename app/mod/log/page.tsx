import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { logEntries } from "@/db/queries/moderation";
import { parseId } from "@/lib/ids";
import { requireStaff } from "@/server/staff";
import { LogList } from "@/components/log-list";

export const instant = false;
export const metadata: Metadata = { title: "Moderation log (with notes)", robots: { index: false } };

/** The full log, private notes included: /mod/log, then ?before=<id>. */
export default async function ModLogPage({ searchParams }: PageProps<"/mod/log">) {
  const raw = (await searchParams).before;
  await requireStaff("/mod/log");
  const before = raw === undefined ? undefined : parseId(raw);
  if (before === null) notFound();
  const { entries, nextBefore } = await logEntries({ before, withNotes: true });
  return (
    <section aria-labelledby="log-heading">
      <h1 id="log-heading" className="text-2xl font-bold tracking-tight">
        Moderation log
      </h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        With the moderators&apos; private notes. The public log at /moderation leaves them out.
      </p>
      <LogList entries={entries} />
      <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
        {before !== undefined ? (
          <Link href="/mod/log" className="underline underline-offset-4">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {nextBefore !== null && (
          <Link href={`/mod/log?before=${nextBefore}`} rel="next" className="underline underline-offset-4">
            Older entries
          </Link>
        )}
      </nav>
    </section>
  );
}
