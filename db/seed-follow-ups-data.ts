// Sample follow-ups ("N months later") on some of the sample stories in db/seed-stories-data.ts, by
// those stories' own (fictional) authors, so a fresh forum shows the timelines and the insights
// have figures. Each names its story by author and title; the seed adds them only to a story that has none.
import type { FollowUpKindSlug } from "@/lib/stories/follow-ups";

export type SeedFollowUp = {
  monthsAfterOffer: number;
  kind: FollowUpKindSlug;
  stillInMl: boolean;
  body: string; // Markdown
  daysAfterStory: number; // when it was added, after the story (capped at the seed's "now")
};

export type SeedStoryFollowUps = { author: string; title: string; followUps: SeedFollowUp[] };

export const SAMPLE_FOLLOW_UPS: SeedStoryFollowUps[] = [
  {
    author: "sample-kwame",
    title: "Army signal specialist to MLOps engineer: my clearance opened the door, Kubernetes got me through it",
    followUps: [
      {
        monthsAfterOffer: 12,
        kind: "same-role",
        stillInMl: true,
        body: "A year in, same team. The on-call rotation is lighter now that the training cluster has real quotas. Still learning the modelling side by reading every PR the researchers send.",
        daysAfterStory: 20,
      },
      {
        monthsAfterOffer: 30,
        kind: "promotion",
        stillInMl: true,
        body: "Promoted to **senior MLOps engineer**. What counted in the review: the GPU cost dashboard and the runbook I wrote after the outage, not any certification.",
        daysAfterStory: 60,
      },
    ],
  },
  {
    author: "sample-jess",
    title: "Marketing ops to data engineer on an ML team, through a bootcamp's hiring partner",
    followUps: [
      {
        monthsAfterOffer: 14,
        kind: "raise",
        stillInMl: true,
        body: "A 12% raise at the annual review, after I took over the feature pipelines for the churn model.",
        daysAfterStory: 10,
      },
      {
        monthsAfterOffer: 36,
        kind: "left-ml",
        stillInMl: false,
        body: "Honest update: I moved to an analytics engineering role at a smaller company. Better hours, less on-call, and I like dbt more than Spark. The bootcamp path got me in; it was my choice to step sideways.",
        daysAfterStory: 40,
      },
    ],
  },
  {
    author: "sample-mateo",
    title: "Backend engineer to ML engineer in 6 months by adopting the model-serving service nobody wanted",
    followUps: [
      {
        monthsAfterOffer: 10,
        kind: "setback",
        stillInMl: false,
        body: "Laid off with the whole platform team when the company cut costs. Took two months of backend contracting to pay the bills while I interviewed.",
        daysAfterStory: 5,
      },
      {
        monthsAfterOffer: 16,
        kind: "new-role",
        stillInMl: true,
        body: "New role: ML engineer on a search-ranking team. The serving experience from the first job was the whole interview.",
        daysAfterStory: 12,
      },
    ],
  },
  {
    author: "sample-ines",
    title: "Leaving a computational biology postdoc for an applied scientist role: what the PhD did and didn't buy me",
    followUps: [
      {
        monthsAfterOffer: 24,
        kind: "promotion",
        stillInMl: true,
        body: "Promoted to senior applied scientist. The thing that mattered was shipping the assay-ranking model to the lab, not the papers.",
        daysAfterStory: 30,
      },
      {
        monthsAfterOffer: 60,
        kind: "same-role",
        stillInMl: true,
        body: "Five years on, same company, same title, and happy with it. I mentor two postdocs a year who are making the same move.",
        daysAfterStory: 90,
      },
    ],
  },
  {
    author: "sample-rafael",
    title: "From sous chef to ML engineer at a food-waste startup, no degree",
    followUps: [
      {
        monthsAfterOffer: 18,
        kind: "raise",
        stillInMl: true,
        body: "Raise and equity refresh after the demand forecast cut the pilot kitchens' waste by a fifth. Still the only engineer here who has worked a Saturday dinner rush.",
        daysAfterStory: 25,
      },
    ],
  },
  {
    author: "sample-ben",
    title: "Electrician to ML engineer at a solar company, after 52 months of evenings",
    followUps: [
      {
        monthsAfterOffer: 6,
        kind: "same-role",
        stillInMl: true,
        body: "Six months in. The inverter-fault model is in production and the field crews actually use the alerts, which was the part I worried about.",
        daysAfterStory: 15,
      },
    ],
  },
];
