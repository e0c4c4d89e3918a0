import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { ThreadForm } from "@/components/thread-form";
import { signInPath } from "@/lib/safe-redirect";
import { createThreadAction } from "../actions";

export const metadata: Metadata = { title: "New thread" };

export default async function NewThreadPage() {
  if (!(await currentUser())) redirect(signInPath("/threads/new"));
  return (
    <section aria-labelledby="new-thread-heading">
      <h1 id="new-thread-heading" className="mb-6 text-2xl font-bold tracking-tight">Start a thread</h1>
      <ThreadForm action={createThreadAction} submitLabel="Post thread" />
    </section>
  );
}
