import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { StoryForm } from "@/components/story-form";
import { signInPath } from "@/lib/safe-redirect";
import { createStoryAction } from "../actions";

export const metadata: Metadata = { title: "Share your story" };

export default async function NewStoryPage() {
  if (!(await currentUser())) redirect(signInPath("/stories/new"));
  return (
    <section aria-labelledby="new-story-heading">
      <h1 id="new-story-heading" className="text-2xl font-bold tracking-tight">Share your path into ML</h1>
      <p className="mb-6 mt-1 text-zinc-600 dark:text-zinc-400">
        The facts let readers find stories that start where they are; the story tells them how you did it.
      </p>
      <StoryForm action={createStoryAction} submitLabel="Publish story" />
    </section>
  );
}
