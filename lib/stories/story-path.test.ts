import { describe, expect, it } from "vitest";
import { storyPathParts, storyPathSentence } from "./story-path";

describe("a story's path in one line", () => {
  const story = { previousTitle: "Bookkeeper", role: "ml-engineer", monthsToOffer: 14, education: "no-degree" };
  it("reads as people say it", () => {
    expect(storyPathSentence(story)).toBe("Bookkeeper → ML engineer in 1 year 2 months, no degree.");
  });
  it("gives the parts for the card image", () => {
    expect(storyPathParts({ ...story, monthsToOffer: 8 })).toEqual({
      from: "Bookkeeper",
      to: "ML engineer",
      time: "8 months",
      education: "no degree",
    });
  });
});
