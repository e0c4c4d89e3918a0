import type { ReactNode } from "react";
import { Avatar } from "./avatar";
import { EditedMark } from "./edited-mark";
import { MemberLink } from "./member-link";
import { TimeAgo } from "./time-ago";

type Props = {
  author: { login: string; image: string | null };
  /** "posted" a discussion, "shared" a story. */
  verb: string;
  createdAt: Date;
  /** Shown as "edited", linking to the history, unless the post is hidden. */
  editedAt: Date | null;
  hidden: boolean;
  historyHref: string;
  /** The post's controls (PostControls), at the line's end. */
  children: ReactNode;
};

/** The line under a thread's or a story's title: who posted it and when, whether it was edited, and its controls. */
export function OpeningByline({ author, verb, createdAt, editedAt, hidden, historyHref, children }: Props) {
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-600 dark:text-zinc-400">
      <p className="flex items-center gap-2">
        <Avatar login={author.login} image={author.image} size={28} />
        <MemberLink login={author.login} />
        <span>
          {verb} <TimeAgo date={createdAt} />
        </span>
        {editedAt && !hidden && <EditedMark at={editedAt} href={historyHref} />}
      </p>
      {children}
    </div>
  );
}
