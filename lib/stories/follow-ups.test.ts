// The follow-up form's rules, its "when" wording, and who may write follow-ups.
import { describe, expect, it } from "vitest";
import { followUpInput } from "./follow-up-validation";
import { followUpWhen } from "./follow-ups";
import { refusal } from "../permissions";
import { fieldErrors } from "../validation";

const valid = { monthsAfterOffer: "14", kind: "promotion", stillInMl: "yes", body: "Promoted to senior." };

describe("follow-up input", () => {
  it("parses the form's strings, the yes/no into a boolean", () => {
    expect(followUpInput.parse(valid)).toEqual({
      monthsAfterOffer: 14,
      kind: "promotion",
      stillInMl: true,
      body: "Promoted to senior.",
    });
    expect(followUpInput.parse({ ...valid, stillInMl: "no" }).stillInMl).toBe(false);
  });

  it("refuses what the lists and bounds refuse, each with its field's message", () => {
    const errors = (input: Record<string, string>) => {
      const parsed = followUpInput.safeParse(input);
      return parsed.success ? {} : fieldErrors(parsed.error);
    };
    expect(errors({ ...valid, monthsAfterOffer: "241" })).toEqual({
      monthsAfterOffer: "Months must be between 0 and 240.",
    });
    expect(errors({ ...valid, monthsAfterOffer: "-1" })).toEqual({
      monthsAfterOffer: "Enter a whole number of months.",
    });
    expect(errors({ ...valid, kind: "lottery" })).toEqual({ kind: "Choose what happened." });
    // Unanswered is neither yes nor no: the insights count it.
    expect(errors({ ...valid, stillInMl: "" })).toEqual({ stillInMl: "Say whether you still work in ML." });
    expect(errors({ ...valid, body: " \u200b " })).toHaveProperty("body");
    expect(errors({ ...valid, body: "x".repeat(4_001) })).toEqual({ body: "Keep it under 4,000 characters." });
  });
});

it("says when, counted from the first ML offer", () => {
  expect(followUpWhen(0)).toBe("At the first ML offer");
  expect(followUpWhen(1)).toBe("1 month after the first ML offer");
  expect(followUpWhen(14)).toBe("14 months after the first ML offer");
  expect(followUpWhen(12)).toBe("1 year after the first ML offer");
  expect(followUpWhen(36)).toBe("3 years after the first ML offer");
});

describe("who may write follow-ups", () => {
  const author = { id: "a", role: "member", suspendedUntil: null };
  const story = { authorId: "a", deletedAt: null, hiddenAt: null };
  const followUp = { authorId: "a", deletedAt: null };

  it("the story's author, on a live story", () => {
    expect(refusal(author, { do: "add-follow-up", story })).toBeNull();
    expect(refusal(author, { do: "edit-follow-up", story, followUp })).toBeNull();
    expect(refusal(author, { do: "delete-follow-up", story, followUp })).toBeNull();
  });

  it("nobody else, moderators and admins included; not on a hidden or deleted story; not while suspended", () => {
    for (const role of ["member", "moderator", "admin"]) {
      expect(refusal({ id: "b", role, suspendedUntil: null }, { do: "add-follow-up", story })).toMatch(
        /Only the story's author/,
      );
      expect(refusal({ id: "b", role, suspendedUntil: null }, { do: "edit-follow-up", story, followUp })).toMatch(
        /Only the story's author/,
      );
    }
    expect(refusal(author, { do: "add-follow-up", story: { ...story, hiddenAt: new Date() } })).toMatch(/hidden/);
    expect(refusal(author, { do: "add-follow-up", story: { ...story, deletedAt: new Date() } })).toMatch(/deleted/);
    expect(refusal(author, { do: "edit-follow-up", story, followUp: { ...followUp, deletedAt: new Date() } })).toMatch(
      /deleted/,
    );
    expect(
      refusal({ ...author, suspendedUntil: new Date(Date.now() + 3600_000) }, { do: "add-follow-up", story }),
    ).toMatch(/suspended/);
    expect(refusal(null, { do: "add-follow-up", story })).toBe("Sign in first.");
  });
});
