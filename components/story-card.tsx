import { Link } from "./link";
import type { StoryCard as StoryCardData } from "@/db/queries/stories";
import { formatMonths } from "@/lib/format";
import { storyPath } from "@/lib/urls/paths";
import { EDUCATION, FIELDS, HOW_HIRED, ROLES, labelOf } from "@/lib/stories/story-facts";
import { Avatar } from "./avatar";
import { MemberLink } from "./member-link";
import { UnreadMark } from "./unread-mark";

/** One story in a list: the headline and the facts a reader compares at a glance. */
export function StoryCard({ story, children }: { story: StoryCardData; children?: React.ReactNode }) {
  return (
    <article aria-labelledby={`story-${story.id}-title`} className="card sm:p-5">
      <h3 id={`story-${story.id}-title`} className="text-base font-semibold leading-snug">
        <Link href={storyPath(story)} className="title-link">
          {story.title}
        </Link>
        <UnreadMark threadId={story.id} canonical={storyPath(story)} />
      </h3>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        {story.previousTitle} ({labelOf(FIELDS, story.previousField).toLowerCase()}) →{" "}
        <strong className="font-semibold">{labelOf(ROLES, story.role)}</strong> in {formatMonths(story.monthsToOffer)}
      </p>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-xs" aria-label="Facts">
        <li className="fact-pill-accent">{labelOf(EDUCATION, story.education)}</li>
        <li className="fact-pill">{labelOf(HOW_HIRED, story.howHired)}</li>
        <li className="fact-pill">first ML role {story.firstRoleYear}</li>
        {story.author.isSample && (
          <li className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            Sample story
          </li>
        )}
      </ul>
      <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="flex items-center gap-1.5">
          <Avatar login={story.author.login} image={story.author.image} size={20} />
          <MemberLink login={story.author.login} className="underline-offset-4 hover:underline" />
        </span>
        <span>{story.helpfulCount} found it helpful</span>
        <span>
          {story.replyCount} {story.replyCount === 1 ? "reply" : "replies"}
        </span>
        {story.followUps > 0 && (
          <span>
            {story.followUps} {story.followUps === 1 ? "follow-up" : "follow-ups"}
          </span>
        )}
      </p>
      {children}
    </article>
  );
}
