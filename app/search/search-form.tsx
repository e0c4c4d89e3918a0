import { CATEGORIES } from "@/lib/categories";
import { FILTERS } from "@/lib/stories/story-filters";
import { TAG_LENGTH_MAX } from "@/lib/tags";
import { SEARCH_KINDS, SEARCH_QUERY_MAX, type SearchRequest } from "@/lib/urls/search-query";

const select =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/**
 * The search form of /search: text, kind and the story facts, sent as a GET (no JavaScript needed;
 * proxy.ts tidies what it sends). `error` is a refused query's sentence, tied to the text field.
 */
export function SearchForm({ request, error }: { request?: SearchRequest; error?: string }) {
  const story = request?.story ?? {};
  const filtered = FILTERS.some((f) => story[f.name]);
  return (
    <form
      method="get"
      action="/search"
      role="search"
      aria-label="Search"
      className="mt-4 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <label htmlFor="search-q" className="block text-sm font-medium">
        Search for
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={request?.q}
          maxLength={SEARCH_QUERY_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-q-error" : "search-q-hint"}
          className="min-w-0 flex-1 basis-56 rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-950"
        />
        <div className="w-full sm:w-auto">
          <label htmlFor="search-kind" className="sr-only">
            Search in
          </label>
          <select id="search-kind" name="kind" defaultValue={request?.kind ?? ""} className={`${select} mt-0`}>
            <option value="">Everything</option>
            {SEARCH_KINDS.map((k) => (
              <option key={k.slug} value={k.slug}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
        >
          Search
        </button>
      </div>
      {error ? (
        <p id="search-q-error" role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id="search-q-hint" className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          &quot;Quotes&quot; for a phrase, <kbd>or</kbd> for either word, <kbd className="whitespace-nowrap">-word</kbd>{" "}
          to leave a word out.
        </p>
      )}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="search-category" className="block text-sm font-medium">
            Category
          </label>
          <select id="search-category" name="category" defaultValue={request?.category ?? ""} className={select}>
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-tag" className="block text-sm font-medium">
            Tag
          </label>
          <input
            id="search-tag"
            name="tag"
            defaultValue={request?.tag ?? ""}
            maxLength={TAG_LENGTH_MAX}
            className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
        </div>
      </div>
      <details open={filtered} className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Story filters</summary>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Only stories, and replies to stories, whose facts match.
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {FILTERS.map((filter) => (
            <div key={filter.name}>
              <label htmlFor={`search-${filter.name}`} className="block text-sm font-medium">
                {filter.label}
              </label>
              <select
                id={`search-${filter.name}`}
                name={filter.name}
                defaultValue={story[filter.name] ?? ""}
                className={select}
              >
                <option value="">Any</option>
                {filter.options.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </details>
    </form>
  );
}
