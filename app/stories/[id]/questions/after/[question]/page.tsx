// A story's questions to its author beyond the first page (the story's own page shows the first
// QUESTIONS_SHOWN): /stories/123-slug/questions/after/<question id>, keyset-paged and cached whole like
// the story. proxy.ts sends an invented cursor to the story (lib/urls/positions.ts pagedPath).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { QuestionList } from "@/components/question-list";
import { questionsCount } from "@/components/questions-section";
import { cachedQuestions, cachedStory } from "@/server/reads/stories";
import { ensureCanonical } from "@/server/canonical";
import { pageMetadata } from "@/server/page-metadata";
import { parseId, parseThreadParam } from "@/lib/ids";
import { questionsPagePath, storyPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { answerQuestionAction } from "../../../../actions";

type Props = PageProps<"/stories/[id]/questions/after/[question]">;

export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, question: BUILD_PLACEHOLDER }];
}

async function load(params: Props["params"]) {
  const { id: param, question } = await params;
  const id = parseThreadParam(param);
  const after = parseId(question);
  if (id === null || after === null) notFound();
  const story = await cachedStory(id);
  // A hidden story's discussion is hidden with it, questions included.
  if (!story || story.hiddenAt) notFound();
  const canonical = storyPath(story);
  ensureCanonical(
    `/stories/${param}/questions/after/${question}`,
    questionsPagePath(canonical, after),
    new URLSearchParams(),
  );
  return { story, canonical, after };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, canonical, after } = await load(params);
  return pageMetadata({
    title: `Questions to ${story.author.login} · ${story.title}`,
    description: `Readers' questions to the author of “${story.title}”, and the author's answers.`,
    path: questionsPagePath(canonical, after),
  });
}

export default async function StoryQuestionsPage({ params }: Props) {
  const { story, canonical, after } = await load(params);
  const questions = await cachedQuestions(story.id, after);
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={canonical} className="text-emerald-700 underline-offset-4 hover:underline dark:text-emerald-400">
          ← {story.title}
        </Link>
      </p>
      <section aria-labelledby="questions-heading">
        <h1 id="questions-heading" className="text-2xl font-bold tracking-tight">
          Questions to the author: {questionsCount(questions)}
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          More of the questions readers asked @{story.author.login} about this story, oldest first.
        </p>
        {questions.questions.length > 0 ? (
          <QuestionList
            questions={questions.questions}
            story={{ id: story.id, author: story.author }}
            canonical={canonical}
            answerAction={answerQuestionAction}
          />
        ) : (
          <p className="mt-4 text-zinc-600 dark:text-zinc-400">No more questions here.</p>
        )}
        <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
          <Link href={`${canonical}#questions`} className="underline underline-offset-4">
            First questions
          </Link>
          {questions.more && (
            <Link
              href={questionsPagePath(canonical, questions.questions.at(-1)!.id)}
              rel="next"
              className="underline underline-offset-4"
            >
              More questions
            </Link>
          )}
        </nav>
        {story.questionsOpen && (
          <p className="mt-6 text-sm">
            <Link href={`${canonical}#ask`} className="underline underline-offset-4">
              Ask the author a question
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
