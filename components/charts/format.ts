// Number and axis helpers shared by the insight charts. Pure functions with no locale or clock
// dependence, so the server renders the same text wherever it runs and tests can pin it down.

// A fixed locale: the server's default locale must not decide whether readers see "1,234" or "1.234".
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** 14 → "14", 13.5 → "13.5", 13.25 → "13.3", 1234 → "1,234": a decimal only when it carries information. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "–";
  const rounded = Math.round(n * 10) / 10;
  // `=== 0` is also true for -0, which Intl would otherwise print as "-0".
  return numberFormat.format(rounded === 0 ? 0 : rounded);
}

/** The unit word to put after `n`: "month" for exactly 1, else the (plural) unit as given. */
export function unitWord(n: number, unit: string): string {
  if (Math.round(n * 10) / 10 !== 1) return unit;
  // Naive English singular, enough for the units these charts use ("stories", "months", "people").
  if (/ies$/i.test(unit)) return `${unit.slice(0, -3)}y`;
  if (/[^s]s$/i.test(unit)) return unit.slice(0, -1);
  return unit;
}

/** "13.5 months", "1 story", or just the number when there is no unit. */
export function withUnit(n: number, unit?: string): string {
  return unit ? `${formatNumber(n)} ${unitWord(n, unit)}` : formatNumber(n);
}

/** `value` as a percentage of `max`, clamped to [0, 100]; 0 for an empty scale or bad input. */
export function percent(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

/** Axis steps that read naturally for durations in months: quarters, half years, years. */
export const MONTH_STEPS: readonly number[] = [1, 2, 3, 6, 12, 24, 36, 60, 120];

/**
 * An axis from 0 up to a round number ≥ `max`, with at most `maxIntervals` intervals.
 * `steps` lists preferred step sizes (smallest first); without one that fits, steps are 1, 2 or 5 × 10^k.
 */
export function niceScale(
  max: number,
  { maxIntervals = 4, steps }: { maxIntervals?: number; steps?: readonly number[] } = {},
): { max: number; ticks: number[] } {
  // An all-zero (or empty) data set still needs a non-degenerate axis to draw against.
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const step = steps?.find((s) => Math.ceil(top / s - 1e-9) <= maxIntervals) ?? decimalStep(top / maxIntervals);
  // The epsilon keeps float noise (36 / 12 = 3.0000000001) from adding an empty interval.
  const intervals = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticks[intervals], ticks };
}

function decimalStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw - 1e-9) ?? 10 * magnitude;
}
