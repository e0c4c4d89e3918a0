// `/tags/<tag>`: the threads and stories with a tag, in an order (`?sort=new`) and paged (`?after=`),
// mapped to `/tags/<tag>/view/<view>` by proxy.ts. A tag no post has used is a 404 (cached under the
// tag's own cache tag, so the first post with it replaces that). `/tags` alone is not a page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiledThreads } from "@/components/filed-threads";
import { cachedTagList } from "@/lib/cached-queries";
import { SITE_FEEDS } from "@/lib/feeds";
import { readFiledPath } from "@/lib/filed-routes";
import { pageMetadata } from "@/lib/page-metadata";
import { tagFeedPath, tagPath } from "@/lib/tags";
import { BUILD_PLACEHOLDER } from "@/lib/views";

type Props = PageProps<"/tags/[[...path]]">;

export function generateStaticParams() {
  return [{ path: [BUILD_PLACEHOLDER] }];
}

async function load(params: Props["params"]) {
  const route = readFiledPath((await params).path, "tag");
  if (route === null || route === "index") notFound();
  const page = await cachedTagList(route.name, route.sort, route.cursor);
  if (!page) notFound();
  return { route, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { route } = await load(params);
  const page = pageMetadata({ title: `#${route.name}`, description: `Discussions and stories tagged ${route.name} on MLPaths.`, path: tagPath(route.name) });
  const feed = { url: tagFeedPath(route.name), title: `MLPaths: #${route.name}` };
  return { ...page, alternates: { ...page.alternates, types: { "application/atom+xml": [...SITE_FEEDS, feed] } } };
}

export default async function TagPage({ params }: Props) {
  const { route, page } = await load(params);
  return (
    <section aria-labelledby="tag-heading">
      <div className="mb-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Tag</p>
        <h1 id="tag-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">#{route.name}</h1>
        <p className="mt-1 text-sm">
          <a href={tagFeedPath(route.name)} className="text-zinc-600 underline underline-offset-4 dark:text-zinc-400">Atom feed</a>
        </p>
      </div>
      <FiledThreads
        path={tagPath(route.name)}
        sort={route.sort}
        paged={route.cursor !== null}
        threads={page.threads}
        nextCursor={page.nextCursor}
        empty="No discussions or stories with this tag are listed now."
      />
    </section>
  );
}
