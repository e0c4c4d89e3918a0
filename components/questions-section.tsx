// "Questions to the author" at the top of a story's discussion: the questions readers put to the
// author and the author's answers (db/queries/questions.ts), then the form to ask one. Each question
// and answer is also a reply in its place below; here they are gathered so the answers are read first.
import type { StoryQuestions } from "@/db/queries/questions";
import type { FormAction } from "@/lib/form-state";
import { signInPath } from "@/lib/urls/safe-redirect";
import { questionsPagePath } from "@/lib/urls/paths";
import { AskAuthorForm } from "./ask-author-form";
import { AskInvitation } from "./ask-invitation";
import { Link } from "./link";
import { QuestionList } from "./question-list";
import { QuestionsSwitch } from "./questions-switch";

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
        <QuestionList
          questions={questions.questions}
          story={{ id: story.id, author: story.author }}
          canonical={canonical}
          answerAction={actions.answer}
        />
      )}
      {questions.more && (
        <p className="mt-3 text-sm">
          <Link
            href={questionsPagePath(canonical, questions.questions.at(-1)!.id)}
            rel="next"
            className="underline underline-offset-4"
          >
            More questions
          </Link>
        </p>
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
