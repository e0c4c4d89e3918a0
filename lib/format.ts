/** "8 months", "1 year", "2 years 3 months": how long a transition took, as people say it. */
export function formatMonths(months: number): string {
  if (months < 12) return `${months} ${months === 1 ? "month" : "months"}`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = `${years} ${years === 1 ? "year" : "years"}`;
  return rest === 0 ? y : `${y} ${rest} ${rest === 1 ? "month" : "months"}`;
}

/** "2026-11-27 10:04 UTC": a moment on the moderators' pages and in the log, the same for every reader. */
export function formatUtc(date: Date | string): string {
  return `${new Date(date).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
