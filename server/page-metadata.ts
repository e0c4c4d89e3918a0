// Titles, descriptions, canonical addresses and the OpenGraph/Twitter cards that link previews read,
// built one way for every page. Cached pages are the same for every reader, so nothing here may
// depend on the request.
import type { Metadata } from "next";
import { SITE_FEEDS } from "@/lib/feeds";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };

/** The start of a post's text, from its stored sanitized HTML: tags dropped, entities read, one line. */
export function excerptOfHtml(html: string, max = 200): string {
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40)).trimEnd()}…`;
}

/** `noindex`: a page search engines should not list (search results), though they may follow its links. */
type Page = {
  title: string;
  description?: string;
  path: string;
  type?: "website" | "article" | "profile";
  noindex?: boolean;
};

export function pageMetadata({ title, description, path, type = "website", noindex = false }: Page): Metadata {
  return {
    title,
    description,
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
    // A page's alternates replace the layout's, so the site's feeds are named again here.
    alternates: { canonical: path, types: { "application/atom+xml": SITE_FEEDS } },
    openGraph: { title, description, url: path, type, siteName: "MLPaths" },
    twitter: { card: "summary", title, description },
  };
}
