import { describe, expect, it } from "vitest";
import { fieldErrors } from "../validation";
import { resourceKey, resourceName } from "./resource-key";
import { milestoneLine, storyInput } from "./story-validation";

const valid = {
  title: "From bookkeeper to ML engineer",
  body: "It took a while.",
  role: "ml-engineer",
  education: "no-degree",
  previousField: "finance",
  previousTitle: "Bookkeeper",
  monthsToOffer: "18",
  firstRoleYear: "2024",
  howHired: "referral",
  resources: "fast.ai\n- Hands-On Machine Learning\nFast.ai course\n\n",
  milestones: "month 12: first Kaggle medal\n3: finished fast.ai part 1\nMonth 18 - offer!",
};

describe("story input", () => {
  it("parses a complete story, its lists deduplicated and its milestones in order", () => {
    const parsed = storyInput.parse(valid);
    expect(parsed).toMatchObject({ monthsToOffer: 18, firstRoleYear: 2024, role: "ml-engineer" });
    expect(parsed.resources).toEqual(["fast.ai", "Hands-On Machine Learning"]);
    expect(parsed.milestones).toEqual([
      { month: 3, text: "finished fast.ai part 1", kind: null },
      { month: 12, text: "first Kaggle medal", kind: null },
      { month: 18, text: "offer!", kind: null },
    ]);
  });

  it("reads a milestone's optional kind in brackets, in any case and spacing, and writes it back the same way", () => {
    const parsed = storyInput.parse({
      ...valid,
      milestones:
        "month 2 (Course): fast.ai\n5 (public-work): Kaggle notebook\nmonth 7 ( public  work ): a talk\n9 (interview) - first call",
    });
    expect(parsed.milestones).toEqual([
      { month: 2, text: "fast.ai", kind: "course" },
      { month: 5, text: "Kaggle notebook", kind: "public-work" },
      { month: 7, text: "a talk", kind: "public-work" },
      { month: 9, text: "first call", kind: "interview" },
    ]);
    expect(parsed.milestones.map(milestoneLine)).toEqual([
      "month 2 (course): fast.ai",
      "month 5 (public work): Kaggle notebook",
      "month 7 (public work): a talk",
      "month 9 (interview): first call",
    ]);
    // The form's own lines read back as they were.
    expect(
      storyInput.parse({ ...valid, milestones: parsed.milestones.map(milestoneLine).join("\n") }).milestones,
    ).toEqual(parsed.milestones);
    expect(milestoneLine({ month: 4, text: "no kind", kind: null })).toBe("month 4: no kind");
  });

  it("refuses a kind that is not on the list, as it refuses an unknown role", () => {
    for (const line of ["month 3 (offer): hired", "month 3 (): hired", "3 (coursework): fast.ai"]) {
      const result = storyInput.safeParse({ ...valid, milestones: line });
      expect(result.success).toBe(false);
      expect(fieldErrors(result.error!).milestones).toMatch(
        /^A milestone's kind in brackets is one of course, project, public work or interview/,
      );
    }
  });

  it("cleans control characters and direction overrides out of every text field", () => {
    const parsed = storyInput.parse({
      ...valid,
      title: "From \u202ebookkeeper\u202c to ML\u0000 engineer",
      previousTitle: "Book\u0000keeper",
      resources: "fast\u0000.ai\nKaggle\u202e",
      milestones: "month 3: finished\u0000 part 1",
    });
    expect(parsed).toMatchObject({
      title: "From bookkeeper to ML engineer",
      previousTitle: "Bookkeeper",
      resources: ["fast.ai", "Kaggle"],
    });
    expect(parsed.milestones).toEqual([{ month: 3, text: "finished part 1", kind: null }]);
    const blank = storyInput.safeParse({
      ...valid,
      previousTitle: "\u200b\u200b\u200b",
      resources: "\u200b\u200b\u200b",
    });
    expect(fieldErrors(blank.error!)).toMatchObject({
      previousTitle: "Give your previous job title (2 to 80 characters).",
      resources: expect.stringContaining("Each resource needs 2 to 80 characters"),
    });
  });

  it("accepts empty optional lists", () => {
    expect(storyInput.parse({ ...valid, resources: "", milestones: "" })).toMatchObject({
      resources: [],
      milestones: [],
    });
  });

  it("refuses each bad field with its own message", () => {
    const result = storyInput.safeParse({
      ...valid,
      role: "wizard",
      education: "",
      monthsToOffer: "241",
      firstRoleYear: "1800",
      previousTitle: "x",
      milestones: "someday: got hired",
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      role: "Choose your current role.",
      education: "Choose your education when you were hired.",
      monthsToOffer: "Months must be between 0 and 240.",
      firstRoleYear: `The year must be between 1990 and ${new Date().getUTCFullYear()}.`,
      previousTitle: "Give your previous job title (2 to 80 characters).",
      milestones: 'Write each milestone as "month N: what happened" ("someday: got hired").',
    });
  });

  it("refuses non-numbers and too many resources", () => {
    const result = storyInput.safeParse({
      ...valid,
      monthsToOffer: "1.5",
      resources: Array.from({ length: 13 }, (_, i) => `Book ${i}`).join("\n"),
    });
    expect(fieldErrors(result.error!)).toEqual({
      monthsToOffer: "Enter a whole number of months.",
      resources: "List at most 12 resources.",
    });
  });
});

describe("resource keys", () => {
  it("recognise well-known resources however they are written", () => {
    for (const name of [
      "fast.ai",
      "Fast.ai course",
      "The fast.ai course",
      "Practical Deep Learning for Coders (fast.ai)",
      "fastbook",
    ]) {
      expect(resourceKey(name), name).toBe("fastai");
    }
    for (const name of [
      "Andrew Ng's Machine Learning Specialization",
      "Coursera Machine Learning (Andrew Ng)",
      "Andrew Ng ML course",
    ]) {
      expect(resourceKey(name), name).toBe("andrew-ng-ml");
    }
    expect(resourceKey("Andrew Ng's Deep Learning Specialization")).toBe("andrew-ng-deep-learning");
    expect(resourceKey("Hands-On ML, 2nd edition")).toBe(resourceKey("Hands-On Machine Learning (Géron)"));
    expect(resourceKey("MLOps Zoomcamp (DataTalks.Club)")).toBe(resourceKey("DataTalksClub MLOps Zoomcamp"));
    expect(resourceName("fastai", "Fast.ai course")).toBe("fast.ai (Practical Deep Learning)");
  });

  it("key other resources by their words, dropping asides and generic words", () => {
    expect(resourceKey("Python for Data Analysis (McKinney)")).toBe(resourceKey("python for data analysis"));
    expect(resourceKey("CS50P lecture notes")).toBe("cs50p");
    expect(resourceName("cs50p", "CS50P lecture notes")).toBe("CS50P lecture notes");
  });

  it("keep different resources apart, and never reduce a name to nothing", () => {
    expect(resourceKey("Kaggle")).not.toBe(resourceKey("Kaggle Learn"));
    expect(resourceKey("Kaggle competitions")).toBe(resourceKey("Kaggle"));
    expect(resourceKey("The Book")).toBe("the book");
  });
});
