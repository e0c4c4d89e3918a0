// Horizontal bar chart for counts (stories per background, most-cited resources). A Server
// Component: plain markup plus inline SVG, no client JavaScript.
//
// Accessibility: the rows are a real list whose values are text, so nothing is conveyed by the
// graphic alone and links stay reachable exactly once; the SVG bars are decoration (aria-hidden).
import { ChartFigure, ItemLabel, ROW_GRID } from "./chart-figure";
import { formatNumber, percent, unitWord } from "./format";

export type BarDatum = { label: string; value: number; href?: string };

export function BarChart({
  title,
  description,
  data,
  unit,
}: {
  title: string;
  description?: string;
  data: BarDatum[];
  /** Plural unit, e.g. "stories"; read out after each value, not shown (the title says it). */
  unit?: string;
}) {
  // Bars scale to the largest value, not a rounded axis: there is no axis, each bar carries its number.
  const top = Math.max(0, ...data.map((d) => d.value));
  // Room kept right of the bars for the longest printed value plus the gap: the longest bar and its
  // number never overflow, and every bar keeps the same scale. `ch` is one digit wide (tabular-nums).
  const valueRoom = `${Math.max(...data.map((d) => formatNumber(d.value).length), 1)}ch + 0.5rem`;
  return (
    <ChartFigure title={title} description={description} isEmpty={data.length === 0}>
      {/* role="list": Safari drops list semantics from unstyled lists. */}
      <ul role="list" className="space-y-3 text-sm sm:space-y-2">
        {data.map((d, i) => {
          const share = Math.round(percent(d.value, top) * 100) / 10000; // 4 decimals: sub-pixel, short markup
          return (
            <li key={`${i}:${d.label}`} className={ROW_GRID}>
              <ItemLabel label={d.label} href={d.href} />
              <span className="flex items-center gap-2">
                {/* No bar at all for zero, so the 0 lines up with the other rows' bar starts. */}
                {share > 0 ? (
                  <svg
                    aria-hidden="true"
                    focusable="false"
                    viewBox="0 0 100 10"
                    // Stretch the rect to whatever width CSS gives the SVG.
                    preserveAspectRatio="none"
                    className="block h-3 shrink-0 fill-emerald-600 dark:fill-emerald-500"
                    // A small value still shows at least a sliver, so it never reads as zero.
                    style={{ width: `max(2px, calc((100% - (${valueRoom})) * ${share}))` }}
                  >
                    <rect width="100" height="10" />
                  </svg>
                ) : null}
                <span className="whitespace-nowrap tabular-nums">
                  {formatNumber(d.value)}
                  {unit ? <span className="sr-only"> {unitWord(d.value, unit)}</span> : null}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </ChartFigure>
  );
}
