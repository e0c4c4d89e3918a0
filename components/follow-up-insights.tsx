// What the follow-ups say together, on the insights page. Counts first, then a share: these are a few
// self-selected members who chose to come back, so a percentage alone would claim too much.
import type { FollowUpInsights as Figures } from "@/db/queries/follow-ups";
import { FOLLOW_UP_KINDS } from "@/lib/stories/follow-ups";
import { BarChart } from "./charts/bar-chart";

/** Below this many, a share is too few to say much; the sentence says so. */
const FEW = 20;

const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const stories = (n: number) => `${n} ${n === 1 ? "story" : "stories"}`;

export function FollowUpInsights({ figures }: { figures: Figures }) {
  const { followUps, storiesFollowedUp, progress, yearOn, yearOnStillInMl, byKind } = figures;
  return (
    <section aria-labelledby="follow-ups-heading" className="mt-10">
      <h2 id="follow-ups-heading" className="text-xl font-semibold tracking-tight">
        After the first offer
      </h2>
      {followUps === 0 ? (
        <p className="mt-1 max-w-2xl text-zinc-600 dark:text-zinc-400">
          No follow-ups yet. Authors can add &quot;N months later&quot; updates to their stories, and these figures
          start here.
        </p>
      ) : (
        <>
          <p className="mt-1 max-w-2xl text-zinc-600 dark:text-zinc-400">
            {followUps} {followUps === 1 ? "follow-up" : "follow-ups"} on {stories(storiesFollowedUp)}, added by their
            authors after the first ML offer.
            {storiesFollowedUp < FEW && " Too few to generalise from: read them as individual accounts."}
          </p>
          <dl className="mt-4 grid gap-4 sm:grid-cols-2">
            <div className="card">
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">Still in ML a year or more after the offer</dt>
              <dd className="mt-1 text-lg font-semibold">
                {yearOn === 0 ? (
                  "No follow-ups from 12 months on yet"
                ) : (
                  <>
                    {yearOnStillInMl} of {stories(yearOn)}
                    <span className="font-normal text-zinc-600 dark:text-zinc-400">
                      {" "}
                      ({share(yearOnStillInMl, yearOn)})
                    </span>
                  </>
                )}
              </dd>
              <dd className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                By each story&apos;s latest follow-up from month 12 on.
              </dd>
            </div>
            <div className="card">
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">Follow-ups reporting a promotion or a raise</dt>
              <dd className="mt-1 text-lg font-semibold">
                {progress} of {followUps}
                <span className="font-normal text-zinc-600 dark:text-zinc-400"> ({share(progress, followUps)})</span>
              </dd>
              <dd className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                People tend to write when there is news, so this leans high.
              </dd>
            </div>
          </dl>
          <div className="mt-6">
            <BarChart
              title="What the follow-ups report"
              description="Each follow-up counted once, by what happened."
              unit="follow-ups"
              data={FOLLOW_UP_KINDS.filter((k) => byKind[k.slug]).map((k) => ({
                label: k.label,
                value: byKind[k.slug],
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
