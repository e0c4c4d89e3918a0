// The frame and row label shared by the insight charts, so every chart names itself the same way
// (a <figure> whose accessible name is its <figcaption>) and says the same thing when it is empty.
import type { ReactNode } from "react";

export function ChartFigure({
  title,
  description,
  isEmpty,
  children,
}: {
  title: string;
  description?: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  return (
    // `relative` keeps the absolutely positioned sr-only tables inside the card.
    <figure className="relative rounded-xl border border-zinc-200 bg-white p-4 text-zinc-700 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
      <figcaption className="mb-4">
        <span className="block font-semibold text-zinc-900 dark:text-zinc-100">{title}</span>
        {description ? (
          <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{description}</span>
        ) : null}
      </figcaption>
      {isEmpty ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No data yet.</p> : children}
    </figure>
  );
}

/** A row's label: a link when there is somewhere to go. Long names wrap anywhere rather than widen the page. */
export function ItemLabel({ label, href }: { label: string; href?: string }) {
  const wrap = "[overflow-wrap:anywhere]";
  if (!href) return <span className={wrap}>{label}</span>;
  return (
    <a
      href={href}
      className={`${wrap} underline decoration-zinc-300 underline-offset-2 hover:text-emerald-700 hover:decoration-current dark:decoration-zinc-600 dark:hover:text-emerald-400`}
    >
      {label}
    </a>
  );
}

/**
 * Grid shared by chart rows and the range chart's axis, so plots line up with tick labels:
 * stacked on phones (label above a full-width graphic), label column + graphic column from `sm` up.
 */
export const ROW_GRID = "grid gap-1 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] sm:items-center sm:gap-3";
