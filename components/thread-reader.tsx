"use client";
// The reader's own bar on a thread or story page: asks the per-reader request about this thread (and
// tells it the last reply this page shows, which becomes the reader's read position), then offers
// following and muting and a way to the replies that are new since the reader's last visit. Opened
// at its plain address, the thread takes a reader who has been here before to where they left off.
import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { firstUnreadPath, landingPlace } from "@/lib/reader-scope";
import { FormAlert } from "@/components/form-alert";
import { Link } from "./link";
import { ReaderScope, useReaderPatch, useReaderState, useViewer } from "./viewer";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  threadId: number;
  canonical: string;
  /** The last reply on this page of the replies, if any. */
  lastShown: number | null;
  /** The first reply on this page, if any: new replies before it are on an earlier page. */
  firstShown: number | null;
  /** This page is the thread's plain address (no page of replies asked for). */
  plain: boolean;
};

const LEVELS = [
  { value: "following", label: "Following", hint: "You are told of every reply here." },
  { value: "normal", label: "Normal", hint: "You are told of replies to your posts and of mentions." },
  { value: "muted", label: "Muted", hint: "You are told of nothing here, mentions included." },
] as const;

function LevelButton({ value, label, current }: { value: string; label: string; current: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="level"
      value={value}
      disabled={pending}
      aria-pressed={current}
      className={`px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md disabled:cursor-wait ${
        current
          ? "bg-emerald-700 text-white"
          : "bg-white text-zinc-700 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"
      }`}
    >
      {label}
    </button>
  );
}

export function ThreadReader({ action, threadId, canonical, lastShown, firstShown, plain }: Props) {
  const viewer = useViewer();
  const state = useReaderState();
  const patch = useReaderPatch();
  const router = useRouter();
  const [result, formAction] = useActionState(action, {});
  const thread = state?.thread?.id === threadId ? state.thread : null;

  // Once a view, when the per-reader answer comes: from any link to the thread (a list, a profile, a
  // search result), as Discourse does. Not when the address names a reply, nor once the reader has
  // scrolled (the answer comes after the page settles, and a page that moves under a reader is worse
  // than one that stays), nor again for this instance: the router keeps a page it left and shows it
  // again on Back, as the reader left it. The cached page is the same for everyone; only this step is
  // the reader's.
  const landed = useRef<number | null>(null);
  useEffect(() => {
    if (!plain || !thread || landed.current === threadId) return;
    landed.current = threadId;
    if (window.location.hash || window.scrollY > 0) return;
    const place = landingPlace(canonical, thread, { first: firstShown, last: lastShown });
    if (!place) return;
    // Another page of replies is a document load: the client router may answer a URL that differs only
    // in its query from its copy of this page (seen: the URL changed, the replies did not).
    if ("hash" in place) router.replace(`${window.location.pathname}${window.location.search}${place.hash}`);
    else window.location.replace(place.href);
  }, [plain, thread, threadId, canonical, firstShown, lastShown, router]);
  const scope = <ReaderScope thread={threadId} seen={lastShown ?? undefined} />;
  if (viewer.status !== "signed-in" || !thread) return scope;
  const level = thread.follow ?? "normal";
  const { lastReadReplyId, firstUnreadId } = thread;
  // New since the last visit and not on this page: send the reader to the page that starts there.
  const onThisPage =
    firstUnreadId !== null &&
    firstShown !== null &&
    lastShown !== null &&
    firstShown <= firstUnreadId &&
    firstUnreadId <= lastShown;
  const hint = LEVELS.find((l) => l.value === level)!.hint;
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      {scope}
      <form
        action={formAction}
        onSubmit={(event) => {
          const chosen = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
          if (chosen)
            patch({ thread: { ...thread, follow: chosen === "normal" ? null : (chosen as "following" | "muted") } });
        }}
        className="flex flex-wrap items-center gap-3"
      >
        <input type="hidden" name="threadId" value={threadId} />
        <div
          role="group"
          aria-label="Notifications for this thread"
          aria-describedby={`follow-hint-${threadId}`}
          className="inline-flex divide-x divide-zinc-300 overflow-hidden rounded-md border border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700"
        >
          {LEVELS.map((l) => (
            <LevelButton key={l.value} value={l.value} label={l.label} current={l.value === level} />
          ))}
        </div>
        <p id={`follow-hint-${threadId}`} className="text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
        {result.message && <FormAlert className="w-full p-2">{result.message}</FormAlert>}
      </form>
      {firstUnreadId !== null && lastReadReplyId !== null && (
        <Link
          href={onThisPage ? `#reply-${firstUnreadId}` : firstUnreadPath(canonical, { lastReadReplyId, firstUnreadId })}
          className="font-medium text-emerald-700 underline underline-offset-4 dark:text-emerald-400"
        >
          First new reply since your last visit
        </Link>
      )}
    </div>
  );
}
