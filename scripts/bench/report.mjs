// Text tables and the targets, for the benchmark's printed summary.

export const TARGETS = {
  publicRouteShare: 0.8, // each public route, anonymous and signed in, vs the static asset (32 connections)
  pageViewAnonymous: 0.3, // views/s of a signed-out page view vs static req/s
  pageViewSignedIn: 0.15,
  perReaderShare: 0.25, // /api/reader (the per-reader request, as pages send it) for a signed-in reader vs static
  cacheMissP95Ms: 150,
  newSearchP95Ms: 300, // the first request of a search nobody made before (issue 22)
  threadFirstLoadJsKb: 120, // gzip
};

export function table(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) =>
    cells
      .map((cell, i) =>
        columns[i].align === "left" ? String(cell ?? "").padEnd(widths[i]) : String(cell ?? "").padStart(widths[i]),
      )
      .join("  ");
  return [line(columns.map((c) => c.title)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export const fmt = {
  int: (n) => (n === undefined || n === null || Number.isNaN(n) ? "–" : Math.round(n).toLocaleString("en")),
  one: (n) =>
    n === undefined || n === null || Number.isNaN(n)
      ? "–"
      : n >= 100
        ? Math.round(n).toLocaleString("en")
        : n.toFixed(1),
  pct: (x) => (x === undefined || x === null || Number.isNaN(x) ? "–" : `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`),
  ms: (n) => (n === undefined || n === null ? "–" : n < 10 ? n.toFixed(1) : Math.round(n).toString()),
};

export const verdict = (ok) => (ok ? "PASS" : "FAIL");
