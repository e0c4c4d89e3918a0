// The mark under a locked discussion's or story's title (moderators locked it: no new replies).
export function LockedNote() {
  return (
    <p className="mt-2 inline-flex rounded-full bg-zinc-100 px-3 py-1 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
      Locked: this thread takes no new replies.
    </p>
  );
}
