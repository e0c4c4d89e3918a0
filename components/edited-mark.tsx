import { Link } from "./link";
import { TimeAgo } from "./time-ago";

/** "edited 3 hours ago" on a post that was changed after posting, leading to its edit history. */
export function EditedMark({ at, href }: { at: Date; href: string }) {
  return (
    <Link href={href} className="underline-offset-4 hover:underline">
      edited <TimeAgo date={at} />
      <span className="sr-only"> (see the edit history)</span>
    </Link>
  );
}
