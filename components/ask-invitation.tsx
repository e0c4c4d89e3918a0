"use client";
// Ask the author, the invitation on a story: a reader who looked for paths like theirs and whose
// starting point matches this story's is invited to ask its author. Where they started is the reader's
// own, so it stays in their browser (localStorage, written by the paths-like-mine results), and the
// story page stays the same cached HTML for everyone: without JavaScript there is no invitation, and
// the form below it is still there.
import { useEffect, useSyncExternalStore } from "react";
import { matchReasons } from "@/lib/stories/match-reasons";
import { useViewer } from "./viewer";

const KEY = "mlpaths:start";

type Start = { education?: string; field?: string };

/** On the paths-like-mine results: remembers the reader's starting point for the stories they open. */
export function RememberStart({ start }: { start: Start }) {
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify({ education: start.education, field: start.field }));
    } catch {
      // Storage refused (private mode, full): no invitation, nothing else lost.
    }
  }, [start.education, start.field]);
  return null;
}

function readStart(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};

export function AskInvitation({
  story,
}: {
  story: { authorId: string; authorLogin: string; education: string; previousField: string };
}) {
  const saved = useSyncExternalStore(noSubscription, readStart, () => null);
  const viewer = useViewer();
  if (!saved) return null;
  if (viewer.status === "signed-in" && viewer.viewer.id === story.authorId) return null;
  let start: Start;
  try {
    const parsed = JSON.parse(saved) as Start;
    start = { education: String(parsed.education ?? ""), field: String(parsed.field ?? "") };
  } catch {
    return null;
  }
  // Only the same education or the same previous field: "similar" is too loose to say "like you".
  const reasons = matchReasons(start, story).filter((r) => r.startsWith("Same"));
  if (reasons.length === 0) return null;
  return (
    <p className="mt-4 rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm dark:border-emerald-900 dark:bg-emerald-950">
      <span className="font-semibold">@{story.authorLogin} started where you are</span> ({reasons.join(" · ")}).{" "}
      <a href="#ask" className="font-medium text-emerald-800 underline underline-offset-4 dark:text-emerald-300">
        Ask them a question
      </a>
    </p>
  );
}
