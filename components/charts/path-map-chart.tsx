// The path map as a flow diagram: plain SVG from coordinates laid out on the server
// (server/path-map-layout.ts), so it reads without JavaScript and stays sharp at any size. Every node
// and flow is a link to its stories.
//
// Accessibility: each link names its stage, value and count; the figures are also in an sr-only
// table, grouped by pair of stages.
import type { MapLayout } from "@/server/path-map-layout";
import { PATH_STAGES, STAGE_LABELS } from "@/lib/stories/path-map";
import { ChartFigure } from "./chart-figure";
import { formatNumber, withUnit } from "./format";

// Below this a flow is too thin for its count to be written on it; its link and the table still say it.
const COUNT_MIN_WIDTH = 9;

export function PathMapChart({
  title,
  description,
  layout,
}: {
  title: string;
  description: string;
  layout: MapLayout | null;
}) {
  return (
    <ChartFigure title={title} description={description} isEmpty={layout === null}>
      {layout && (
        <>
          {/* Wider than a phone: it scrolls sideways inside the card rather than shrinking its text. */}
          <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
            <svg
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              className="block h-auto w-full min-w-[56rem]"
              role="group"
              aria-label={title}
            >
              <g aria-hidden="true" className="fill-zinc-600 text-[13px] font-semibold dark:fill-zinc-400">
                {layout.columns.map((c) => (
                  <text key={c.stage} x={c.x} y={16}>
                    {STAGE_LABELS[c.stage]}
                  </text>
                ))}
              </g>
              {layout.flows.map((f) => (
                <a
                  key={f.id}
                  href={f.href}
                  aria-label={`${f.source.label} to ${f.target.label}: ${withUnit(f.count, "stories")}`}
                  className="group"
                >
                  <path d={f.d} fill="none" strokeWidth={f.width} className="map-flow" />
                  {f.width >= COUNT_MIN_WIDTH && (
                    <text x={f.target.x0 - 4} y={f.endY} dy="0.35em" textAnchor="end" className="map-count">
                      {formatNumber(f.count)}
                    </text>
                  )}
                </a>
              ))}
              {layout.nodes.map((n) => (
                <a
                  key={n.id}
                  href={n.href}
                  aria-label={`${STAGE_LABELS[n.stage]}: ${n.label}, ${withUnit(n.count, "stories")}`}
                  className="group"
                >
                  <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, n.y1 - n.y0)} className="map-node" />
                  <text x={n.x1 + 5} y={(n.y0 + n.y1) / 2} dy="0.35em" className="map-label">
                    {n.label} <tspan className="font-semibold">{formatNumber(n.count)}</tspan>
                  </text>
                </a>
              ))}
            </svg>
          </div>

          {/* sr-only on a wrapper, not the table: a table ignores width: 1px and would widen the page. */}
          <div className="sr-only">
            <table>
              <caption>{title}: stories per step and per flow</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Stories</th>
                </tr>
              </thead>
              {PATH_STAGES.slice(1).map((to, i) => {
                const from = PATH_STAGES[i];
                return (
                  <tbody key={from}>
                    <tr>
                      <th scope="rowgroup" colSpan={3}>
                        {STAGE_LABELS[from]} to {STAGE_LABELS[to]}
                      </th>
                    </tr>
                    {layout.flows
                      .filter((f) => f.source.stage === from)
                      .map((f) => (
                        <tr key={f.id}>
                          <td>{f.source.label}</td>
                          <td>{f.target.label}</td>
                          <td>{formatNumber(f.count)}</td>
                        </tr>
                      ))}
                  </tbody>
                );
              })}
            </table>
            <table>
              <caption>{title}: stories at each step</caption>
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">Value</th>
                  <th scope="col">Stories</th>
                </tr>
              </thead>
              <tbody>
                {layout.nodes.map((n) => (
                  <tr key={n.id}>
                    <td>{STAGE_LABELS[n.stage]}</td>
                    <td>{n.label}</td>
                    <td>{formatNumber(n.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </ChartFigure>
  );
}
