import "server-only";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/feeds";

/**
 * The origin for this response's absolute links (lib/feeds.ts). Reading the request also keeps each
 * route that calls it out of `next build`, which has no database; its body is then one cached string.
 */
export async function publicOrigin(): Promise<string> {
  return siteOrigin(process.env.AUTH_URL, await headers());
}
