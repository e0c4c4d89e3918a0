import { ROW_GRID } from "./chart-figure";
import { formatNumber } from "./format";

/**
 * The value axis under a chart's rows: its ticks at `x(tick)` percent across the plot column, and the
 * unit on a line of its own. Tick labels are HTML, not SVG text, so a stretched viewBox cannot distort
 * them.
 */
export function TickAxis({ ticks, x, unit }: { ticks: number[]; x: (value: number) => number; unit: string }) {
  return (
    <div aria-hidden="true" className={`${ROW_GRID} mt-1 text-xs text-zinc-600 dark:text-zinc-400`}>
      <span className="hidden sm:block" />
      <div>
        <div className="relative h-4">
          {ticks.map((t, i) => (
            <span
              key={t}
              className="absolute top-0 tabular-nums"
              // The first and last labels hug the ends instead of centring, so they stay inside the card.
              style={{
                left: `${x(t)}%`,
                transform: `translateX(${i === 0 ? "0" : i === ticks.length - 1 ? "-100%" : "-50%"})`,
              }}
            >
              {formatNumber(t)}
            </span>
          ))}
        </div>
        {/* The unit on its own line: beside the last tick it would crowd the previous one at phone width. */}
        <span className="block text-right">{unit}</span>
      </div>
    </div>
  );
}
