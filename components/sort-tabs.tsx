import { THREAD_SORTS, type ThreadSort } from "@/lib/urls/thread-sorts";
import { THREAD_FILTERS, type ThreadFilter, listQuery } from "@/lib/urls/thread-filters";
import { Link } from "./link";

const tabClass = (current: boolean) =>
  current
    ? "rounded-md bg-zinc-900 px-3 py-1 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900"
    : "rounded-md px-3 py-1 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800";

/** The orders of a thread list, as links to its first page in each (the current one marked), keeping its filter. */
export function SortTabs({
  path,
  sort,
  filter = null,
}: {
  path: string;
  sort: ThreadSort;
  filter?: ThreadFilter | null;
}) {
  return (
    <nav aria-label="Sort" className="flex flex-wrap gap-1 text-sm">
      {THREAD_SORTS.map((s) => (
        <Link
          key={s.slug}
          href={path + listQuery(s.slug, filter)}
          aria-current={s.slug === sort ? "page" : undefined}
          title={s.description}
          className={tabClass(s.slug === sort)}
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}

/** Every thread, or only the unanswered discussions (lib/urls/thread-filters.ts), in the list's order. */
export function FilterTabs({ path, sort, filter }: { path: string; sort: ThreadSort; filter: ThreadFilter | null }) {
  return (
    <nav aria-label="Show" className="flex flex-wrap items-center gap-1 text-sm">
      <span aria-hidden="true" className="pr-1 text-zinc-500 dark:text-zinc-400">
        Show
      </span>
      <Link
        href={path + listQuery(sort, null)}
        aria-current={filter === null ? "page" : undefined}
        className={tabClass(filter === null)}
      >
        All
      </Link>
      {THREAD_FILTERS.map((f) => (
        <Link
          key={f.slug}
          href={path + listQuery(sort, f.slug)}
          aria-current={f.slug === filter ? "page" : undefined}
          title={f.description}
          className={tabClass(f.slug === filter)}
        >
          {f.label}
        </Link>
      ))}
    </nav>
  );
}

/** Links to the first page and the next one of a list in this order. */
type PagerProps = {
  path: string;
  sort: ThreadSort;
  filter?: ThreadFilter | null;
  paged: boolean;
  nextCursor: string | null;
  more: string;
  first?: string;
};

export function ListPager({
  path,
  sort,
  filter = null,
  paged,
  nextCursor,
  more,
  first: firstLabel = "First page",
}: PagerProps) {
  const first = path + listQuery(sort, filter);
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
