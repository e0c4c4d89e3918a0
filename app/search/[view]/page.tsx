import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedSearch } from "@/server/reads/search";
import { readSearchView } from "@/lib/urls/search-query";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";
import { SearchView, searchMetadata } from "../search-view";

// `/search?q=…` with its kind, story filters and page, checked and tidied by proxy.ts into one path
// segment (lib/urls/search-query.ts), so the page is cached whole like every list, one entry per query,
// and expired by any write to a post (tag "search"). Measured against reading the query at request
// time in docs/features.md, "Search".
export function generateStaticParams() {
  return [{ view: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: PageProps<"/search/[view]">): Promise<Metadata> {
  const read = readSearchView((await params).view);
  return read ? searchMetadata(read) : {};
}

export default async function SearchResultsPage({ params }: PageProps<"/search/[view]">) {
  const read = readSearchView((await params).view);
  if (!read) notFound();
  const page = read.status === "ok" ? await cachedSearch(read.request) : undefined;
  return <SearchView read={read} page={page} />;
}
