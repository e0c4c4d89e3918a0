// The answer that helped, under a discussion's opening post: whose reply, the start of its text and a
// link to it in its place among the replies (whichever page of them it is on). Part of the cached page:
// the mark's writes expire the thread's tag (db/mutations/answers.ts).
import type { ThreadAnswer } from "@/db/queries/threads";
import { historyPath, replyOnPage } from "@/lib/urls/paths";
import { Link } from "./link";
import { MemberLink } from "./member-link";
import { TimeAgo } from "./time-ago";

type Props = { answer: ThreadAnswer; canonical: string; threadId: number };

export function AnswerBox({ answer, canonical, threadId }: Props) {
  const href = replyOnPage(canonical, answer.id);
  return (
    <section
      aria-labelledby="answer-heading"
      className="mt-5 rounded-lg border border-emerald-600 bg-emerald-50 p-4 dark:border-emerald-500 dark:bg-emerald-950"
    >
      <h2 id="answer-heading" className="text-base font-semibold text-emerald-900 dark:text-emerald-200">
        <span aria-hidden="true">✓ </span>The answer that helped
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        <MemberLink login={answer.author.login} /> replied <TimeAgo date={answer.createdAt} />:
      </p>
      {answer.excerpt && (
        <blockquote className="mt-2 whitespace-pre-line break-words border-l-4 border-emerald-600 pl-3 text-zinc-800 dark:border-emerald-500 dark:text-zinc-200">
          {answer.excerpt}
        </blockquote>
      )}
      <p className="mt-2 text-sm">
        <Link href={href} className="font-medium text-emerald-800 underline underline-offset-4 dark:text-emerald-300">
          Read the answer in its place
        </Link>
        <span aria-hidden="true" className="text-zinc-500">
          {" · "}
        </span>
        <Link
          href={historyPath({ threadId })}
          className="text-zinc-600 underline underline-offset-4 dark:text-zinc-400"
        >
          Who marked it
        </Link>
      </p>
    </section>
  );
}
