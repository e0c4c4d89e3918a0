import type { StoryView } from "@/db/queries/stories";
import { formatMonths } from "@/lib/format";
import { EDUCATION, FIELDS, HOW_HIRED, ROLES, labelOf } from "@/lib/stories/story-facts";
import { storiesUrl } from "@/lib/stories/story-filters";

/** The facts of a path as a readable card; each fact links to the stories that share it. */
export function StorySummary({ story }: { story: StoryView }) {
  const facts: [string, string, string | null][] = [
    [
      "Started as",
      `${story.previousTitle} (${labelOf(FIELDS, story.previousField)})`,
      storiesUrl({ field: story.previousField }, "newest"),
    ],
    ["Education when hired", labelOf(EDUCATION, story.education), storiesUrl({ education: story.education }, "newest")],
    ["Now", labelOf(ROLES, story.role), storiesUrl({ role: story.role }, "newest")],
    ["Time to first ML offer", formatMonths(story.monthsToOffer), null],
    ["First ML role", String(story.firstRoleYear), null],
    ["How the job came", labelOf(HOW_HIRED, story.howHired), storiesUrl({ how: story.howHired }, "newest")],
  ];
  return (
    <section
      aria-labelledby="facts-heading"
      className="rounded-xl border border-emerald-200 bg-emerald-50/60 p-4 sm:p-5 dark:border-emerald-900 dark:bg-emerald-950/40"
    >
      <h2
        id="facts-heading"
        className="text-sm font-semibold uppercase tracking-wide text-emerald-800 dark:text-emerald-300"
      >
        The path
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {facts.map(([term, value, href]) => (
          <div key={term}>
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">{term}</dt>
            <dd className="font-medium">
              {href ? (
                <a
                  href={href}
                  className="underline decoration-emerald-300 underline-offset-4 hover:decoration-emerald-700 dark:decoration-emerald-800"
                >
                  {value}
                </a>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {story.resources.length > 0 && (
        <>
          <h3 className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">Resources that mattered</h3>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {story.resources.map((r) => (
              <li key={r.key} className="rounded-full bg-white px-2.5 py-0.5 text-sm dark:bg-zinc-900">
                {r.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
