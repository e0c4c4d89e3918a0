import { THREAD_SORTS, type ThreadSort, sortQuery } from "@/lib/urls/thread-sorts";
import { Link } from "./link";

/** The orders of a thread list, as links to its first page in each (the current one marked). */
export function SortTabs({ path, sort }: { path: string; sort: ThreadSort }) {
  return (
    <nav aria-label="Sort" className="flex flex-wrap gap-1 text-sm">
      {THREAD_SORTS.map((s) => (
        <Link
          key={s.slug}
          href={path + sortQuery(s.slug)}
          aria-current={s.slug === sort ? "page" : undefined}
          title={s.description}
          className={
            s.slug === sort
              ? "rounded-md bg-zinc-900 px-3 py-1 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900"
              : "rounded-md px-3 py-1 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          }
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}

/** Links to the first page and the next one of a list in this order. */
type PagerProps = {
  path: string;
  sort: ThreadSort;
  paged: boolean;
  nextCursor: string | null;
  more: string;
  first?: string;
};

export function ListPager({ path, sort, paged, nextCursor, more, first: firstLabel = "First page" }: PagerProps) {
  const first = path + sortQuery(sort);
  return (
    <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
      {paged ? (
        <Link href={first} className="underline underline-offset-4">
          {firstLabel}
        </Link>
      ) : (
        <span />
      )}
      {nextCursor && (
        <Link
          href={`${first}${first.includes("?") ? "&" : "?"}after=${nextCursor}`}
          rel="next"
          className="underline underline-offset-4"
        >
          {more}
        </Link>
      )}
    </nav>
  );
}
