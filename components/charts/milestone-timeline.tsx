// "The usual route": for the stories in view, the month at which each kind of milestone first came,
// as a median with its middle half, on one axis. A Server Component of plain markup and SVG.
//
// Every row says how many stories it rests on; under MILESTONE_MIN_STORIES it says there are too few
// and draws nothing, so one or two stories never pass for a norm. An sr-only table has every number.
import type { MilestoneSpread } from "@/db/queries/path-map";
import { MILESTONE_MIN_STORIES, TIMELINE_STEPS } from "@/lib/stories/path-map";
import { ChartFigure, ROW_GRID } from "./chart-figure";
import { TickAxis } from "./tick-axis";
import { formatNumber, MONTH_STEPS, niceScale, percent, withUnit } from "./format";

const crisp = { vectorEffect: "non-scaling-stroke" } as const;

export function MilestoneTimeline({
  title,
  description,
  spreads,
}: {
  title: string;
  description: string;
  spreads: MilestoneSpread[];
}) {
  const rows = TIMELINE_STEPS.map((step) => {
    const spread = spreads.find((s) => s.kind === step.kind);
    const count = spread?.count ?? 0;
    return { ...step, count, spread: spread && count >= MILESTONE_MIN_STORIES ? spread : null };
  });
  const shown = rows.flatMap((r) => (r.spread ? [r.spread] : []));
  const scale = niceScale(Math.max(0, ...shown.map((s) => s.p75)), { steps: MONTH_STEPS });
  const x = (v: number) => Math.round(percent(v, scale.max) * 100) / 100;

  return (
    <ChartFigure title={title} description={description} isEmpty={spreads.length === 0}>
      <ol className="space-y-4 sm:space-y-3">
        {rows.map((r) => (
          <li key={r.kind} className={ROW_GRID}>
            <div className="text-sm">
              <span className="font-medium text-zinc-900 dark:text-zinc-100">{r.label}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {r.spread ? (
                  <>
                    median month {formatNumber(r.spread.median)} (middle half {formatNumber(r.spread.p25)}–
                    {formatNumber(r.spread.p75)}), based on {withUnit(r.count, "stories")}
                  </>
                ) : (
                  <>
                    Too few stories for a median: {r.count === 0 ? "none" : withUnit(r.count, "stories")}, fewer than{" "}
                    {MILESTONE_MIN_STORIES}
                  </>
                )}
              </span>
            </div>
            {r.spread ? (
              <svg
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 100 20"
                preserveAspectRatio="none"
                className="block h-6 w-full overflow-visible"
              >
                {scale.ticks.map((t) => (
                  <line
                    key={t}
                    x1={x(t)}
                    x2={x(t)}
                    y1={0}
                    y2={20}
                    className="stroke-zinc-200 dark:stroke-zinc-700"
                    {...crisp}
                  />
                ))}
                <rect
                  x={x(r.spread.p25)}
                  width={Math.max(0, x(r.spread.p75) - x(r.spread.p25))}
                  y={4}
                  height={12}
                  className="fill-emerald-200 stroke-emerald-600 dark:fill-emerald-900 dark:stroke-emerald-500"
                  {...crisp}
                />
                <line
                  x1={x(r.spread.median)}
                  x2={x(r.spread.median)}
                  y1={1}
                  y2={19}
                  strokeWidth={3}
                  className="stroke-emerald-800 dark:stroke-emerald-300"
                  {...crisp}
                />
              </svg>
            ) : (
              <div
                aria-hidden="true"
                className="h-6 rounded border border-dashed border-zinc-300 dark:border-zinc-700"
              />
            )}
          </li>
        ))}
      </ol>

      <TickAxis ticks={scale.ticks} x={x} unit="months from starting to learn" />

      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {["Milestone", "Stories", "Median month", "25th percentile", "75th percentile"].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind}>
                <th scope="row">{r.label}</th>
                <td>{formatNumber(r.count)}</td>
                {r.spread ? (
                  [r.spread.median, r.spread.p25, r.spread.p75].map((v, j) => <td key={j}>{formatNumber(v)}</td>)
                ) : (
                  <td colSpan={3}>too few stories</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFigure>
  );
}
