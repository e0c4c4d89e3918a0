import { slugify } from "./validation";

/** `/threads/123-how-i-moved-from-finance`: the id decides, the slug is for people. */
export function threadPath(thread: { id: number; title: string }): string {
  const slug = slugify(thread.title);
  return slug ? `/threads/${thread.id}-${slug}` : `/threads/${thread.id}`;
}
