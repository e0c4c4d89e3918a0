// For Vitest: a valid success story as the form would send it, parsed by the real schema.
import { type StoryInput, storyInput } from "@/lib/story-validation";

export function sampleStory(title: string): StoryInput {
  return storyInput.parse({
    title,
    body: "How it went.",
    role: "ml-engineer",
    education: "no-degree",
    previousField: "finance",
    previousTitle: "Analyst",
    monthsToOffer: "14",
    firstRoleYear: "2024",
    howHired: "referral",
    resources: "",
    milestones: "",
  });
}
