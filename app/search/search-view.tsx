import type { Metadata } from "next";
import { Link } from "@/components/link";
import { MemberLink } from "@/components/member-link";
import { AnsweredMark } from "@/components/answered-mark";
import { TimeAgo } from "@/components/time-ago";
import type { SearchPage } from "@/db/queries/search";
import { pageMetadata } from "@/server/page-metadata";
import { postPath } from "@/lib/urls/paths";
import {
  SEARCH_CANDIDATES,
  SEARCH_KINDS,
  SEARCH_MAX_PAGES,
  SEARCH_PAGE_SIZE,
  searchHref,
  type ReadSearch,
  type SearchRequest,
} from "@/lib/urls/search-query";
import { FILTERS } from "@/lib/stories/story-filters";
import { SearchForm } from "./search-form";

/** Search pages are never listed by search engines: they are other pages' words, in any combination. */
export function searchMetadata(read: ReadSearch): Metadata {
  if (read.status !== "ok") return pageMetadata({ title: "Search", path: "/search", noindex: true });
  return pageMetadata({
    title: `Search: ${read.request.q}`,
    path: searchHref({ ...read.request, page: 1 }),
    noindex: true,
  });
}

const KIND_LABEL = { discussion: "Discussion", story: "Story", reply: "Reply" } as const;

/** /search: the form, and either how to search, why a query was refused, or a page of results. */
export function SearchView({ read, page }: { read: ReadSearch; page?: SearchPage }) {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Search</h1>
      <SearchForm
        request={read.status === "ok" ? read.request : undefined}
        error={read.status === "too-long" ? read.message : undefined}
      />
      {read.status === "ok" && page ? (
        <Results request={read.request} page={page} />
      ) : read.status === "empty" ? (
        <HowToSearch />
      ) : null}
    </>
  );
}

function HowToSearch() {
  return (
    <section aria-labelledby="how-to-search" className="mt-8 max-w-2xl">
      <h2 id="how-to-search" className="text-lg font-semibold">
        How to search
      </h2>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Search looks through the titles and text of discussions, success stories (their facts too: previous job,
        resources, milestones) and replies. Words in titles count most.
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt>
          <code>career change</code>
        </dt>
        <dd className="text-zinc-700 dark:text-zinc-300">
          Posts with both words, in any form: <em>changing careers</em> counts.
        </dd>
        <dt>
          <code>&quot;first offer&quot;</code>
        </dt>
        <dd className="text-zinc-700 dark:text-zinc-300">The words together, in that order.</dd>
        <dt>
          <code>kaggle or fast.ai</code>
        </dt>
        <dd className="text-zinc-700 dark:text-zinc-300">Posts with either.</dd>
        <dt>
          <code>bootcamp -data</code>
        </dt>
        <dd className="text-zinc-700 dark:text-zinc-300">Posts about bootcamps that do not mention data.</dd>
      </dl>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">
        Very common words (<em>the</em>, <em>and</em>, <em>how</em>) are left out. Narrow a search to discussions,
        stories or replies, or to stories with certain facts, with the choices in the form. To browse stories by their
        facts alone, use the{" "}
        <Link href="/stories" className="underline underline-offset-4">
          story list
        </Link>
        .
      </p>
    </section>
  );
}

function Results({ request, page }: { request: SearchRequest; page: SearchPage }) {
  const { results, hasMore } = page;
  const filtered = FILTERS.some((f) => request.story[f.name]);
  const first = (request.page - 1) * SEARCH_PAGE_SIZE + 1;
  return (
    <section aria-labelledby="results" className="mt-6">
      <nav aria-label="Kind of post" className="flex flex-wrap gap-2 text-sm">
        {[{ slug: null, label: "Everything" }, ...SEARCH_KINDS].map((k) => {
          const current = request.kind === k.slug;
          return (
            <Link
              key={k.label}
              href={searchHref(request, { kind: k.slug, page: 1, ...(k.slug === "discussion" ? { story: {} } : {}) })}
              aria-current={current ? "page" : undefined}
              className={`rounded-full px-3 py-1 ${current ? "bg-emerald-700 text-white" : "border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"}`}
            >
              {k.label}
            </Link>
          );
        })}
      </nav>
      <h2 id="results" className="mt-4 text-sm font-medium text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {page.order === "too-broad"
          ? `Too many posts match “${request.q}” to rank them`
          : results.length === 0
            ? request.page > 1
              ? "No more results"
              : `No results for “${request.q}”`
            : `Results ${first}–${first + results.length - 1} for “${request.q}”`}
      </h2>
      {page.capped && results.length > 0 && (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Many posts match: these are the best of the newest {SEARCH_CANDIDATES.toLocaleString("en")} discussions and
          stories and the newest {SEARCH_CANDIDATES.toLocaleString("en")} replies. Add a rarer word, or search one kind
          of post, to reach older ones.
        </p>
      )}
      {results.length > 0 ? (
        <ol className="mt-3 divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {results.map((r) => (
            <li key={`${r.thread.id}-${r.replyId ?? "t"}`} className="px-4 py-3 sm:px-5">
              <article className="[&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-zinc-950 dark:[&_mark]:bg-amber-400">
                <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                  {r.kind === "reply"
                    ? `Reply in a ${r.thread.kind === "story" ? "story" : "discussion"}`
                    : KIND_LABEL[r.kind]}
                </p>
                <h3 className="mt-0.5 text-base font-semibold leading-snug">
                  {/* titleHtml and snippetHtml are escaped text whose only markup is <mark> (lib/urls/search-query.ts markedHtml). */}
                  <Link href={postPath({ thread: r.thread, replyId: r.replyId })} className="title-link">
                    <span dangerouslySetInnerHTML={{ __html: r.titleHtml }} />
                  </Link>
                  <AnsweredMark answered={r.answered} reply={r.kind === "reply"} />
                </h3>
                <p
                  className="mt-1 break-words text-sm text-zinc-700 dark:text-zinc-300"
                  dangerouslySetInnerHTML={{ __html: r.snippetHtml }}
                />
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  by <MemberLink login={r.author.login} className="underline-offset-4 hover:underline" />,{" "}
                  <TimeAgo date={r.createdAt} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <div className="mt-3 rounded-xl border border-dashed border-zinc-300 p-8 dark:border-zinc-700">
          {page.order === "too-broad" ? (
            <ul className="list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
              <li>Add a rarer word: a result must have every word, so each one narrows the search.</li>
              <li>Search only discussions or only stories (above): replies are most of the posts.</li>
            </ul>
          ) : request.page > 1 ? (
            <p>
              <Link href={searchHref(request, { page: 1 })} className="underline underline-offset-4">
                Back to the first page
              </Link>
            </p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
              <li>Check the spelling, or try fewer or more general words.</li>
              <li>Very common words are left out: a search of only those finds nothing.</li>
              {(request.kind || filtered) && (
                <li>
                  <Link
                    href={searchHref(request, { kind: null, story: {}, page: 1 })}
                    className="underline underline-offset-4"
                  >
                    Search everything
                  </Link>{" "}
                  instead of only{" "}
                  {request.kind
                    ? SEARCH_KINDS.find((k) => k.slug === request.kind)!.label.toLowerCase()
                    : "matching stories"}
                  .
                </li>
              )}
            </ul>
          )}
        </div>
      )}
      <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-3 text-sm">
        {request.page > 1 ? (
          <Link
            href={searchHref(request, { page: request.page - 1 })}
            rel="prev"
            className="underline underline-offset-4"
          >
            Previous page
          </Link>
        ) : (
          <span />
        )}
        {hasMore && request.page < SEARCH_MAX_PAGES ? (
          <Link
            href={searchHref(request, { page: request.page + 1 })}
            rel="next"
            className="underline underline-offset-4"
          >
            Next page
          </Link>
        ) : hasMore ? (
          <span className="text-zinc-600 dark:text-zinc-400">
            Only the first {SEARCH_MAX_PAGES * SEARCH_PAGE_SIZE} results are shown: add words to narrow the search.
          </span>
        ) : null}
      </nav>
    </section>
  );
}
