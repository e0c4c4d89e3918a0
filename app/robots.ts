import type { MetadataRoute } from "next";
import { publicOrigin } from "@/server/public-origin";

/**
 * Crawlers read every public page; they stay out of members' forms (new, edit, flag), sign-in, the
 * moderators' pages and the endpoints. `/mod$` and `/mod/` rather than `/mod`, which as a prefix would
 * also shut out the public moderation log at /moderation.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/mod$",
        "/mod/",
        "/api/",
        "/sign-in",
        "/threads/new",
        "/stories/new",
        "/threads/*/edit",
        "/stories/*/edit",
        "/threads/*/flag",
        "/replies/",
      ],
    },
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
