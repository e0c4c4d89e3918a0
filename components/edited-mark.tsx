import { Link } from "./link";
import { TimeAgo } from "./time-ago";

/**
 * "edited 3 hours ago" on a post changed after posting; the time leads to its edit history. Only the
 * time is the link, so its name does not contain "edit" and the post's own "Edit" link stays unique.
 */
export function EditedMark({ at, href }: { at: Date; href: string }) {
  return (
    <span>
      edited{" "}
      <Link href={href} className="underline underline-offset-4 hover:decoration-2">
        <TimeAgo date={at} />
        <span className="sr-only"> (history of changes)</span>
      </Link>
    </span>
  );
}
