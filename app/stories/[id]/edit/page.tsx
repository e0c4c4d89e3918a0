import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { StoryForm } from "@/components/story-form";
import { getStory } from "@/db/queries/stories";
import { canEdit } from "@/lib/permissions";
import { storyPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { parseId } from "@/lib/validation";
import { deleteStoryAction, updateStoryAction } from "../../actions";

export const metadata: Metadata = { title: "Edit story" };

export default async function EditStoryPage({ params }: PageProps<"/stories/[id]/edit">) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const story = await getStory(id);
  if (!story) notFound();
  const user = await currentUser();
  if (!user) redirect(signInPath(`/stories/${id}/edit`));
  if (!canEdit(user, { authorId: story.author.id, deletedAt: null })) {
    return (
      <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
        You can only edit your own stories. <Link href={storyPath(story)} className="underline">Back to the story</Link>
      </p>
    );
  }
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
    milestones: story.milestones.map((m) => `month ${m.month}: ${m.text}`).join("\n"),
  };
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="mb-6 text-2xl font-bold tracking-tight">Edit your story</h1>
      <StoryForm action={updateStoryAction} initial={initial} storyId={story.id} submitLabel="Save changes" />
      <form action={deleteStoryAction} className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <input type="hidden" name="storyId" value={story.id} />
        <button type="submit" className="text-sm font-medium text-red-700 underline-offset-4 hover:underline dark:text-red-400">
          Delete this story
        </button>
      </form>
    </section>
  );
}
