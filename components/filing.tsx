// Where a thread or story is filed: its category and tags, each a link to its page.
import { categoryById, categoryPath } from "@/lib/categories";
import { tagPath } from "@/lib/tags";
import { Link } from "./link";

export function CategoryLink({ categoryId }: { categoryId: number }) {
  const category = categoryById(categoryId);
  return (
    <Link href={categoryPath(category)} className="category-pill">
      {category.name}
    </Link>
  );
}

export function TagLinks({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagPath(tag)}
            className="rounded-full border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 hover:border-emerald-600 hover:text-emerald-800 dark:border-zinc-700 dark:text-zinc-300 dark:hover:text-emerald-300"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A category and tags on one line, for a list row or under a title. */
export function Filing({
  categoryId,
  tags,
  className = "",
}: {
  categoryId: number;
  tags: readonly string[];
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`}>
      <CategoryLink categoryId={categoryId} />
      <TagLinks tags={tags} />
    </div>
  );
}
