import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorOnly } from "@/components/author-only";
import { FollowUpForm } from "@/components/follow-up-form";
import { HiddenNotice } from "@/components/hidden-notice";
import { Link } from "@/components/link";
import { cachedStory } from "@/server/reads/stories";
import { parseId } from "@/lib/ids";
import { storyPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { FormAlert } from "@/components/form-alert";
import { createFollowUpAction } from "../actions";

export const metadata: Metadata = { title: "Add a follow-up" };

// Cached per story, like its edit page: the content is public, the author check is made in the
// browser for the form and by the action for the write.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export default async function NewFollowUpPage({ params }: PageProps<"/stories/[id]/updates/new">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const story = await cachedStory(id);
  if (!story) notFound();
  const back = storyPath(story);
  return (
    <section aria-labelledby="follow-up-heading">
      <h1 id="follow-up-heading" className="text-2xl font-bold tracking-tight">
        Add a follow-up
      </h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        To{" "}
        <Link href={back} className="underline">
          {story.hiddenAt ? "your story" : story.title}
        </Link>
        . What happened after the first ML offer: a new role, a raise, a setback, or simply still there. Readers ask
        this first.
      </p>
      {story.hiddenAt ? (
        <HiddenNotice back={back} />
      ) : (
        <AuthorOnly
          here={`/stories/${id}/updates/new`}
          authorId={story.author.id}
          refusal={
            <FormAlert className="p-3">
              Only the story&apos;s author can add follow-ups.{" "}
              <Link href={back} className="underline">
                Back to the story
              </Link>
            </FormAlert>
          }
        >
          <FollowUpForm action={createFollowUpAction} hidden={{ storyId: story.id }} submitLabel="Add follow-up" />
        </AuthorOnly>
      )}
    </section>
  );
}
