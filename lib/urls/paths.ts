/** `/threads/123-how-i-moved` or `/stories/123-how-i-moved`: the id decides, the slug is for people. */
export function threadPath(thread: { id: number; title: string; kind?: "discussion" | "story" }): string {
  const slug = slugify(thread.title);
  const base = thread.kind === "story" ? `/stories/${thread.id}` : `/threads/${thread.id}`;
  return slug ? `${base}-${slug}` : base;
}

export function storyPath(story: { id: number; title: string }): string {
  return threadPath({ ...story, kind: "story" });
}

/** A story's questions to its author after the question `after` (the story's page shows the first). */
export function questionsPagePath(canonical: string, after: number): string {
  return `${canonical}/questions/after/${after}`;
}

/** The page of a thread that ends with this reply, scrolled to it (where a new or edited reply is shown). */
export function replyPath(place: {
  id: number;
  thread: { id: number; title: string; kind: "discussion" | "story" };
}): string {
  return replyOnPage(threadPath(place.thread), place.id);
}

/** The same place, from the thread's canonical path (a thread page already has it). */
export function replyOnPage(canonical: string, replyId: number): string {
  return `${canonical}?before=${replyId + 1}#reply-${replyId}`;
}

/** A thread's opening post, a reply in its place, or a story's follow-up on the story's page. */
export function postPath(place: {
  thread: { id: number; title: string; kind: "discussion" | "story" };
  replyId: number | null;
  updateId?: number | null;
}): string {
  if (place.updateId != null) return followUpPath({ id: place.updateId, story: place.thread });
  return place.replyId === null ? threadPath(place.thread) : replyPath({ id: place.replyId, thread: place.thread });
}

/** A follow-up in its story's timeline. */
export function followUpPath(place: { id: number; story: { id: number; title: string } }): string {
  return `${storyPath(place.story)}#follow-up-${place.id}`;
}

/** A member's profile. Logins are letters, digits and hyphens (and "~" in a released one): no escaping needed. */
export function profilePath(login: string): string {
  return `/u/${encodeURIComponent(login)}`;
}

/** A post's edit history: `/threads/123/history`, `/stories/123/history`, `/replies/45/history`. */
export function historyPath(post: {
  threadId: number;
  replyId?: number | null;
  kind?: "discussion" | "story";
}): string {
  if (post.replyId != null) return `/replies/${post.replyId}/history`;
  return `${post.kind === "story" ? "/stories" : "/threads"}/${post.threadId}/history`;
}

/** Turn a title into the decorative part of a thread URL (here, not with the input rules: browsers build paths too). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
