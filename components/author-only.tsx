"use client";
import { signInPath } from "@/lib/urls/safe-redirect";
import { Link } from "./link";
import { useViewer } from "./viewer";

/**
 * An edit form, for its author. The edit page is cached like every page (its content is public), so
 * who is reading is resolved in the browser: a signed-out reader is offered sign-in, another member
 * sees `refusal`. Without JavaScript the form stays, and the action refuses anyone but the author, as
 * it always does.
 */
export function AuthorOnly({
  authorId,
  here,
  refusal,
  children,
}: {
  authorId: string;
  here: string;
  refusal: React.ReactNode;
  children: React.ReactNode;
}) {
  const state = useViewer();
  if (state.status === "signed-out") {
    return (
      <p className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">
        <Link href={signInPath(here)} className="font-medium underline">
          Sign in
        </Link>{" "}
        to edit your post.
      </p>
    );
  }
  return state.status === "signed-in" && state.viewer.id !== authorId ? refusal : children;
}
