// Bad input of every shape through the thread and reply schemas: they never throw, and what they
// accept is what lib/markdown/plain-text.ts and lib/limits/limits.ts promise, and stays the same when parsed again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BODY_MAX, TITLE_MAX, TITLE_MIN } from "./limits/limits";
import { markdownProblem } from "./markdown/markdown";
import { visibleLength } from "./markdown/plain-text";
import { replyInput, threadInput } from "./validation";

// Characters that hide, garble or break text, among ordinary ones and Markdown.
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
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u061c",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      " ",
      "\t",
      "\n",
      "\r\n",
      "\u00a0",
      "\u2028",
      "\u2029",
      "\u3000",
      "\u200b",
      "\u200d",
      "\ufeff",
      "\u00ad",
      "\u180e",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom("😀", "👩‍💻", "é", "ｘ", "- ", "> ", "*", "[a](b)", "```\n", "<script>") },
);
const text = fc.array(char, { maxLength: 60 }).map((parts) => parts.join(""));
// Text with enough letters in it to pass, so the properties about accepted input are tested too.
const plausible = fc.tuple(text, text).map(([a, b]) => `${a}Hello world${b}`);
// Past every limit: the schemas must refuse these in linear time, not choke on them.
const huge = fc
  .tuple(fc.constantFrom("x", " ", "\u0000", "\u202e", "- ", "\u200b"), fc.integer({ min: 20_000, max: 300_000 }))
  .map(([unit, n]) => unit.repeat(n));
const field = fc.oneof(
  { weight: 4, arbitrary: plausible },
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.anything() },
);
const input = fc.oneof(
  { weight: 8, arbitrary: fc.record({ title: field, body: field }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
);

// No C0 or C1 control characters; a body keeps its line breaks (forms send them as CRLF) and tabs.
const TITLE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const BODY_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function expectCleanBody(body: string): void {
  expect(body.isWellFormed()).toBe(true);
  expect(body).not.toMatch(BODY_FORBIDDEN);
  expect(body.length).toBeLessThanOrEqual(BODY_MAX);
  expect(visibleLength(body)).toBeGreaterThan(0);
  expect(markdownProblem(body)).toBeNull();
}

describe("thread input, for any input", () => {
  it("never throws, and accepts only clean titles and bodies within the limits", () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (value) => {
        const result = threadInput.safeParse(value);
        if (!result.success) return;
        accepted++;
        const { title, body } = result.data;
        expect(title.isWellFormed()).toBe(true);
        expect(title).not.toMatch(TITLE_FORBIDDEN);
        expect(visibleLength(title)).toBeGreaterThanOrEqual(TITLE_MIN);
        expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
        expectCleanBody(body);
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it("is idempotent: what it accepts, it accepts again unchanged", () => {
    fc.assert(
      fc.property(input, (value) => {
        const first = threadInput.safeParse(value);
        if (!first.success) return;
        const again = threadInput.safeParse(first.data);
        expect(again.success).toBe(true);
        expect(again.data).toEqual(first.data);
      }),
      { numRuns: 500 },
    );
  });

  // Found by the property above: cleanLine once trimmed before removing direction controls, so spaces
  // behind them stayed at the title's ends until a second parse.
  it("trims a title whose end spaces sit behind direction controls", () => {
    expect(threadInput.parse({ title: "\u202a Hello world \u202c", body: "x" }).title).toBe("Hello world");
  });
});

describe("reply input, for any input", () => {
  it("never throws, accepts only clean bodies within the limits, and accepts them again unchanged", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.record({ body: field }, { requiredKeys: [] }), fc.anything()), (value) => {
        const result = replyInput.safeParse(value);
        if (!result.success) return;
        accepted++;
        expectCleanBody(result.data.body);
        expect(replyInput.parse(result.data)).toEqual(result.data);
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(20);
  });
});
