import type { Metadata } from "next";
import { ThreadForm } from "@/components/thread-form";
import { createThreadAction } from "../actions";

export const metadata: Metadata = { title: "New thread" };

// The same form for every member, so a static page: proxy.ts sends readers without a session to
// sign in first, and the action checks who is posting, as every action does.
export default function NewThreadPage() {
  return (
    <section aria-labelledby="new-thread-heading">
      <h1 id="new-thread-heading" className="mb-6 text-2xl font-bold tracking-tight">
        Start a thread
      </h1>
      <ThreadForm action={createThreadAction} submitLabel="Post thread" />
    </section>
  );
}
