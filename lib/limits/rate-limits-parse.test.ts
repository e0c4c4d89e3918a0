// RATE_LIMITS as an operator writes it, and the "try again in …" every refusal ends with
// (lib/limits/rate-limits.ts). StrykerJS runs this file against each change of that file (stryker.config.mjs).
import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, UNLIMITED, parseRateLimits, rateLimits, retryIn } from "./rate-limits";

describe("parseRateLimits", () => {
  it("no RATE_LIMITS, or an empty one, is Discourse's defaults", () => {
    const defaults = parseRateLimits(undefined);
    expect(defaults).toEqual(DEFAULT_RATE_LIMITS);
    // A copy: changing what one call returned changes no other's.
    expect(defaults).not.toBe(DEFAULT_RATE_LIMITS);
    expect(parseRateLimits("")).toEqual(DEFAULT_RATE_LIMITS);
    expect(parseRateLimits(" , ,")).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS).toMatchObject({
      newAccountHours: 24,
      threadIntervalSeconds: 15,
      replyIntervalSeconds: 5,
      threadsPerDay: 20,
      newLinksPerPost: 2,
    });
    // Five minutes: the same text again within them is refused.
    expect(DEFAULT_RATE_LIMITS.sameBodySeconds).toBe(300);
  });

  it("sets the named limits, spaces and empty entries aside, and leaves the others at their defaults", () => {
    const limits = parseRateLimits(" replyIntervalSeconds = 0 ,, threadsPerDay=100,");
    expect(limits).toEqual({ ...DEFAULT_RATE_LIMITS, replyIntervalSeconds: 0, threadsPerDay: 100 });
    expect(parseRateLimits("flagsToHide=7")).toEqual({ ...DEFAULT_RATE_LIMITS, flagsToHide: 7 });
  });

  it("an unknown name stops the server, naming the known ones", () => {
    const known = Object.keys(DEFAULT_RATE_LIMITS).join(", ");
    expect(known).toMatch(/^newAccountHours, threadIntervalSeconds, /);
    expect(() => parseRateLimits("replyIntervalSecs=0")).toThrow(
      new Error(`RATE_LIMITS: unknown limit "replyIntervalSecs" (known: ${known})`),
    );
  });

  it("a value must be a whole number ≥ 0: 0 is one, -1, 1.5, words and nothing at all are not", () => {
    expect(parseRateLimits("votesPerDay=0").votesPerDay).toBe(0);
    expect(() => parseRateLimits("votesPerDay=-1")).toThrow(
      new Error('RATE_LIMITS: votesPerDay must be a whole number ≥ 0, not "-1"'),
    );
    expect(() => parseRateLimits("votesPerDay=1.5")).toThrow(
      new Error('RATE_LIMITS: votesPerDay must be a whole number ≥ 0, not "1.5"'),
    );
    expect(() => parseRateLimits("votesPerDay= many ")).toThrow(
      new Error('RATE_LIMITS: votesPerDay must be a whole number ≥ 0, not "many"'),
    );
    expect(() => parseRateLimits("threadsPerDay=5, votesPerDay")).toThrow(
      /^RATE_LIMITS: votesPerDay must be a whole number ≥ 0/,
    );
  });

  it("UNLIMITED names every limit, and survives the trip through RATE_LIMITS the unit tests make (vitest.config.mts)", () => {
    expect(Object.keys(UNLIMITED).sort()).toEqual(Object.keys(DEFAULT_RATE_LIMITS).sort());
    const spec = Object.entries(UNLIMITED)
      .map(([name, value]) => `${name}=${value}`)
      .join(",");
    expect(parseRateLimits(spec)).toEqual(UNLIMITED);
    // Pace off, the daily caps out of reach; hiding by flags works as on the site.
    expect(UNLIMITED).toMatchObject({
      newAccountHours: 0,
      replyIntervalSeconds: 0,
      sameBodySeconds: 0,
      threadsPerDay: 1_000_000,
      flagsToHide: DEFAULT_RATE_LIMITS.flagsToHide,
    });
  });
});

describe("rateLimits", () => {
  it("is RATE_LIMITS as the process started with it, read once", () => {
    // vitest.config.mts starts every test process with UNLIMITED.
    expect(rateLimits()).toEqual(UNLIMITED);
    const before = process.env.RATE_LIMITS;
    process.env.RATE_LIMITS = "threadsPerDay=1";
    try {
      expect(rateLimits()).toEqual(UNLIMITED);
      expect(rateLimits()).toBe(rateLimits());
    } finally {
      process.env.RATE_LIMITS = before;
    }
  });
});

describe("retryIn", () => {
  it("seconds below a minute and a half, rounded up, at least one", () => {
    expect(retryIn(-5)).toBe("in 1 second");
    expect(retryIn(0)).toBe("in 1 second");
    expect(retryIn(0.2)).toBe("in 1 second");
    expect(retryIn(1)).toBe("in 1 second");
    expect(retryIn(1.01)).toBe("in 2 seconds");
    expect(retryIn(14.5)).toBe("in 15 seconds");
    expect(retryIn(89)).toBe("in 89 seconds");
    expect(retryIn(88.5)).toBe("in 89 seconds");
  });

  it("then minutes, rounded up, below an hour and a half", () => {
    expect(retryIn(89.5)).toBe("in 2 minutes");
    expect(retryIn(90)).toBe("in 2 minutes");
    expect(retryIn(121)).toBe("in 3 minutes");
    expect(retryIn(3600)).toBe("in 60 minutes");
    expect(retryIn(89 * 60)).toBe("in 89 minutes");
  });

  it("then hours, rounded up", () => {
    expect(retryIn(89 * 60 + 1)).toBe("in 2 hours");
    expect(retryIn(90 * 60)).toBe("in 2 hours");
    expect(retryIn(4 * 3600)).toBe("in 4 hours");
    expect(retryIn(4 * 3600 + 1)).toBe("in 5 hours");
    expect(retryIn(24 * 3600)).toBe("in 24 hours");
  });
});
