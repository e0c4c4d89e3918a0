import type { Metadata } from "next";
import { StoryForm } from "@/components/story-form";
import { createStoryAction } from "../actions";

export const metadata: Metadata = { title: "Share your story" };

// The same form for every member, so a static page: proxy.ts sends readers without a session to
// sign in first, and the action checks who is posting, as every action does.
export default function NewStoryPage() {
  return (
    <section aria-labelledby="new-story-heading">
      <h1 id="new-story-heading" className="text-2xl font-bold tracking-tight">
        Share your path into ML
      </h1>
      <p className="mb-6 mt-1 text-zinc-600 dark:text-zinc-400">
        The facts let readers find stories that start where they are; the story tells them how you did it.
      </p>
      <StoryForm action={createStoryAction} submitLabel="Publish story" />
    </section>
  );
}
