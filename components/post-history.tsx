// A post's edit history page (threads, stories and replies alike): each edit with its time and editor
// and the changes it made to the Markdown as written, newest first, then the first version in full.
// Public and cached whole: the same HTML for every reader, times as <time> turned relative in the browser.
import type { AnswerMarkEntry, VersionText } from "@/db/queries/revisions";
import type { cachedPostHistory } from "@/server/reads/threads";
import { historyPath, replyOnPage, replyPath, threadPath } from "@/lib/urls/paths";
import { partHtml } from "@/lib/revision-diff";
import { HiddenPost } from "./hidden-post";
import { Link } from "./link";
import { MemberLink } from "./member-link";
import { TimeAgo } from "./time-ago";

const textBox =
  "whitespace-pre-wrap break-words rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-sm leading-relaxed text-zinc-900 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100";

type History = NonNullable<Awaited<ReturnType<typeof cachedPostHistory>>>;

/** `html` is lib/revision-diff.ts's: the member's text escaped, only its own marks as tags. */
function Diff({ label, html }: { label: string; html: string | null }) {
  if (html === null) return null;
  return (
    <div className="mt-3">
      <h3 className="mb-1 text-sm font-semibold text-zinc-700 dark:text-zinc-300">{label}</h3>
      <div className={textBox} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}

function Full({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <div className="mt-3">
      <h3 className="mb-1 text-sm font-semibold text-zinc-700 dark:text-zinc-300">{label}</h3>
      <div className={textBox}>{text}</div>
    </div>
  );
}

function Legend() {
  return (
    <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
      Changes are marked in the text as written (Markdown):{" "}
      <span
        dangerouslySetInnerHTML={{
          __html: `${partHtml({ kind: "removed", text: "removed" })} ${partHtml({ kind: "added", text: "added" })}`,
        }}
      />
      .
    </p>
  );
}

/** "@ada marked @grace's reply as the answer": one change of a discussion's answer mark. */
function AnswerMarkLine({ mark, canonical }: { mark: AnswerMarkEntry; canonical: string }) {
  const replyLink = (reply: NonNullable<AnswerMarkEntry["reply"]>) => (
    <Link href={replyOnPage(canonical, reply.id)} className="underline underline-offset-4">
      @{reply.author.login}&apos;s reply
    </Link>
  );
  const who = mark.actor ? <MemberLink login={mark.actor.login} /> : "The moderators";
  let what: React.ReactNode;
  if (mark.reason !== "chosen") {
    what = (
      <>
        {mark.previous ? replyLink(mark.previous) : "The reply"} stopped being the answer: it was{" "}
        {mark.reason === "reply-deleted" ? "deleted" : "hidden by the moderators"}
      </>
    );
    return (
      <>
        {what} <TimeAgo date={mark.at} />
      </>
    );
  }
  if (mark.reply && mark.previous)
    what = (
      <>
        changed the answer from {replyLink(mark.previous)} to {replyLink(mark.reply)}
      </>
    );
  else if (mark.reply) what = <>marked {replyLink(mark.reply)} as the answer</>;
  else what = <>took the answer mark off {mark.previous ? replyLink(mark.previous) : "a reply"}</>;
  return (
    <>
      {who} {what} <TimeAgo date={mark.at} />
    </>
  );
}

export function PostHistoryView({ history, before }: { history: History; before: number | undefined }) {
  const { post, edits, original, nextBefore, answerMarks } = history;
  const reply = post.kind === "reply";
  const thread = { id: post.threadId, title: post.threadTitle, kind: post.threadKind };
  const back = reply ? replyPath({ id: post.id, thread }) : threadPath(thread);
  const here = historyPath({ threadId: post.threadId, replyId: reply ? post.id : null, kind: post.threadKind });
  const what = reply ? "reply" : post.kind === "story" ? "story" : "thread";
  const firstPage = before === undefined;
  const factsLabel = "The path (facts)";
  const versionOne = (text: VersionText) => (
    <li>
      <article aria-labelledby="version-1" className="card sm:p-5">
        <h2 id="version-1" className="text-lg font-semibold">
          Version 1{firstPage && edits.length === 0 ? " (current)" : ""}
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          posted <TimeAgo date={post.createdAt} /> by <MemberLink login={post.author.login} />
        </p>
        <Full label="Title" text={text.title} />
        <Full label="Text" text={text.body} />
        <Full label={factsLabel} text={text.facts} />
      </article>
    </li>
  );

  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading" className="text-2xl font-bold tracking-tight">
        Edit history
      </h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {reply ? (
          <>
            Of a reply by <MemberLink login={post.author.login} /> in{" "}
          </>
        ) : (
          <>Of the {what} </>
        )}
        <Link href={back} className="underline underline-offset-4">
          {post.hiddenAt && !reply ? `Hidden ${what}` : post.threadTitle}
        </Link>
      </p>
      {post.hiddenAt ? (
        <div className="mt-6">
          <HiddenPost authorId={post.author.id} reason={post.hiddenReason} what={what} />
        </div>
      ) : (
        <>
          {edits.length > 0 && <Legend />}
          {firstPage && edits.length === 0 && (
            <p className="mt-4 text-zinc-700 dark:text-zinc-300">
              {post.editedAt
                ? "This post was edited before edit history was kept, so its earlier versions were not recorded."
                : "This post has not been edited."}
            </p>
          )}
          <ol className="mt-6 space-y-4">
            {edits.map((edit, index) => (
              <li key={edit.version}>
                <article aria-labelledby={`version-${edit.version}`} className="card sm:p-5">
                  <h2 id={`version-${edit.version}`} className="text-lg font-semibold">
                    Version {edit.version}
                    {firstPage && index === 0 ? " (current)" : ""}
                  </h2>
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                    edited <TimeAgo date={edit.at} />
                    {edit.editor ? (
                      <>
                        {" "}
                        by <MemberLink login={edit.editor.login} />
                      </>
                    ) : null}
                  </p>
                  <Diff label="Title" html={edit.diff.title} />
                  <Diff label="Text" html={edit.diff.body} />
                  <Diff label={factsLabel} html={edit.diff.facts} />
                </article>
              </li>
            ))}
            {original && versionOne(original)}
          </ol>
          {answerMarks.length > 0 && (
            <section aria-labelledby="answer-marks-heading" className="mt-8">
              <h2 id="answer-marks-heading" className="text-lg font-semibold">
                The answer that helped: changes
              </h2>
              <ol className="mt-3 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
                {answerMarks.map((mark) => (
                  <li key={mark.id} className="card py-2">
                    <AnswerMarkLine mark={mark} canonical={back} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {(!firstPage || nextBefore !== null) && (
            <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
              {!firstPage ? (
                <Link href={here} className="underline underline-offset-4">
                  Newest versions
                </Link>
              ) : (
                <span />
              )}
              {nextBefore !== null && (
                <Link href={`${here}/before/${nextBefore}`} rel="next" className="underline underline-offset-4">
                  Older versions
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
