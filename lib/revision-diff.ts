// The changes between two versions of a post's Markdown source, as HTML for its history page: every
// piece of member text escaped, added words in <ins>, removed ones in <del>. Marks are not colour only
// (underline and strike-through, plus a sign) and screen readers hear "added"/"removed" from hidden
// words, since most read <ins>/<del> as plain text.
import { diffWordsWithSpace } from "diff";

// A word diff is O(N·D): two unrelated 20,000-character texts would take seconds. Past this many
// edits the versions are shown as one removal and one addition, which is what they are.
const MAX_EDIT_LENGTH = 1_000;

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export function diffParts(before: string, after: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [
      ...(before ? [{ kind: "removed" as const, text: before }] : []),
      ...(after ? [{ kind: "added" as const, text: after }] : []),
    ];
  }
  return changes.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// Class names spelled out here so Tailwind's scan finds them.
const INS =
  "rounded-sm bg-emerald-100 text-emerald-950 underline decoration-2 underline-offset-2 dark:bg-emerald-900/60 dark:text-emerald-50";
const DEL = "rounded-sm bg-red-100 text-red-950 line-through decoration-2 dark:bg-red-900/50 dark:text-red-50";

/** One part of a diff as HTML: member text escaped, a change marked. */
export function partHtml({ kind, text }: DiffPart): string {
  const escaped = escapeText(text);
  if (kind === "same") return escaped;
  const [tag, cls, label, sign] = kind === "added" ? ["ins", INS, "added", "+"] : ["del", DEL, "removed", "−"];
  return `<${tag} class="${cls}"><span class="sr-only">[${label}: </span><span aria-hidden="true" class="select-none font-bold">${sign}</span>${escaped}<span class="sr-only">]</span></${tag}>`;
}

/**
 * The two versions' differences as escaped text with marked additions and removals. jsdiff reads the
 * clock (for its timeout), which Next refuses while rendering a cached page: call it inside the
 * 'use cache' read (server/reads/threads.ts), never from a component.
 */
export function diffHtml(before: string, after: string): string {
  return diffParts(before, after).map(partHtml).join("");
}

type Version = { title: string | null; body: string; facts: string | null };

/** Each part of a post that an edit changed, as diff HTML; null where it did not change. */
export function versionDiff(before: Version, after: Version) {
  const part = (a: string | null, b: string | null) => ((a ?? "") === (b ?? "") ? null : diffHtml(a ?? "", b ?? ""));
  return {
    title: part(before.title, after.title),
    body: part(before.body, after.body),
    facts: part(before.facts, after.facts),
  };
}
