// Box-plot style chart of spreads (e.g. months to first offer per background). A Server Component:
// plain markup plus inline SVG, no client JavaScript.
//
// Accessibility: each visible row states its median and sample size as text; the graphics and axis
// are aria-hidden, and an sr-only table carries every number the boxes and whiskers show.
import { ChartFigure, ItemLabel, ROW_GRID } from "./chart-figure";
import { TickAxis } from "./tick-axis";
import { formatNumber, MONTH_STEPS, niceScale, percent, withUnit } from "./format";

export type SpreadDatum = {
  label: string;
  count: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
  href?: string;
};

// Strokes keep their pixel width although the SVG is stretched horizontally.
const crisp = { vectorEffect: "non-scaling-stroke" } as const;

export function RangeChart({
  title,
  description,
  data,
  unit,
  max,
}: {
  title: string;
  description?: string;
  /** Plural unit, e.g. "months". "month(s)" gets year-friendly axis steps (0, 12, 24…). */
  unit: string;
  /** Axis end; give two charts the same value to make them comparable. Never cuts data off. */
  max?: number;
  data: SpreadDatum[];
}) {
  const largest = Math.max(max ?? 0, ...data.map((d) => d.max));
  const scale = niceScale(largest, { steps: /^months?$/i.test(unit) ? MONTH_STEPS : undefined });
  // Two decimals of a percent is far below a pixel; it keeps the markup short.
  const x = (v: number) => Math.round(percent(v, scale.max) * 100) / 100;

  return (
    <ChartFigure title={title} description={description} isEmpty={data.length === 0}>
      <ul role="list" className="space-y-4 sm:space-y-3">
        {data.map((d, i) => (
          <li key={`${i}:${d.label}`} className={ROW_GRID}>
            <div className="text-sm">
              <ItemLabel label={d.label} href={d.href} />
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                median {withUnit(d.median, unit)} (n = {formatNumber(d.count)})
              </span>
            </div>
            <svg
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 100 20"
              preserveAspectRatio="none"
              // overflow-visible: strokes at 0 or at the axis end are not cut in half.
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
              <g className="stroke-zinc-500 dark:stroke-zinc-400" strokeWidth={1.5}>
                <line x1={x(d.min)} x2={x(d.max)} y1={10} y2={10} {...crisp} />
                <line x1={x(d.min)} x2={x(d.min)} y1={5} y2={15} {...crisp} />
                <line x1={x(d.max)} x2={x(d.max)} y1={5} y2={15} {...crisp} />
              </g>
              <rect
                x={x(d.p25)}
                width={Math.max(0, x(d.p75) - x(d.p25))}
                y={4}
                height={12}
                className="fill-emerald-200 stroke-emerald-600 dark:fill-emerald-900 dark:stroke-emerald-500"
                {...crisp}
              />
              <line
                x1={x(d.median)}
                x2={x(d.median)}
                y1={1}
                y2={19}
                strokeWidth={3}
                className="stroke-emerald-800 dark:stroke-emerald-300"
                {...crisp}
              />
            </svg>
          </li>
        ))}
      </ul>

      <TickAxis ticks={scale.ticks} x={x} unit={unit} />

      {/* sr-only on a wrapper, not the table: a table ignores width: 1px and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {["Group", "Stories", "Median", "25th percentile", "75th percentile", "Min", "Max"].map((h, i) => (
                <th key={h} scope="col">
                  {i < 2 ? h : `${h} (${unit})`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={`${i}:${d.label}`}>
                {/* Plain text, not a link: the visible row already has the link, one tab stop is enough. */}
                <th scope="row">{d.label}</th>
                {[d.count, d.median, d.p25, d.p75, d.min, d.max].map((v, j) => (
                  <td key={j}>{formatNumber(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFigure>
  );
}
