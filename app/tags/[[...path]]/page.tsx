// `/tags/<tag>`: the threads and stories with a tag, in an order (`?sort=new`) and paged (`?after=`),
// mapped to `/tags/<tag>/view/<view>` by proxy.ts. A tag no post has used is a 404 (cached under the
// tag's own cache tag, so the first post with it replaces that). `/tags`: every tag in use, the most
// used first.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiledThreads } from "@/components/filed-threads";
import { Link } from "@/components/link";
import { cachedTagCounts, cachedTagList } from "@/server/reads/taxonomy";
import { SITE_FEEDS } from "@/lib/feeds";
import { readFiledPath } from "@/lib/urls/filed-routes";
import { pageMetadata } from "@/server/page-metadata";
import { tagFeedPath, tagPath } from "@/lib/tags";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

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
  if (readFiledPath((await params).path, "tag") === "index") {
    return pageMetadata({
      title: "Tags",
      description: "The tags of MLPaths discussions and stories, the most used first.",
      path: "/tags",
    });
  }
  const { route } = await load(params);
  const page = pageMetadata({
    title: `#${route.name}`,
    description: `Discussions and stories tagged ${route.name} on MLPaths.`,
    path: tagPath(route.name),
  });
  const feed = { url: tagFeedPath(route.name), title: `MLPaths: #${route.name}` };
  return { ...page, alternates: { ...page.alternates, types: { "application/atom+xml": [...SITE_FEEDS, feed] } } };
}

export default async function TagPage({ params }: Props) {
  if (readFiledPath((await params).path, "tag") === "index") return <TagIndex />;
  const { route, page } = await load(params);
  return (
    <section aria-labelledby="tag-heading">
      <div className="mb-4">
        <p className="text-sm">
          <Link href="/tags" className="text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-400">
            Tags
          </Link>
        </p>
        <h1 id="tag-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
          #{route.name}
        </h1>
        <p className="mt-1 text-sm">
          <a href={tagFeedPath(route.name)} className="text-zinc-600 underline underline-offset-4 dark:text-zinc-400">
            Atom feed
          </a>
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

async function TagIndex() {
  const counts = await cachedTagCounts();
  return (
    <section aria-labelledby="tags-heading" className="mx-auto max-w-3xl">
      <h1 id="tags-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        Tags
      </h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Short topics members add to their discussions and stories, the most used first.
      </p>
      {counts.length > 0 ? (
        <ul className="mt-6 flex flex-wrap gap-2">
          {counts.map((t) => (
            <li key={t.name}>
              <Link
                href={tagPath(t.name)}
                className="inline-block rounded-full border border-zinc-200 bg-white px-3 py-1 text-sm hover:border-emerald-600 hover:text-emerald-800 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-emerald-500 dark:hover:text-emerald-300"
              >
                <span className="font-medium">#{t.name}</span>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">
                  {t.posts}
                  <span className="sr-only"> {t.posts === 1 ? "post" : "posts"}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No tags yet. Add up to five to a discussion or story and they show here.
        </p>
      )}
    </section>
  );
}
