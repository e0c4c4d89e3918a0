// `/c`: the categories with what each is for and how many threads it holds; `/c/<slug>`: one
// category's threads and stories, in an order (`?sort=new`) and paged (`?after=`), mapped to
// `/c/<slug>/view/<view>` by proxy.ts. Cached whole like every public page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiledThreads } from "@/components/filed-threads";
import { Link } from "@/components/link";
import { cachedCategories, cachedCategoryList } from "@/server/reads/taxonomy";
import { STORY_CATEGORY, categoryBySlug, categoryFeedPath, categoryPath } from "@/lib/categories";
import { SITE_FEEDS } from "@/lib/feeds";
import { readFiledPath } from "@/lib/urls/filed-routes";
import { pageMetadata } from "@/server/page-metadata";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

type Props = PageProps<"/c/[[...path]]">;

export function generateStaticParams() {
  return [{ path: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = readFiledPath((await params).path, "category");
  if (route === null) notFound();
  if (route === "index") {
    return pageMetadata({ title: "Categories", description: "What MLPaths talks about, by category.", path: "/c" });
  }
  const category = categoryBySlug(route.name)!;
  const page = pageMetadata({ title: category.name, description: category.description, path: categoryPath(category) });
  const feed = { url: categoryFeedPath(category), title: `MLPaths: ${category.name}` };
  return { ...page, alternates: { ...page.alternates, types: { "application/atom+xml": [...SITE_FEEDS, feed] } } };
}

export default async function CategoryPage({ params }: Props) {
  const route = readFiledPath((await params).path, "category");
  if (route === null) notFound();
  if (route === "index") return <CategoryIndex />;
  const found = await cachedCategoryList(route.name, route.sort, route.cursor, route.filter);
  if (!found) notFound();
  const { category, threads, nextCursor } = found;
  const path = categoryPath(category);
  return (
    <section aria-labelledby="category-heading">
      <p className="text-sm">
        <Link href="/c" className="text-zinc-600 underline-offset-4 hover:underline dark:text-zinc-400">
          Categories
        </Link>
      </p>
      <div className="mb-4 mt-1 flex flex-wrap items-end justify-between gap-3">
        <div className="max-w-2xl">
          <h1 id="category-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            {category.name}
          </h1>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">{category.description}</p>
          <p className="mt-1 text-sm">
            <a
              href={categoryFeedPath(category)}
              className="text-zinc-600 underline underline-offset-4 dark:text-zinc-400"
            >
              Atom feed
            </a>
          </p>
        </div>
        <Link
          href={category.slug === STORY_CATEGORY ? "/stories/new" : `/threads/new?category=${category.slug}`}
          className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
        >
          {category.slug === STORY_CATEGORY ? "Share your story" : "Start a thread"}
        </Link>
      </div>
      <FiledThreads
        path={path}
        sort={route.sort}
        paged={route.cursor !== null}
        threads={threads}
        nextCursor={nextCursor}
        filter={category.slug === STORY_CATEGORY ? undefined : route.filter}
        empty="Nothing here yet. Start the first thread in this category."
      />
    </section>
  );
}

async function CategoryIndex() {
  const categories = await cachedCategories();
  return (
    <section aria-labelledby="categories-heading" className="mx-auto max-w-3xl">
      <h1 id="categories-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        Categories
      </h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Every discussion is filed under one of these; every story under Success stories.{" "}
        <Link href="/tags" className="font-medium text-emerald-700 underline underline-offset-4 dark:text-emerald-400">
          Browse by tag
        </Link>
      </p>
      <ul className="mt-6 divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {categories.map((c) => (
          <li key={c.slug} className="px-4 py-4 sm:px-5">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={categoryPath(c)} className="title-link">
                  {c.name}
                </Link>
              </h2>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {c.threads} {c.threads === 1 ? "thread" : "threads"}
              </span>
            </div>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{c.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
