// Paths like mine: the empty form (a static page) and its answers (one cached page per starting point).
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { StoryCard } from "@/components/story-card";
import type { StoryCard as Card } from "@/db/queries/stories";
import { matchReasons } from "@/lib/stories/match-reasons";
import { storyPath } from "@/lib/urls/paths";
import { RememberStart } from "@/components/ask-invitation";
import { pageMetadata } from "@/server/page-metadata";
import { EDUCATION, FIELDS, type EducationSlug, type FieldSlug } from "@/lib/stories/story-facts";

export const likeMineMetadata: Metadata = pageMetadata({
  title: "Paths like mine",
  description: "Success stories of people who started where you are: the same education, the same previous field.",
  path: "/stories/like-mine",
});

const select =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-2 dark:border-zinc-700 dark:bg-zinc-900";

type Start = { education?: EducationSlug; field?: FieldSlug };

/** `matches` is null until a starting point is given. */
export function PathsLikeMine({ start: { education, field }, matches }: { start: Start; matches: Card[] | null }) {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Paths like mine</h1>
      <p className="mt-1 max-w-2xl text-zinc-600 dark:text-zinc-400">
        Tell us where you are starting from and we&apos;ll show the stories of people who started closest to you first.
      </p>
      <form
        method="get"
        action="/stories/like-mine"
        aria-label="Your starting point"
        className="mt-6 grid gap-4 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div>
          <label htmlFor="mine-education" className="block text-sm font-medium">
            Your education
          </label>
          <select id="mine-education" name="education" defaultValue={education ?? ""} className={select}>
            <option value="">Choose…</option>
            {EDUCATION.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="mine-field" className="block text-sm font-medium">
            Your current field
          </label>
          <select id="mine-field" name="field" defaultValue={field ?? ""} className={select}>
            <option value="">Choose…</option>
            {FIELDS.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800"
        >
          Find paths like mine
        </button>
      </form>

      {matches && (education || field) && <RememberStart start={{ education, field }} />}
      {matches && (
        <section aria-labelledby="matches-heading" className="mt-8">
          <h2 id="matches-heading" className="text-lg font-semibold">
            {matches.length > 0
              ? `Closest ${matches.length} ${matches.length === 1 ? "story" : "stories"}`
              : "No close matches yet"}
          </h2>
          {matches.length > 0 ? (
            <ol className="mt-4 grid gap-4 md:grid-cols-2">
              {matches.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story}>
                    <p className="mt-3 text-sm text-emerald-800 dark:text-emerald-300">
                      <span className="font-semibold">Why it matches:</span>{" "}
                      {matchReasons({ education, field }, story).join(" · ")}
                    </p>
                    {/* Ask the author: someone who started here can tell the reader what the story leaves out. */}
                    {story.questionsOpen && (
                      <p className="mt-2 text-sm">
                        <Link
                          href={`${storyPath(story)}#ask`}
                          className="font-medium text-emerald-700 underline underline-offset-4 dark:text-emerald-400"
                        >
                          Started where you are? Ask @{story.author.login} a question
                        </Link>
                      </p>
                    )}
                  </StoryCard>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-2 text-zinc-600 dark:text-zinc-400">
              Nobody with that starting point has shared a story yet.{" "}
              <Link href="/stories" className="underline">
                Browse all stories
              </Link>{" "}
              or{" "}
              <Link href="/stories/new" className="underline">
                share yours
              </Link>
              .
            </p>
          )}
        </section>
      )}
    </>
  );
}
