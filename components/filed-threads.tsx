// The body of a category or tag page: its orders, one page of threads and stories, and the pager.
import type { ThreadListItem } from "@/db/queries/threads";
import type { ThreadSort } from "@/lib/urls/thread-sorts";
import { Link } from "./link";
import { ListPager, SortTabs } from "./sort-tabs";
import { ThreadList } from "./thread-list";

type Props = {
  path: string;
  sort: ThreadSort;
  paged: boolean;
  threads: ThreadListItem[];
  nextCursor: string | null;
  empty: string;
};

export function FiledThreads({ path, sort, paged, threads, nextCursor, empty }: Props) {
  return (
    <>
      <div className="mb-3 flex justify-end">
        <SortTabs path={path} sort={sort} />
      </div>
      {threads.length > 0 ? (
        <ThreadList threads={threads} />
      ) : (
        <div className="rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          {paged ? (
            <p>
              No more threads.{" "}
              <Link href={path} className="underline">
                Back to the first page
              </Link>
            </p>
          ) : (
            <p className="text-zinc-600 dark:text-zinc-400">{empty}</p>
          )}
        </div>
      )}
      <ListPager path={path} sort={sort} paged={paged} nextCursor={nextCursor} more="Next page" />
    </>
  );
}
