import { Link } from "@/components/link";
import { ThreadList } from "@/components/thread-list";
import { RecentStories } from "@/components/recent-stories";
import { notFound } from "next/navigation";
import { cachedRecentStories } from "@/server/reads/stories";
import { cachedThreadList } from "@/server/reads/threads";
import { FilterTabs, ListPager, SortTabs } from "@/components/sort-tabs";
import { listQuery, parseThreadFilter } from "@/lib/urls/thread-filters";
import { decodeThreadCursor, parseThreadSort } from "@/lib/urls/thread-sorts";
import { BUILD_PLACEHOLDER, homeQuery, readView } from "@/lib/urls/views";
import { pageMetadata } from "@/server/page-metadata";

// One canonical address for every order and page of the list, as for the story list.
export const metadata = {
  ...pageMetadata({
    title: "MLPaths",
    description:
      "Getting into machine learning without a master's or a PhD: ask, answer, compare notes, and read the paths of those who made the move.",
    path: "/",
  }),
  // The site's name alone, not "MLPaths · MLPaths" (app/layout.tsx's template).
  title: { absolute: "MLPaths" },
};

// The home page, `/`, `/?sort=new` and `/?after=<cursor>` (mapped here by next.config.mjs and proxy.ts): cached whole.
export function generateStaticParams() {
  return [{ view: BUILD_PLACEHOLDER }];
}

export default async function HomePage({ params }: PageProps<"/home/[view]">) {
  const query = readView((await params).view, homeQuery);
  if (!query) notFound();
  const sort = parseThreadSort(query.get("sort"));
  const cursor = decodeThreadCursor(query.get("after"), sort);
  const filter = parseThreadFilter(query.get("filter"));
  const [{ threads, pinned, nextCursor }, stories] = await Promise.all([
    cachedThreadList(cursor, sort, filter),
    cachedRecentStories(),
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div>
        <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Discussions</h1>
            <p className="mt-1 text-zinc-600 dark:text-zinc-400">
              Getting into machine learning without a master&apos;s or a PhD: ask, answer, compare notes.{" "}
              <Link href="/c" className="text-sm underline underline-offset-4">
                Browse by category
              </Link>
            </p>
          </div>
          <Link
            href="/threads/new"
            className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
          >
            Start a thread
          </Link>
        </div>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <FilterTabs path="/" sort={sort} filter={filter} />
          <SortTabs path="/" sort={sort} filter={filter} />
        </div>
        {threads.length + pinned.length > 0 ? (
          <ThreadList threads={threads} pinned={pinned} />
        ) : cursor ? (
          <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
            No more threads.{" "}
            <Link href={`/${listQuery(sort, filter)}`} className="underline">
              Back to the newest
            </Link>
          </p>
        ) : (
          <div className="rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
            <h2 className="text-lg font-semibold">{filter ? "No unanswered discussions" : "No threads yet"}</h2>
            <p className="mt-1 text-zinc-600 dark:text-zinc-400">
              {filter
                ? "Every discussion has a reply marked as the answer that helped."
                : "Be the first to ask a question or share how you got your ML job."}
            </p>
          </div>
        )}
        <ListPager
          path="/"
          sort={sort}
          filter={filter}
          paged={cursor !== null}
          nextCursor={nextCursor}
          more="Older threads"
          first="Newest"
        />
      </div>
      <RecentStories stories={stories} />
    </div>
  );
}
