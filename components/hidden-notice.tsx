import { Link } from "./link";

/** On an edit page of a post the moderators hid: it stays as they left it (lib/permissions.ts). */
export function HiddenNotice({ back }: { back: string }) {
  return (
    <p role="status" className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">
      The moderators hid this post, so it can&apos;t be edited. The reason is shown on the post and in the{" "}
      <Link href="/moderation" className="underline">
        moderation log
      </Link>
      .{" "}
      <Link href={back} className="underline">
        Back
      </Link>
    </p>
  );
}
