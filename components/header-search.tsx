import { SEARCH_QUERY_MAX } from "@/lib/urls/search-query";

/**
 * The search box in every page's header: a plain GET form, so it works without JavaScript and the
 * results are a shareable address. On phones it takes a row of its own under the links.
 */
export function HeaderSearch() {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search the forum"
      className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:max-w-xs sm:flex-1"
    >
      <label htmlFor="header-search" className="sr-only">
        Search discussions, stories and replies
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        maxLength={SEARCH_QUERY_MAX}
        placeholder="Search"
        className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-950 dark:placeholder:text-zinc-400"
      />
      <button
        type="submit"
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Search
      </button>
    </form>
  );
}
