import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorOnly } from "@/components/author-only";
import { ActionButton } from "@/components/action-button";
import { FollowUpForm } from "@/components/follow-up-form";
import { HiddenNotice } from "@/components/hidden-notice";
import { Link } from "@/components/link";
import { cachedFollowUpForEdit } from "@/server/reads/stories";
import { parseId } from "@/lib/ids";
import { storyPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { FormAlert } from "@/components/form-alert";
import { deleteFollowUpAction, updateFollowUpAction } from "../../actions";

export const metadata: Metadata = { title: "Edit follow-up" };

// Cached per follow-up, like a reply's edit page.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, update: BUILD_PLACEHOLDER }];
}

export default async function EditFollowUpPage({ params }: PageProps<"/stories/[id]/updates/[update]/edit">) {
  const { id: storyParam, update } = await params;
  const storyId = parseId(storyParam);
  const id = parseId(update);
  if (storyId === null || id === null) notFound();
  const followUp = await cachedFollowUpForEdit(id);
  // Reached only through its own story's address.
  if (!followUp || followUp.storyId !== storyId) notFound();
  const back = storyPath({ id: storyId, title: followUp.storyTitle });
  const initial = {
    monthsAfterOffer: String(followUp.monthsAfterOffer),
    kind: followUp.kind,
    stillInMl: followUp.stillInMl ? "yes" : "no",
    body: followUp.body,
  };
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="text-2xl font-bold tracking-tight">
        Edit follow-up
      </h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        On{" "}
        <Link href={back} className="underline">
          {followUp.storyHiddenAt ? "your story" : followUp.storyTitle}
        </Link>
      </p>
      {followUp.storyHiddenAt ? (
        <HiddenNotice back={back} />
      ) : (
        <AuthorOnly
          here={`/stories/${storyId}/updates/${id}/edit`}
          authorId={followUp.authorId}
          refusal={
            <FormAlert className="p-3">
              You can only edit your own follow-ups.{" "}
              <Link href={back} className="underline">
                Back to the story
              </Link>
            </FormAlert>
          }
        >
          <FollowUpForm
            action={updateFollowUpAction}
            hidden={{ followUpId: id }}
            initial={initial}
            submitLabel="Save changes"
          />
          <div className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <ActionButton
              action={deleteFollowUpAction}
              hidden={{ followUpId: id }}
              className="text-sm font-medium text-red-700 underline-offset-4 hover:underline disabled:opacity-60 dark:text-red-400"
              confirm="Delete this follow-up?"
              pendingText="Deleting…"
            >
              Delete this follow-up
            </ActionButton>
          </div>
        </AuthorOnly>
      )}
    </section>
  );
}
