// Bad input of every shape through the success-story schema: it never throws, and every field it
// accepts is clean and within its limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BODY_MAX, TITLE_MAX, TITLE_MIN } from "../limits/limits";
import { visibleLength } from "../markdown/plain-text";
import { resourceKey } from "./resource-key";
import { EDUCATION, FIELDS, FIRST_ROLE_YEAR_MIN, HOW_HIRED, MONTHS_MAX, ROLES } from "./story-facts";
import { MILESTONES_MAX, RESOURCES_MAX, storyInput } from "./story-validation";

const VALID = {
  title: "From bookkeeper to ML engineer",
  body: "It took a while.",
  role: "ml-engineer",
  education: "no-degree",
  previousField: "finance",
  previousTitle: "Bookkeeper",
  monthsToOffer: "18",
  firstRoleYear: "2024",
  howHired: "referral",
  resources: "fast.ai\n- Hands-On Machine Learning",
  milestones: "month 12: first Kaggle medal\n3: finished fast.ai part 1",
};

// Characters that hide, garble or break text, among ordinary ones.
const char = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 0, max: 0x9f })
      .filter((c) => c < 0x20 || c >= 0x7f)
      .map((c) => String.fromCharCode(c)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "\u202a",
      "\u202e",
      "\u2066",
      "\u2069",
      "\u200b",
      "\u00a0",
      "\u2028",
      "\ufeff",
      " ",
      "\t",
      "\n",
      "\r\n",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("month ", "12", "0", "241", ": ", ". ", ") ", "- ", "• ", "fast.ai", "Kaggle", "😀"),
  },
);
const text = fc.array(char, { maxLength: 40 }).map((parts) => parts.join(""));
const lines = fc
  .array(fc.tuple(fc.constantFrom("", "- ", "month ", "3: ", "month 240 - ", "999: "), text), { maxLength: 15 })
  .map((ls) => ls.map(([a, b]) => a + b).join("\n"));
const huge = fc
  .tuple(fc.constantFrom("x\n", "\u0000", "1: ab\n"), fc.integer({ min: 4_000, max: 100_000 }))
  .map(([unit, n]) => unit.repeat(n));

// Each field: its valid value most often, so that a fair share of whole stories is accepted (each field
// is hostile about one time in seven); else something hostile, or not a string at all.
const around = (valid: string) => fc.tuple(text, text).map(([a, b]) => a + valid + b);
const variant = (key: keyof typeof VALID, extra: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 18, arbitrary: fc.constant(VALID[key]) },
    { weight: 1, arbitrary: around(VALID[key]) },
    { weight: 1, arbitrary: extra },
    { weight: 1, arbitrary: fc.anything() },
  );
const story = fc.record(
  Object.fromEntries(
    (Object.keys(VALID) as Array<keyof typeof VALID>).map((key) => [key, variant(key, fc.oneof(text, lines, huge))]),
  ),
);

const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const expectCleanLine = (value: string, min: number, max: number) => {
  expect(value.isWellFormed()).toBe(true);
  expect(value).not.toMatch(FORBIDDEN);
  expect(visibleLength(value)).toBeGreaterThanOrEqual(min);
  expect(value.length).toBeLessThanOrEqual(max);
};

describe("story input, for any input", () => {
  it("never throws, and accepts only clean fields within their limits", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: story }, { weight: 1, arbitrary: fc.anything() }), (value) => {
        const result = storyInput.safeParse(value);
        if (!result.success) return;
        accepted++;
        const s = result.data;
        expectCleanLine(s.title, TITLE_MIN, TITLE_MAX);
        expect(s.body.length).toBeLessThanOrEqual(BODY_MAX);
        expect(s.body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        expectCleanLine(s.previousTitle, 2, 80);
        expect(ROLES.map((o) => o.slug)).toContain(s.role);
        expect(EDUCATION.map((o) => o.slug)).toContain(s.education);
        expect(FIELDS.map((o) => o.slug)).toContain(s.previousField);
        expect(HOW_HIRED.map((o) => o.slug)).toContain(s.howHired);
        expect(Number.isInteger(s.monthsToOffer) && s.monthsToOffer >= 0 && s.monthsToOffer <= MONTHS_MAX).toBe(true);
        expect(
          Number.isInteger(s.firstRoleYear) &&
            s.firstRoleYear >= FIRST_ROLE_YEAR_MIN &&
            s.firstRoleYear <= new Date().getUTCFullYear(),
        ).toBe(true);
        expect(s.resources.length).toBeLessThanOrEqual(RESOURCES_MAX);
        for (const r of s.resources) expectCleanLine(r, 2, 80);
        expect(new Set(s.resources.map(resourceKey)).size).toBe(s.resources.length);
        expect(s.milestones.length).toBeLessThanOrEqual(MILESTONES_MAX);
        for (const m of s.milestones) {
          expect(Number.isInteger(m.month) && m.month >= 0 && m.month <= MONTHS_MAX).toBe(true);
          expectCleanLine(m.text, 3, 200);
        }
        expect(s.milestones.map((m) => m.month)).toEqual(s.milestones.map((m) => m.month).sort((a, b) => a - b));
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(10);
  });
});
