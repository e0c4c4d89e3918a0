// "Questions to the author" at the top of a story's discussion: the questions readers put to the
// author and the author's answers (db/queries/questions.ts), then the form to ask one. Each question
// and answer is also a reply in its place below; here they are gathered so the answers are read first.
import type { StoryQuestions } from "@/db/queries/questions";
import type { FormAction } from "@/lib/form-state";
import { signInPath } from "@/lib/urls/safe-redirect";
import { replyOnPage } from "@/lib/urls/paths";
import { AnswerQuestionForm } from "./answer-question-form";
import { AskAuthorForm } from "./ask-author-form";
import { AskInvitation } from "./ask-invitation";
import { Link } from "./link";
import { MemberLink } from "./member-link";
import { PostBody } from "./post-body";
import { QuestionsSwitch } from "./questions-switch";
import { TimeAgo } from "./time-ago";

export type QuestionsActions = { ask: FormAction; answer: FormAction; setOpen: FormAction };

type Props = {
  actions: QuestionsActions;
  story: {
    id: number;
    author: { id: string; login: string };
    questionsOpen: boolean;
    locked: boolean;
    education: string;
    previousField: string;
  };
  canonical: string;
  questions: StoryQuestions;
};

/** "5 answered, 2 waiting", or what there is. */
export function questionsCount({ answered, waiting }: { answered: number; waiting: number }): string {
  return answered + waiting === 0 ? "none yet" : `${answered} answered, ${waiting} waiting`;
}

export function QuestionsSection({ actions, story, canonical, questions }: Props) {
  const switchControl = <QuestionsSwitch action={actions.setOpen} story={{ ...story, authorId: story.author.id }} />;
  // A story closed to questions that never had one (every story written before questions existed)
  // shows nothing to readers; its author still finds the switch to open it.
  if (!story.questionsOpen && questions.questions.length === 0) {
    return <div className="mt-6">{switchControl}</div>;
  }
  return (
    <section id="questions" aria-labelledby="questions-heading" className="mt-8 scroll-mt-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions to the author: {questionsCount(questions)}
        </h2>
        {switchControl}
      </div>
      {story.questionsOpen && (
        <AskInvitation
          story={{
            authorId: story.author.id,
            authorLogin: story.author.login,
            education: story.education,
            previousField: story.previousField,
          }}
        />
      )}
      {questions.questions.length > 0 && (
        <ol className="mt-4 space-y-4">
          {questions.questions.map((q) => (
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
                    action={actions.answer}
                    storyId={story.id}
                    authorId={story.author.id}
                    question={{ id: q.id, login: q.author.login }}
                  />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <div id="ask" className="mt-4 scroll-mt-4">
        {story.questionsOpen ? (
          <AskAuthorForm
            action={actions.ask}
            story={{
              id: story.id,
              authorId: story.author.id,
              authorLogin: story.author.login,
              locked: story.locked,
            }}
            signInHref={signInPath(`${canonical}#ask`)}
          />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The author has closed this story to questions.</p>
        )}
      </div>
    </section>
  );
}
