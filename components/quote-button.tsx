"use client";
// Quote-reply: quotes the reader's selection inside a reply (or, with none, the whole reply) into the
// reply box, with a link back, and makes the new reply answer it (replyTo: its author is notified and
// it shows "in reply to @login"). Needs JavaScript and a signed-in reader; without, the reply box
// still works and a quote is typed by hand.
import { useViewer } from "./viewer";

export const QUOTE_EVENT = "mlpaths:quote";
export type QuoteDetail = { replyId: number; login: string; markdown: string };

/** The quoted text as Markdown: each line behind "> ", then who said it, linked to where. */
export function quoteMarkdown(text: string, login: string, href: string): string {
  const lines = text
    .trim()
    .replace(/\n{3,}/g, "\n\n")
    .split("\n");
  return `${lines.map((line) => (line ? `> ${line}` : ">")).join("\n")}\n>\n> — [@${login}](${href})\n\n`;
}

export function QuoteButton({ replyId, login, href }: { replyId: number; login: string; href: string }) {
  const viewer = useViewer();
  if (viewer.status !== "signed-in") return null;
  const quote = () => {
    const body = document.querySelector(`#reply-${replyId} .post-body`);
    const selection = window.getSelection();
    const selected =
      selection && !selection.isCollapsed && body?.contains(selection.anchorNode) && body.contains(selection.focusNode)
        ? selection.toString()
        : "";
    const text = selected.trim() || (body as HTMLElement | null)?.innerText || "";
    if (!text.trim()) return;
    window.dispatchEvent(
      new CustomEvent<QuoteDetail>(QUOTE_EVENT, {
        detail: { replyId, login, markdown: quoteMarkdown(text, login, href) },
      }),
    );
  };
  return (
    <button
      type="button"
      onClick={quote}
      aria-label={`Quote reply by ${login}`}
      className="rounded-md px-2.5 py-1 text-sm text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-300"
    >
      Quote
    </button>
  );
}
