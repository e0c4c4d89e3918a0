"use client";
// One reply in a thread's list. A client component so that a cached thread page carries each reply
// as its data (ids, author, times, body) rather than as its whole element tree: in the page's RSC
// payload that tree (class names, link targets, the controls' props) cost about 2 kB a reply, more
// than most bodies, and the page sent it as HTML too. The HTML rendered on the server is the same.
import type { FormAction } from "@/lib/form-state";
import { historyPath, replyOnPage } from "@/lib/urls/paths";
import { AnswerMark, type AnswerThread } from "./answer-button";
import { Avatar } from "./avatar";
import { EditedMark } from "./edited-mark";
import { HelpfulButton } from "./helpful-button";
import { HiddenPost } from "./hidden-post";
import { Link } from "./link";
import { MemberLink } from "./member-link";
import { PostBody } from "./post-body";
import { PostControls } from "./post-controls";
import { QuoteButton } from "./quote-button";
import { TimeAgo } from "./time-ago";

export type ReplyCardData = {
  id: number;
  /** null when the reply is deleted or hidden. */
  bodyHtml: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  helpfulCount: number;
  author: { id: string; login: string; image: string | null };
  replyTo: { id: number; login: string } | null;
  /** On a story: a reader's question to its author, or the author's answer to one (its id). */
  isQuestion: boolean;
  answersQuestion: number | null;
};

type Props = {
  reply: ReplyCardData;
  threadId: number;
  canonical: string;
  /** This page of the thread, where a moderator's restore returns. */
  here: string;
  /** The route's deleteReplyAction and toggleHelpfulAction (app/replies/actions.ts, app/threads/actions.ts). */
  deleteAction: FormAction;
  helpfulAction: FormAction;
  /** A discussion's answer mark (app/threads/actions.ts markAnswerAction) and its thread; none on a story. */
  answer?: { action: FormAction; thread: AnswerThread };
};

export function ReplyCard({ reply, threadId, canonical, here, deleteAction, helpfulAction, answer }: Props) {
  const controls = (
    <PostControls
      post={{ authorId: reply.author.id, hidden: reply.hidden }}
      editHref={`/replies/${reply.id}/edit`}
      flagHref={`/replies/${reply.id}/flag`}
      moderateHref={`/mod/replies/${reply.id}`}
      deleteAction={deleteAction}
      hidden={{ replyId: reply.id, returnTo: here }}
      what="reply"
    />
  );
  return (
    <li id={`reply-${reply.id}`} className="scroll-mt-4">
      <article
        aria-label={`${answer?.thread.answerReplyId === reply.id ? "The answer, a reply" : "Reply"} by ${reply.author.login}`}
        className={answer?.thread.answerReplyId === reply.id ? "card answer-card" : "card"}
      >
        {reply.deleted ? (
          <p className="text-sm italic text-zinc-500 dark:text-zinc-400">This reply was deleted by its author.</p>
        ) : reply.bodyHtml === null ? (
          <div className="flex flex-wrap items-start justify-between gap-2">
            <HiddenPost authorId={reply.author.id} reason={reply.hiddenReason} what="reply" />
            {controls}
          </div>
        ) : (
          <>
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600 dark:text-zinc-400">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Avatar login={reply.author.login} image={reply.author.image} size={24} />
                <MemberLink login={reply.author.login} />
                <a href={`#reply-${reply.id}`} className="hover:underline">
                  <TimeAgo date={reply.createdAt} />
                </a>
                {reply.editedAt && (
                  <EditedMark at={reply.editedAt} href={historyPath({ threadId, replyId: reply.id })} />
                )}
                {/* "in reply to @login", leading to the answered reply on whichever page of the thread it is. */}
                {reply.replyTo && !reply.answersQuestion && (
                  <Link href={replyOnPage(canonical, reply.replyTo.id)} className="hover:underline">
                    in reply to @{reply.replyTo.login}
                  </Link>
                )}
                {reply.isQuestion && <span className="question-badge">Question to the author</span>}
                {reply.answersQuestion && (
                  <Link href={replyOnPage(canonical, reply.answersQuestion)} className="question-badge hover:underline">
                    The author&rsquo;s answer to @{reply.replyTo?.login ?? "a reader"}
                  </Link>
                )}
              </p>
              {controls}
            </div>
            <PostBody html={reply.bodyHtml} />
            <div className="mt-3 flex flex-wrap items-center gap-2">
              <HelpfulButton
                action={helpfulAction}
                threadId={threadId}
                replyId={reply.id}
                authorId={reply.author.id}
                count={reply.helpfulCount}
                what={`reply by ${reply.author.login}`}
              />
              <QuoteButton replyId={reply.id} login={reply.author.login} href={replyOnPage(canonical, reply.id)} />
              {answer && (
                <>
                  <AnswerMark
                    action={answer.action}
                    thread={answer.thread}
                    reply={{ id: reply.id, login: reply.author.login }}
                  />
                  {/* Without JavaScript the card cannot know who is reading: the mark has a page of its own. */}
                  <noscript>
                    <a href={`/replies/${reply.id}/answer`} className="text-sm underline underline-offset-4">
                      {answer.thread.answerReplyId === reply.id ? "Unmark the answer" : "Mark as the answer"}
                    </a>
                  </noscript>
                </>
              )}
            </div>
          </>
        )}
      </article>
    </li>
  );
}
