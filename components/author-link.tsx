"use client";
import { Link } from "./link";
import { useViewer } from "./viewer";

/**
 * A link only the post's author sees ("Add a follow-up", "Edit"). Pages are the same for every reader,
 * so who is reading is resolved in the browser; the action behind the link checks again.
 */
export function AuthorLink({
  authorId,
  href,
  children,
  className,
}: {
  authorId: string;
  href: string;
  children: React.ReactNode;
  className?: string;
}) {
  const state = useViewer();
  if (state.status !== "signed-in" || state.viewer.id !== authorId) return null;
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
