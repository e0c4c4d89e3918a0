// Free tags on threads and stories: what a tag may be, and how typed text becomes one. Tags are
// stored and linked in their normalised form only, so "Computer Vision" and "computer-vision" meet.

export const TAGS_MAX = 5;
export const TAG_LENGTH_MAX = 30;
/** Lowercase letters and digits, words joined by single hyphens: safe in a path and a view unescaped. */
const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lowercase, trimmed, accents dropped, spaces, underscores and dots to hyphens; null when anything else
 * is in it (so "c++" is refused rather than quietly becoming "c"), nothing is left, or it is too long.
 * "Computer  Vision" → "computer-vision", "PyTorch" → "pytorch", "node.js" → "node-js".
 */
export function normalizeTag(text: string): string | null {
  const tag = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[\s_.]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  if (tag === "" || tag.length > TAG_LENGTH_MAX || !TAG_PATTERN.test(tag)) return null;
  return tag;
}

/** Whether a path segment is a tag exactly as stored (tag pages and feeds refuse anything else before reading). */
export function isTag(value: string): boolean {
  return normalizeTag(value) === value;
}

/** Tags as the form shows them again. */
export function tagsText(tags: readonly string[]): string {
  return tags.join(", ");
}

/** A tag's page (tags need no escaping). */
export function tagPath(tag: string): string {
  return `/tags/${tag}`;
}

export function tagFeedPath(tag: string): string {
  return `/feeds/tags/${tag}.atom`;
}
