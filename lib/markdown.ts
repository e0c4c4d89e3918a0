// The single place where user-written Markdown becomes HTML.
// Deliberately framework-free (no `server-only`) so it can be unit-tested in plain Node;
// callers store its output and render it with dangerouslySetInnerHTML, so everything
// that makes that safe lives here.

import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Nodes, Root } from "hast";
import { unified } from "unified";
import { markdownProblem } from "./markdown-limits";

export { MARKDOWN_LIMITS, markdownProblem } from "./markdown-limits";

// Stored next to every rendered post. Bump it whenever the pipeline or the schema below
// changes what HTML may come out, so a script can find rows rendered by an older (possibly
// laxer) sanitizer and re-render them from their Markdown source.
export const MARKDOWN_RENDERER_VERSION = 1;

// GitHub-like default schema, with URL protocols narrowed. The default also lets
// irc/ircs/xmpp links through; nobody needs those here. Relative URLs (no scheme) stay
// allowed: they cannot run script, and `javascript:` & co. always carry a scheme.
const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    // Images are allowed (screenshots, plots) but only from http(s); no data: URLs.
    // Note they still hit third-party hosts when viewed, like on GitHub.
    src: ["http", "https"],
    cite: ["http", "https"],
    longDesc: ["http", "https"],
  },
};

// The sanitizer prefixes every id with `user-content-` (default schema). In-page links must
// therefore point at the prefixed ids, or GFM footnote links (`#fn-1`) would go nowhere; GitHub does
// this rewrite in client-side JS. Only ever prepends a fixed string after a `#`, so it cannot
// turn a sanitized href into a dangerous one.
const PREFIX = defaultSchema.clobberPrefix ?? "user-content-";
function prefixFragmentLinks() {
  const walk = (node: Nodes): void => {
    if (node.type === "element" && node.tagName === "a") {
      const href = node.properties.href;
      if (typeof href === "string" && href.startsWith("#") && href.length > 1 && !href.startsWith(`#${PREFIX}`)) {
        node.properties.href = `#${PREFIX}${href.slice(1)}`;
      }
    }
    if ("children" in node) node.children.forEach(walk);
  };
  return (tree: Root) => walk(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // allowDangerousHtml stays false (the default): raw HTML in the source is dropped here,
  // never parsed, so it cannot reach the browser even if the sanitizer had a gap.
  // clobberPrefix "" because the sanitizer adds the prefix; doing both doubles it.
  .use(remarkRehype, { clobberPrefix: "" })
  // Defence in depth: whatever Markdown itself produced (link/image URLs, ids, classes)
  // is filtered against the allow-list. The default schema prefixes id/name with
  // `user-content-` so posts cannot clobber DOM globals.
  .use(rehypeSanitize, schema)
  .use(prefixFragmentLinks)
  // Must run AFTER the sanitizer, which would otherwise strip `rel` (it is not in the
  // allow-list). Every absolute http(s) link (and protocol-relative `//host`) is user
  // content pointing off-site: no SEO credit, no window.opener access.
  .use(rehypeExternalLinks, { rel: ["nofollow", "ugc", "noopener"] })
  .use(rehypeStringify);

// Text the parser must not see becomes paragraphs of escaped text: only <p> and <br> around text
// escaped the way the serializer escapes it, so there is nothing for a sanitizer to remove.
const escapeText = (text: string) => text.replace(/[&<]/g, (c) => (c === "&" ? "&#x26;" : "&#x3C;"));

/** `source` as escaped text: one paragraph per blank-line-separated block, line breaks kept. */
export function renderPlainText(source: string): string {
  const paragraphs: string[] = [];
  for (const block of source.split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)\s*/)) {
    const text = block.trim();
    if (text) paragraphs.push(`<p>${text.split(/\r\n?|\n/).map(escapeText).join("<br>\n")}</p>`);
  }
  return paragraphs.join("\n");
}

/**
 * Render user Markdown (GFM) to sanitized HTML. Synchronous; safe to store and inject. Total: input
 * past the bounds of ./markdown-limits.ts (posts stored before they existed may be) never reaches the
 * parser, whose work on such input grows much faster than its length; it is shown as plain text.
 */
export function renderMarkdown(source: string): string {
  if (markdownProblem(source) !== null) return renderPlainText(source);
  try {
    return String(processor.processSync(source));
  } catch {
    // Nothing accepted by the bounds is known to throw; if something does, show it rather than fail the page.
    return renderPlainText(source);
  }
}
