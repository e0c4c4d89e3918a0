// A success story with one page of its discussion: the same page at /stories/123-slug and at each
// cursor page of its replies (mapped by proxy.ts). Cached whole, so nothing here depends on the reader.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { HiddenPost } from "@/components/hidden-post";
import { OpeningByline } from "@/components/opening-byline";
import { PostControls } from "@/components/post-controls";
import { PostBody } from "@/components/post-body";
import { RepliesSection, type RepliesActions } from "@/components/replies-section";
import { StorySummary } from "@/components/story-summary";
import { Timeline } from "@/components/timeline";
import { FollowUpTimeline } from "@/components/follow-up-timeline";
import { cachedQuestions, cachedStory } from "@/server/reads/stories";
import { cachedReplies } from "@/server/reads/threads";
import { ensureCanonical } from "@/server/canonical";
import { parseThreadParam } from "@/lib/ids";
import { historyPath, storyPath } from "@/lib/urls/paths";
import { replyPageRequest } from "@/lib/urls/reply-paging";
import { answerQuestionAction, askAuthorAction, deleteStoryAction, setQuestionsAction } from "../actions";
import { QuestionsSection, type QuestionsActions } from "@/components/questions-section";
import { followAction, replyAction, toggleHelpfulAction } from "@/app/threads/actions";
import { deleteReplyAction } from "@/app/replies/actions";
import { LockedNote } from "@/components/locked-note";
import { HelpfulButton } from "@/components/helpful-button";
import { Filing } from "@/components/filing";
import { STORY_CATEGORY, categoryBySlug } from "@/lib/categories";
import { SITE_FEEDS, repliesFeedLink } from "@/lib/feeds";
import { storyPathSentence } from "@/lib/stories/story-path";
import { excerptOfHtml, pageMetadata } from "@/server/page-metadata";

// A story's discussion is a thread's: the same reply, follow, delete and helpful actions.
const REPLIES_ACTIONS: RepliesActions = {
  reply: replyAction,
  follow: followAction,
  deleteReply: deleteReplyAction,
  helpful: toggleHelpfulAction,
};

const QUESTIONS_ACTIONS: QuestionsActions = {
  ask: askAuthorAction,
  answer: answerQuestionAction,
  setOpen: setQuestionsAction,
};

async function load(param: string) {
  const id = parseThreadParam(param);
  if (id === null) notFound();
  const story = await cachedStory(id);
  if (!story) notFound();
  return story;
}

export async function storyMetadata(param: string): Promise<Metadata> {
  const story = await load(param);
  // A page's alternates replace the layout's: the site feeds are named again, with this one's replies.
  const feeds = story.hiddenAt ? SITE_FEEDS : [...SITE_FEEDS, repliesFeedLink(story)];
  // What a link preview should say first: the path itself, e.g. "Bookkeeper → ML engineer in 14 months".
  const path = storyPathSentence(story);
  const page = pageMetadata({
    title: story.hiddenAt ? "Hidden story" : story.title,
    description: story.hiddenAt ? undefined : `${path} ${excerptOfHtml(story.bodyHtml, 140)}`,
    path: storyPath(story),
    type: "article",
  });
  // The card image (opengraph-image.tsx) draws the path; Twitter shows it large.
  return {
    ...page,
    twitter: { ...page.twitter, card: "summary_large_image" },
    alternates: { ...page.alternates, types: { "application/atom+xml": feeds } },
  };
}

/** `param` is the path's `123-slug`; `query` the checked cursor of the discussion page, if any. */
export async function StoryView({ param, query }: { param: string; query: URLSearchParams }) {
  const story = await load(param);
  const canonical = storyPath(story);
  ensureCanonical(`/stories/${param}`, canonical, query);
  const request = replyPageRequest(query);
  const [page, questions] = await Promise.all([cachedReplies(story.id, request), cachedQuestions(story.id, null)]);

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/stories" className="text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400">
          ← All stories
        </Link>
      </p>
      <article
        aria-labelledby="story-title"
        className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <p className="text-xs font-semibold uppercase tracking-wide text-emerald-700 dark:text-emerald-400">
          Success story
          {story.author.isSample && (
            <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 normal-case tracking-normal text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              Sample data, written for this demo
            </span>
          )}
        </p>
        <h1 id="story-title" className="mt-1 text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
          {story.hiddenAt ? "Hidden story" : story.title}
        </h1>
        <Filing categoryId={categoryBySlug(STORY_CATEGORY)!.id} tags={story.tags} className="mt-2" />
        {story.lockedAt && <LockedNote />}
        <OpeningByline
          author={story.author}
          verb="shared"
          createdAt={story.createdAt}
          editedAt={story.editedAt}
          hidden={story.hiddenAt !== null}
          historyHref={historyPath({ threadId: story.id, kind: "story" })}
        >
          <PostControls
            post={{ authorId: story.author.id, hidden: story.hiddenAt !== null }}
            editHref={`/stories/${story.id}/edit`}
            flagHref={`/threads/${story.id}/flag`}
            moderateHref={`/mod/threads/${story.id}`}
            deleteAction={deleteStoryAction}
            hidden={{ storyId: story.id }}
            what="story"
          />
        </OpeningByline>
        {story.hiddenAt ? (
          <div className="mt-5">
            <HiddenPost authorId={story.author.id} reason={story.hiddenReason} what="story" />
          </div>
        ) : (
          <div className="mt-5">
            <StorySummary story={story} />
          </div>
        )}
        {story.hiddenAt ? null : page.hasEarlier ? (
          <p className="mt-4 text-sm">
            <Link href={canonical} className="underline underline-offset-4">
              Read the story
            </Link>
          </p>
        ) : (
          <>
            <Timeline milestones={story.milestones} monthsToOffer={story.monthsToOffer} />
            <div className="mt-6">
              <PostBody html={story.bodyHtml} />
            </div>
            <FollowUpTimeline storyId={story.id} authorId={story.author.id} followUps={story.followUps} />
          </>
        )}
        {!story.hiddenAt && (
          <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <HelpfulButton
              action={toggleHelpfulAction}
              threadId={story.id}
              authorId={story.author.id}
              count={story.helpfulCount}
              what="this story"
            />
          </div>
        )}
      </article>

      {/* A hidden story's discussion is hidden with it, and it takes no new replies (nor questions). */}
      {!story.hiddenAt && (
        <QuestionsSection
          actions={QUESTIONS_ACTIONS}
          story={{
            id: story.id,
            author: story.author,
            questionsOpen: story.questionsOpen,
            locked: story.lockedAt !== null,
            education: story.education,
            previousField: story.previousField,
          }}
          canonical={canonical}
          questions={questions}
        />
      )}
      {!story.hiddenAt && (
        <RepliesSection
          actions={REPLIES_ACTIONS}
          threadId={story.id}
          replyCount={story.replyCount}
          canonical={canonical}
          page={page}
          request={request}
          heading="Discussion"
          locked={story.lockedAt !== null}
        />
      )}
    </>
  );
}
