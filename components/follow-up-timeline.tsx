// A story's follow-ups, after its own path: "14 months after the first ML offer: Promotion".
import type { FollowUpView } from "@/db/queries/follow-ups";
import { FOLLOW_UP_KINDS, followUpWhen } from "@/lib/stories/follow-ups";
import { labelOf } from "@/lib/stories/story-facts";
import { AuthorLink } from "./author-link";
import { PostBody } from "./post-body";
import { TimeAgo } from "./time-ago";

type Props = { storyId: number; authorId: string; followUps: FollowUpView[] };

const linkClass = "text-sm font-medium text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400";

/** Nothing for readers when there are none; the author still gets the link to add one. */
export function FollowUpTimeline({ storyId, authorId, followUps }: Props) {
  const add = (
    <AuthorLink authorId={authorId} href={`/stories/${storyId}/updates/new`} className={linkClass}>
      Add a follow-up
    </AuthorLink>
  );
  if (followUps.length === 0) return <p className="mt-6">{add}</p>;
  return (
    <section aria-labelledby="follow-ups-heading" className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="follow-ups-heading" className="text-lg font-semibold">
          Since then{" "}
          <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
            ({followUps.length} {followUps.length === 1 ? "follow-up" : "follow-ups"})
          </span>
        </h2>
        {add}
      </div>
      <ol className="mt-3 border-l-2 border-sky-300 pl-5 dark:border-sky-800">
        {followUps.map((f) => (
          <li key={f.id} id={`follow-up-${f.id}`} className="relative scroll-mt-20 pb-5 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-sky-600 dark:border-zinc-950"
            />
            <h3 className="text-sm">
              <span className="font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">
                {followUpWhen(f.monthsAfterOffer)}
              </span>
              <span className="text-zinc-700 dark:text-zinc-300">: {labelOf(FOLLOW_UP_KINDS, f.kind)}</span>
            </h3>
            <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
              {f.stillInMl ? "Still working in ML" : "Not working in ML now"} · added <TimeAgo date={f.createdAt} />
              {f.updatedAt.getTime() !== f.createdAt.getTime() && " (edited)"}
              <AuthorLink
                authorId={authorId}
                href={`/stories/${storyId}/updates/${f.id}/edit`}
                className="ml-2 underline-offset-4 hover:underline"
              >
                Edit
              </AuthorLink>
            </p>
            <div className="mt-1">
              <PostBody html={f.bodyHtml} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
