// A page of a story's questions to its author, each with the author's answers or, while it waits, the
// author's answer form: on the story's page (components/questions-section.tsx) and on each further page
// of questions (app/stories/[id]/questions/after/[question]/page.tsx).
import type { StoryQuestions } from "@/db/queries/questions";
import type { FormAction } from "@/lib/form-state";
import { replyOnPage } from "@/lib/urls/paths";
import { AnswerQuestionForm } from "./answer-question-form";
import { Link } from "./link";
import { MemberLink } from "./member-link";
import { PostBody } from "./post-body";
import { TimeAgo } from "./time-ago";

type Props = {
  questions: StoryQuestions["questions"];
  story: { id: number; author: { id: string; login: string } };
  canonical: string;
  answerAction: FormAction;
};

export function QuestionList({ questions, story, canonical, answerAction }: Props) {
  return (
    <ol className="mt-4 space-y-4">
      {questions.map((q) => (
        <li
          key={q.id}
          id={`question-${q.id}`}
          className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <MemberLink login={q.author.login} className="font-medium" /> asked{" "}
            <Link href={replyOnPage(canonical, q.id)} className="underline-offset-4 hover:underline">
              <TimeAgo date={q.createdAt} />
            </Link>
          </p>
          <div className="mt-1">
            <PostBody html={q.bodyHtml} />
          </div>
          {q.answers.map((a) => (
            <div key={a.id} className="mt-3 border-l-4 border-emerald-600 pl-3">
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                <span className="answer-badge">
                  <span aria-hidden="true">✓ </span>Answered
                </span>{" "}
                by <MemberLink login={story.author.login} className="font-medium" />{" "}
                <Link href={replyOnPage(canonical, a.id)} className="underline-offset-4 hover:underline">
                  <TimeAgo date={a.createdAt} />
                </Link>
              </p>
              <div className="mt-1">
                <PostBody html={a.bodyHtml} />
              </div>
            </div>
          ))}
          {q.answers.length === 0 && (
            <>
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Waiting for an answer.</p>
              <AnswerQuestionForm
                action={answerAction}
                storyId={story.id}
                authorId={story.author.id}
                question={{ id: q.id, login: q.author.login }}
              />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
