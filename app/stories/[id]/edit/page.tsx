import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorOnly } from "@/components/author-only";
import { HiddenNotice } from "@/components/hidden-notice";
import { ActionButton } from "@/components/action-button";
import { Link } from "@/components/link";
import { StoryForm } from "@/components/story-form";
import { tagsText } from "@/lib/tags";
import { milestoneLine } from "@/lib/stories/story-validation";
import { cachedStory } from "@/server/reads/stories";
import { parseId } from "@/lib/ids";
import { storyPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { FormAlert } from "@/components/form-alert";
import { deleteStoryAction, updateStoryAction } from "../../actions";

export const metadata: Metadata = { title: "Edit story" };

// Cached per story, like its page (see app/threads/[id]/edit/page.tsx).
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export default async function EditStoryPage({ params }: PageProps<"/stories/[id]/edit">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const story = await cachedStory(id);
  if (!story) notFound();
  const initial = {
    title: story.title,
    body: story.body,
    role: story.role,
    education: story.education,
    previousField: story.previousField,
    previousTitle: story.previousTitle,
    monthsToOffer: String(story.monthsToOffer),
    firstRoleYear: String(story.firstRoleYear),
    howHired: story.howHired,
    resources: story.resources.map((r) => r.label).join("\n"),
    milestones: story.milestones.map(milestoneLine).join("\n"),
    tags: tagsText(story.tags),
    questions: story.questionsOpen ? "open" : "",
  };
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="mb-6 text-2xl font-bold tracking-tight">
        Edit your story
      </h1>
      {story.hiddenAt ? (
        <HiddenNotice back={storyPath(story)} />
      ) : (
        <AuthorOnly
          here={`/stories/${id}/edit`}
          authorId={story.author.id}
          refusal={
            <FormAlert className="p-3">
              You can only edit your own stories.{" "}
              <Link href={storyPath(story)} className="underline">
                Back to the story
              </Link>
            </FormAlert>
          }
        >
          <StoryForm action={updateStoryAction} initial={initial} storyId={story.id} submitLabel="Save changes" />
          <div className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <ActionButton
              action={deleteStoryAction}
              hidden={{ storyId: story.id }}
              className="text-sm font-medium text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400"
              confirm="Delete this story?"
              pendingText="Deleting…"
            >
              Delete this story
            </ActionButton>
          </div>
        </AuthorOnly>
      )}
    </section>
  );
}
