// The body of a category or tag page: its orders, one page of threads and stories, and the pager.
import type { ThreadListItem } from "@/db/queries/threads";
import type { ThreadSort } from "@/lib/urls/thread-sorts";
import { Link } from "./link";
import { FilterTabs, ListPager, SortTabs } from "./sort-tabs";
import { type ThreadFilter, listQuery } from "@/lib/urls/thread-filters";
import { ThreadList } from "./thread-list";

type Props = {
  path: string;
  sort: ThreadSort;
  paged: boolean;
  threads: ThreadListItem[];
  nextCursor: string | null;
  empty: string;
  /** A category page's filter; undefined on tag pages, which have none. */
  filter?: ThreadFilter | null;
};

export function FiledThreads({ path, sort, paged, threads, nextCursor, empty, filter }: Props) {
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        {filter !== undefined ? <FilterTabs path={path} sort={sort} filter={filter} /> : <span />}
        <SortTabs path={path} sort={sort} filter={filter} />
      </div>
      {threads.length > 0 ? (
        <ThreadList threads={threads} />
      ) : (
        <div className="rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          {paged ? (
            <p>
              No more threads.{" "}
              <Link href={path + listQuery(sort, filter ?? null)} className="underline">
                Back to the first page
              </Link>
            </p>
          ) : (
            <p className="text-zinc-600 dark:text-zinc-400">
              {filter === "unanswered" ? "Every discussion here has an answer marked." : empty}
            </p>
          )}
        </div>
      )}
      <ListPager path={path} sort={sort} filter={filter} paged={paged} nextCursor={nextCursor} more="Next page" />
    </>
  );
}
