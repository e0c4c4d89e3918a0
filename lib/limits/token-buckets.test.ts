import { describe, expect, test } from "vitest";
import { TokenBuckets } from "./token-buckets";

describe("token buckets", () => {
  test("a key spends its burst at once, then one every 60/perMinute seconds", () => {
    const buckets = new TokenBuckets(3, 20);
    const t = 1_000_000;
    expect([0, 1, 2].map(() => buckets.take("a", t))).toEqual([0, 0, 0]);
    expect(buckets.take("a", t)).toBe(3);
    expect(buckets.take("a", t + 2_000)).toBe(1);
    expect(buckets.take("a", t + 3_000)).toBe(0);
    expect(buckets.take("a", t + 3_000)).toBe(3);
    // Other keys are their own.
    expect(buckets.take("b", t)).toBe(0);
  });

  test("refilling stops at the burst", () => {
    const buckets = new TokenBuckets(2, 60);
    expect(buckets.take("a", 0)).toBe(0);
    expect([1, 2, 3].map(() => buckets.take("a", 3_600_000))).toEqual([0, 0, 1]);
  });

  test("past maxKeys the longest unseen key is forgotten, so the map stays bounded", () => {
    const buckets = new TokenBuckets(1, 1, 2);
    expect(buckets.take("a", 0)).toBe(0);
    expect(buckets.take("b", 0)).toBe(0);
    expect(buckets.take("b", 0)).toBeGreaterThan(0);
    expect(buckets.take("c", 0)).toBe(0);
    // "a" was forgotten and starts full; "b" was seen more recently than "a", and is still spent.
    expect(buckets.take("a", 0)).toBe(0);
    expect(buckets.take("c", 0)).toBeGreaterThan(0);
  });
});
