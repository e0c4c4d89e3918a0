import { MILESTONE_KINDS } from "@/lib/stories/story-facts";

/** Milestones as a vertical timeline, month by month, with the first offer in its place. */
export function Timeline({
  milestones,
  monthsToOffer,
}: {
  milestones: { month: number; text: string; kind?: string | null }[];
  monthsToOffer: number;
}) {
  if (milestones.length === 0) return null;
  const items = milestones.some((m) => m.month === monthsToOffer)
    ? milestones
    : [...milestones, { month: monthsToOffer, text: "First ML offer" }].sort((a, b) => a.month - b.month);
  return (
    <section aria-labelledby="timeline-heading" className="mt-6">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        Timeline
      </h2>
      <ol className="mt-3 border-l-2 border-emerald-300 pl-5 dark:border-emerald-800">
        {items.map((m, i) => (
          <li key={i} className="relative pb-4 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-emerald-600 dark:border-zinc-950"
            />
            <p className="text-xs font-semibold uppercase tracking-wide text-emerald-800 dark:text-emerald-300">
              Month {m.month}
              {"kind" in m && m.kind ? (
                <span className="ml-2 font-normal normal-case tracking-normal text-zinc-600 dark:text-zinc-400">
                  · {MILESTONE_KINDS.find((k) => k.slug === m.kind)?.word ?? m.kind}
                </span>
              ) : null}
            </p>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
