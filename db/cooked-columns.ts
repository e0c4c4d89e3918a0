// A post's Markdown as its row stores it: the source, the sanitized HTML readers are shown, the plain
// text search reads, and the renderer version that made them (db/rerender.ts redoes the rows an older
// renderer made). Every write of a post's text goes through here, so the four never drift apart.
import { MARKDOWN_RENDERER_VERSION, type Cooked } from "@/lib/markdown/markdown";

/** The columns of a follow-up, which search does not read (it has no text column). */
export function htmlColumns(body: string, html: string) {
  return { body, bodyHtml: html, rendererVersion: MARKDOWN_RENDERER_VERSION };
}

/** The columns of a thread, story or reply. */
export function cookedColumns(body: string, cooked: Pick<Cooked, "html" | "text">) {
  return { ...htmlColumns(body, cooked.html), bodyText: cooked.text };
}
