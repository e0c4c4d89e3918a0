import { Link } from "./link";
import type { StoryCard } from "@/db/queries/stories";
import { formatMonths } from "@/lib/format";
import { storyPath } from "@/lib/urls/paths";
import { EDUCATION, ROLES, labelOf } from "@/lib/stories/story-facts";
import { UnreadMark } from "./unread-mark";

/** The home page's side column: the newest stories, one line of facts each. */
export function RecentStories({ stories }: { stories: StoryCard[] }) {
  return (
    <aside aria-labelledby="recent-stories-heading">
      <h2 id="recent-stories-heading" className="text-lg font-semibold">
        Recent success stories
      </h2>
      {stories.length > 0 ? (
        <ol className="mt-3 space-y-3">
          {stories.map((story) => (
            <li
              key={story.id}
              className="rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <Link
                href={storyPath(story)}
                className="font-medium leading-snug hover:text-emerald-700 hover:underline dark:hover:text-emerald-400"
              >
                {story.title}
              </Link>
              <UnreadMark threadId={story.id} canonical={storyPath(story)} />
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                {labelOf(EDUCATION, story.education)} → {labelOf(ROLES, story.role)},{" "}
                {formatMonths(story.monthsToOffer)}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">No stories yet.</p>
      )}
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link
          href="/stories"
          className="font-medium text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400"
        >
          All stories
        </Link>
        <Link
          href="/stories/like-mine"
          className="font-medium text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400"
        >
          Paths like mine
        </Link>
        <Link
          href="/stories/new"
          className="font-medium text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400"
        >
          Share yours
        </Link>
      </p>
    </aside>
  );
}
