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
import type { Element, ElementContent, Nodes, Root } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import { unified } from "unified";
import type { VFile } from "vfile";
import { imageHosts } from "./image-hosts";
import { profilePath } from "../urls/paths";
import { markdownProblem } from "./markdown-limits";
import { dropDirectionControls } from "./plain-text";

export { MARKDOWN_LIMITS, markdownProblem } from "./markdown-limits";

// Stored next to every rendered post. Bump it whenever the pipeline or the schema below
// changes what HTML may come out, so a script can find rows rendered by an older (possibly
// laxer) sanitizer and re-render them from their Markdown source.
// 2: images only from the hosts of ./image-hosts.ts, the rest shown as links.
// 3: the post's plain text is stored too (`body_text`, what search indexes and quotes), and @login
//    mentions are links to the member's profile.
// 4: no bidi direction controls outside code (dropDirectionControlsOutsideCode), nor in the plain text.
// 5: nor in a code block's language (it becomes a class attribute), found by the property test.
export const MARKDOWN_RENDERER_VERSION = 5;

// GitHub-like default schema, with URL protocols narrowed. The default also lets
// irc/ircs/xmpp links through; nobody needs those here. Relative URLs (no scheme) stay
// allowed: they cannot run script, and `javascript:` & co. always carry a scheme.
const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    // Only https images from the allowed hosts get this far (keepImagesFromAllowedHosts); this is
    // the backstop should that ever let another through.
    src: ["https"],
    cite: ["http", "https"],
    longDesc: ["http", "https"],
  },
  attributes: {
    ...defaultSchema.attributes,
    // Set on every kept image by keepImagesFromAllowedHosts, and only with these values: load when
    // scrolled to, and tell the image host nothing about which page it is on.
    img: [...(defaultSchema.attributes?.img ?? []), ["loading", "lazy"], ["referrerPolicy", "no-referrer"]],
  },
};

/**
 * Whether the browser would fetch `src` over https from one of `hosts` on its default port. Returns
 * the URL as the browser reads it, so the page states exactly what the check saw; null otherwise.
 * Relative and protocol-relative URLs are not absolute, so they fail here: they would fetch from
 * wherever the page is, or over http when it is served over http.
 */
function allowedImageUrl(src: unknown, hosts: ReadonlySet<string>): string | null {
  if (typeof src !== "string" || !URL.canParse(src)) return null;
  const url = new URL(src);
  const ok =
    url.protocol === "https:" &&
    url.port === "" &&
    url.username === "" &&
    url.password === "" &&
    hosts.has(url.hostname);
  return ok ? url.href : null;
}

// Images from other hosts would tell those hosts every reader's IP address (and plain-http ones
// break the page under https), so such an image becomes a link to it, titled by its alt text. The
// link goes through the sanitizer and the external-link treatment like any other. Inside a link it
// becomes just its text: a link in a link is not valid HTML, and browsers would split the outer one.
// Runs before the sanitizer, so everything it makes is sanitized. The host list is read per render.
function keepImagesFromAllowedHosts() {
  return (tree: Root) => {
    const hosts = new Set(imageHosts());
    const walk = (parent: Root | Element, inLink: boolean): void => {
      parent.children = parent.children.map((node): ElementContent => {
        if (node.type !== "element") return node as ElementContent;
        if (node.tagName !== "img") {
          walk(node, inLink || node.tagName === "a");
          return node;
        }
        const { src, alt, title } = node.properties;
        const url = allowedImageUrl(src, hosts);
        if (url !== null) {
          node.properties = { ...node.properties, src: url, loading: "lazy", referrerPolicy: "no-referrer" };
          return node;
        }
        const text: ElementContent = {
          type: "text",
          value: typeof alt === "string" && alt.trim() !== "" ? alt : "image",
        };
        if (inLink || typeof src !== "string" || src === "") return text;
        return { type: "element", tagName: "a", properties: { href: src, title }, children: [text] };
      });
    };
    walk(tree, false);
  };
}

// How many links and images a post has, for the limits on new accounts. Counted on the Markdown
// tree, so they are what the author wrote: links include autolinks, bare web and e-mail addresses and
// references to a definition (the parser makes a reference only when its definition exists); images
// count whether or not they are shown inline. Footnote calls are not links.
type Counts = { links: number; images: number };
declare module "vfile" {
  interface DataMap {
    counts: Counts;
    text: string;
  }
}
function countLinksAndImages() {
  return (tree: MdastRoot, file: VFile) => {
    const counts: Counts = { links: 0, images: 0 };
    const walk = (node: MdastNodes): void => {
      if (node.type === "link" || node.type === "linkReference") counts.links++;
      else if (node.type === "image" || node.type === "imageReference") counts.images++;
      if ("children" in node) node.children.forEach(walk);
    };
    walk(tree);
    file.data.counts = counts;
  };
}

// Bidi embeddings, overrides and isolates make text read as it is not (`report\u202Efdp.exe` shows as
// "reportexe.pdf"), so a post loses them as titles do (lib/markdown/plain-text.ts) wherever a reader sees its
// words: text, alt text, titles, a code block's language. Code keeps them, as it keeps everything
// written; `code` and `inlineCode` are not `text` nodes, so the walk passes their text by. On the tree rather than the source, so that code is
// known and `&#x202E;` is caught once decoded. URLs need nothing: the parser percent-encodes them.
function dropDirectionControlsOutsideCode() {
  const walk = (node: MdastNodes): void => {
    if (node.type === "text") node.value = dropDirectionControls(node.value);
    if ("alt" in node && node.alt) node.alt = dropDirectionControls(node.alt);
    if ("title" in node && node.title) node.title = dropDirectionControls(node.title);
    // A fence's language and meta are not its code: the language becomes `class="language-…"`.
    if (node.type === "code") {
      node.lang = node.lang ? dropDirectionControls(node.lang) || null : node.lang;
      node.meta = node.meta ? dropDirectionControls(node.meta) || null : node.meta;
    }
    if ("children" in node) node.children.forEach(walk);
  };
  return (tree: MdastRoot) => walk(tree);
}

// At most this many members are told of a mention in one post (Discourse's max_mentions_per_post is 10);
// every mention still becomes a link.
export const MENTIONS_NOTIFIED_MAX = 10;

// `@login` in text: a GitHub login (letters, digits, single hyphens, at most 39), not inside a word or
// an address (`ada@example.com`, `/@ada`). Only text nodes are searched, so code, inline code, link
// text and URLs never mention anyone.
const MENTION = /(^|[^\p{L}\p{N}_@/.+-])@([a-z0-9](?:-?[a-z0-9]){0,38})(?![\p{L}\p{N}_-])/giu;
declare module "vfile" {
  interface DataMap {
    mentions: string[];
  }
}
function linkMentions() {
  return (tree: MdastRoot, file: VFile) => {
    const seen = new Map<string, string>();
    const walk = (node: MdastNodes): void => {
      if (!("children" in node) || node.type === "link" || node.type === "linkReference") return;
      const children: MdastNodes[] = [];
      for (const child of node.children) {
        if (child.type !== "text") {
          walk(child);
          children.push(child);
          continue;
        }
        let last = 0;
        for (const match of child.value.matchAll(MENTION)) {
          const at = match.index + match[1].length;
          const login = match[2];
          if (at > last) children.push({ type: "text", value: child.value.slice(last, at) });
          children.push({ type: "link", url: profilePath(login), children: [{ type: "text", value: `@${login}` }] });
          if (!seen.has(login.toLowerCase())) seen.set(login.toLowerCase(), login);
          last = at + 1 + login.length;
        }
        if (last === 0) children.push(child);
        else if (last < child.value.length) children.push({ type: "text", value: child.value.slice(last) });
      }
      (node as { children: MdastNodes[] }).children = children;
    };
    walk(tree);
    file.data.mentions = [...seen.values()];
  };
}

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

// Elements that start a new line of text: their words must not run into the next block's.
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

// The post's text as a reader sees it (after sanitizing: nothing the page would not show), without
// Markdown markup or HTML, for search to index and to quote in highlighted snippets. Shown images
// count by their alt text. Blank runs collapse to one line break. It has no direction controls, not
// even code's: search quotes it without the code around it, where one would turn the words after it.
function collectText() {
  return (tree: Root, file: VFile) => {
    const parts: string[] = [];
    const walk = (node: Nodes): void => {
      if (node.type === "text") parts.push(node.value);
      else if (node.type === "element") {
        const block = BLOCKS.has(node.tagName);
        if (block) parts.push("\n");
        if (node.tagName === "img" && typeof node.properties.alt === "string") parts.push(node.properties.alt);
        node.children.forEach(walk);
        if (block) parts.push("\n");
      } else if ("children" in node) node.children.forEach(walk);
    };
    walk(tree);
    file.data.text = dropDirectionControls(parts.join(""))
      .replace(/[ \t]*\n\s*/g, "\n")
      .trim();
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Before mentions: what reads as `@ada` mentions ada.
  .use(dropDirectionControlsOutsideCode)
  .use(countLinksAndImages)
  // After counting: a mention is not a link its author wrote (new accounts may mention people).
  .use(linkMentions)
  // allowDangerousHtml stays false (the default): raw HTML in the source is dropped here,
  // never parsed, so it cannot reach the browser even if the sanitizer had a gap.
  // clobberPrefix "" because the sanitizer adds the prefix; doing both doubles it.
  .use(remarkRehype, { clobberPrefix: "" })
  .use(keepImagesFromAllowedHosts)
  // Defence in depth: whatever Markdown itself produced (link/image URLs, ids, classes)
  // is filtered against the allow-list. The default schema prefixes id/name with
  // `user-content-` so posts cannot clobber DOM globals.
  .use(rehypeSanitize, schema)
  .use(prefixFragmentLinks)
  .use(collectText)
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
    if (text)
      paragraphs.push(
        `<p>${text
          .split(/\r\n?|\n/)
          .map(escapeText)
          .join("<br>\n")}</p>`,
      );
  }
  return paragraphs.join("\n");
}

/**
 * A post rendered: its sanitized HTML, its plain text (for search), how many links and images its
 * Markdown has, and the logins it mentions (as written, once each ignoring case, in order of first
 * mention; every one is a link).
 */
export type Cooked = { html: string; text: string; links: number; images: number; mentions: string[] };

/**
 * Render user Markdown (GFM) to sanitized HTML, counting its links and images in the same parse.
 * Synchronous; the HTML is safe to store and inject. Total: input past the bounds of
 * ./markdown-limits.ts (posts stored before they existed may be) never reaches the parser, whose
 * work on such input grows much faster than its length; it is shown as plain text, which has no
 * links or images (the forms refuse such input before anything is counted).
 */
export function cook(source: string): Cooked {
  if (markdownProblem(source) !== null) return asPlainText(source);
  try {
    const file = processor.processSync(source);
    const { links, images } = file.data.counts ?? { links: 0, images: 0 };
    return { html: String(file), text: file.data.text ?? "", links, images, mentions: file.data.mentions ?? [] };
  } catch {
    // Nothing accepted by the bounds is known to throw; if something does, show it rather than fail the page.
    return asPlainText(source);
  }
}

// No code is shown here, so no direction control is kept.
function asPlainText(source: string): Cooked {
  const shown = dropDirectionControls(source);
  return { html: renderPlainText(shown), text: shown.trim(), links: 0, images: 0, mentions: [] };
}

/** `cook(source).html`: the sanitized HTML alone. */
export function renderMarkdown(source: string): string {
  return cook(source).html;
}
