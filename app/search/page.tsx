import { SearchView, searchMetadata } from "./search-view";

export const metadata = searchMetadata({ status: "empty" });

// `/search` with no query: how to search. It needs no data, so `next build` renders it once; every
// query is answered by `[view]/page.tsx` (proxy.ts maps it there).
export default function SearchPage() {
  return <SearchView read={{ status: "empty" }} />;
}
