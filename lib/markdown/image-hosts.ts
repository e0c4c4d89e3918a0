// The hosts whose images a post may show inline. Every image a reader's browser loads tells that
// host the reader's IP address, so only well-known image hosts get it; any other image is shown as a
// link (lib/markdown/markdown.ts). The Content-Security-Policy's img-src is built from the same list, so this
// module stays importable from plain Node: no Next, no Markdown parser.

/** Always allowed: where GitHub and Imgur serve the screenshots and plots people paste. */
export const DEFAULT_IMAGE_HOSTS: readonly string[] = [
  "avatars.githubusercontent.com",
  "user-images.githubusercontent.com",
  "private-user-images.githubusercontent.com",
  "raw.githubusercontent.com",
  "i.imgur.com",
];

// A DNS name in lowercase: dot-separated labels of letters, digits and inner hyphens. Nothing else
// (no scheme, port, path, wildcard, space or `;`), since each entry goes into a CSP header verbatim.
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOSTNAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);

/**
 * The hostnames in a comma-separated list such as `IMAGE_HOSTS`: trimmed and lowercased. Entries that
 * are not plain hostnames are left out rather than trusted.
 */
export function parseImageHosts(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => HOSTNAME.test(entry));
}

/**
 * Hosts whose https images posts may embed: the defaults plus `IMAGE_HOSTS` (comma-separated), read
 * on every call so a test or a restart with new settings sees the change.
 */
export function imageHosts(env: Record<string, string | undefined> = process.env): string[] {
  return [...new Set([...DEFAULT_IMAGE_HOSTS, ...parseImageHosts(env.IMAGE_HOSTS)])];
}
