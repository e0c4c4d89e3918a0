// A discussion with one page of its replies: the same page at /threads/123-slug and at each cursor
// page of its replies (/threads/123-slug?after=…, mapped by proxy.ts). Cached whole, so nothing here
// may depend on who is reading: the owner controls and the reply box resolve the reader in the browser.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { HelpfulButton } from "@/components/helpful-button";
import { HiddenPost } from "@/components/hidden-post";
import { OpeningByline } from "@/components/opening-byline";
import { PostControls } from "@/components/post-controls";
import { PostBody } from "@/components/post-body";
import { RepliesSection, type RepliesActions } from "@/components/replies-section";
import { cachedReplies, cachedThread } from "@/server/reads/threads";
import { ensureCanonical } from "@/server/canonical";
import { parseThreadParam } from "@/lib/ids";
import { historyPath, threadPath } from "@/lib/urls/paths";
import { replyPageRequest } from "@/lib/urls/reply-paging";
import { deleteThreadAction, followAction, markAnswerAction, replyAction, toggleHelpfulAction } from "../actions";
import { AnswerBox } from "@/components/answer-box";
import { deleteReplyAction } from "@/app/replies/actions";
import { LockedNote } from "@/components/locked-note";
import { Filing } from "@/components/filing";
import { SITE_FEEDS, repliesFeedLink } from "@/lib/feeds";
import { excerptOfHtml, pageMetadata } from "@/server/page-metadata";

const REPLIES_ACTIONS: RepliesActions = {
  reply: replyAction,
  follow: followAction,
  deleteReply: deleteReplyAction,
  helpful: toggleHelpfulAction,
  answer: markAnswerAction,
};

async function load(param: string) {
  const id = parseThreadParam(param);
  if (id === null) notFound();
  const thread = await cachedThread(id);
  if (!thread) notFound();
  return thread;
}

export async function threadMetadata(param: string): Promise<Metadata> {
  const thread = await load(param);
  // A page's alternates replace the layout's: the site feeds are named again, with this one's replies.
  const feeds = thread.hiddenAt ? SITE_FEEDS : [...SITE_FEEDS, repliesFeedLink(thread)];
  const page = pageMetadata({
    title: thread.hiddenAt ? "Hidden thread" : thread.title,
    description: thread.hiddenAt ? undefined : excerptOfHtml(thread.bodyHtml),
    path: threadPath(thread),
    type: "article",
  });
  return { ...page, alternates: { ...page.alternates, types: { "application/atom+xml": feeds } } };
}

/** `param` is the path's `123-slug`; `query` the checked cursor of the replies page, if any. */
export async function ThreadView({ param, query }: { param: string; query: URLSearchParams }) {
  const thread = await load(param);
  const canonical = threadPath(thread);
  ensureCanonical(`/threads/${param}`, canonical, query);
  const request = replyPageRequest(query);
  const page = await cachedReplies(thread.id, request);
  const firstPage = !page.hasEarlier;

  return (
    <>
      <article
        aria-labelledby="thread-title"
        className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h1 id="thread-title" className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
          {thread.hiddenAt ? "Hidden thread" : thread.title}
        </h1>
        <Filing categoryId={thread.categoryId} tags={thread.tags} className="mt-2" />
        {thread.lockedAt && <LockedNote />}
        <OpeningByline
          author={thread.author}
          verb="posted"
          createdAt={thread.createdAt}
          editedAt={thread.editedAt}
          hidden={thread.hiddenAt !== null}
          historyHref={historyPath({ threadId: thread.id })}
        >
          <PostControls
            post={{ authorId: thread.author.id, hidden: thread.hiddenAt !== null }}
            editHref={`/threads/${thread.id}/edit`}
            flagHref={`/threads/${thread.id}/flag`}
            moderateHref={`/mod/threads/${thread.id}`}
            deleteAction={deleteThreadAction}
            hidden={{ threadId: thread.id }}
            what="thread"
          />
        </OpeningByline>
        {thread.hiddenAt ? (
          <div className="mt-5">
            <HiddenPost authorId={thread.author.id} reason={thread.hiddenReason} what="thread" />
          </div>
        ) : firstPage ? (
          <>
            <div className="mt-5">
              <PostBody html={thread.bodyHtml} />
            </div>
            <div className="mt-4">
              <HelpfulButton
                action={toggleHelpfulAction}
                threadId={thread.id}
                authorId={thread.author.id}
                count={thread.helpfulCount}
                what="this discussion"
              />
            </div>
            {thread.answer && <AnswerBox answer={thread.answer} canonical={canonical} threadId={thread.id} />}
          </>
        ) : (
          <p className="mt-4 text-sm">
            <Link href={canonical} className="underline underline-offset-4">
              Read the opening post
            </Link>
          </p>
        )}
      </article>

      {/* A hidden thread's replies are hidden with it, and it takes no new ones. */}
      {!thread.hiddenAt && (
        <RepliesSection
          actions={REPLIES_ACTIONS}
          threadId={thread.id}
          replyCount={thread.replyCount}
          canonical={canonical}
          page={page}
          request={request}
          locked={thread.lockedAt !== null}
          answer={{ authorId: thread.author.id, replyId: thread.answer?.id ?? null }}
        />
      )}
    </>
  );
}
