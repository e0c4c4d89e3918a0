import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/avatar";
import { OwnerControls } from "@/components/owner-controls";
import { PostBody } from "@/components/post-body";
import { RepliesSection } from "@/components/replies-section";
import { replyPageRequest } from "@/lib/reply-paging";
import { StorySummary } from "@/components/story-summary";
import { TimeAgo } from "@/components/time-ago";
import { Timeline } from "@/components/timeline";
import { getStory } from "@/db/queries/stories";
import { listReplies } from "@/db/queries/threads";
import { storyPath } from "@/lib/paths";
import { ensureCanonical } from "@/lib/canonical";
import { parseThreadParam } from "@/lib/validation";
import { deleteStoryAction, toggleHelpfulAction } from "../actions";
import { HelpfulButton } from "./helpful-button";

type Props = PageProps<"/stories/[id]">;

async function load(param: string) {
  const id = parseThreadParam(param);
  if (id === null) notFound();
  const story = await getStory(id);
  if (!story) notFound();
  return story;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await load((await params).id);
  return { title: story.title };
}

const NOTICES: Record<string, string> = {
  marked: "Marked as helpful. Thanks for telling the author.",
  unmarked: "Your helpful mark was removed.",
  own: "You can't mark your own story as helpful.",
};

export default async function StoryPage({ params, searchParams }: Props) {
  const { id: param } = await params;
  const query = await searchParams;
  const story = await load(param);
  const canonical = storyPath(story);
  ensureCanonical(`/stories/${param}`, canonical, query);
  const request = replyPageRequest(query);
  const page = await listReplies(story.id, request);
  const notice = typeof query.helpful === "string" ? NOTICES[query.helpful] : undefined;

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/stories" className="text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400">
          ← All stories
        </Link>
      </p>
      <article aria-labelledby="story-title" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <p className="text-xs font-semibold uppercase tracking-wide text-emerald-700 dark:text-emerald-400">
          Success story
          {story.author.isSample && (
            <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 normal-case tracking-normal text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              Sample data, written for this demo
            </span>
          )}
        </p>
        <h1 id="story-title" className="mt-1 text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
          {story.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-600 dark:text-zinc-400">
          <p className="flex items-center gap-2">
            <Avatar login={story.author.login} image={story.author.image} size={28} />
            <span className="font-medium text-zinc-900 dark:text-zinc-100">{story.author.login}</span>
            <span>
              shared <TimeAgo date={story.createdAt} />
            </span>
          </p>
          <OwnerControls
            authorId={story.author.id}
            editHref={`/stories/${story.id}/edit`}
            deleteAction={deleteStoryAction}
            hidden={{ storyId: story.id }}
            what="story"
          />
        </div>
        {query.error === "forbidden" && (
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            You can only change your own stories.
          </p>
        )}
        <div className="mt-5">
          <StorySummary story={story} />
        </div>
        {page.hasEarlier ? (
          <p className="mt-4 text-sm">
            <Link href={canonical} className="underline underline-offset-4">Read the story</Link>
          </p>
        ) : (
          <>
            <Timeline milestones={story.milestones} monthsToOffer={story.monthsToOffer} />
            <div className="mt-6">
              <PostBody html={story.bodyHtml} />
            </div>
          </>
        )}
        <form action={toggleHelpfulAction} className="mt-6 flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <input type="hidden" name="storyId" value={story.id} />
          <HelpfulButton authorId={story.author.id} />
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {story.helpfulCount} {story.helpfulCount === 1 ? "reader" : "readers"} found this helpful
          </span>
          {notice && (
            <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
              {notice}
            </span>
          )}
        </form>
      </article>

      <RepliesSection threadId={story.id} replyCount={story.replyCount} canonical={canonical} page={page} request={request} heading="Discussion" />
    </>
  );
}
