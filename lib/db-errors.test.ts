import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, failingLoudly, isDatabaseUnavailable, reportingFailures } from "./db-errors";

const coded = (code: string) => Object.assign(new Error(code), { code });

describe("database outages", () => {
  it("are recognised through driver and ORM wrappers", () => {
    expect(isDatabaseUnavailable(coded("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: coded("57P01") }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([coded("ECONNREFUSED")]))).toBe(true);
    expect(isDatabaseUnavailable(coded("CONNECT_TIMEOUT"))).toBe(true);
    expect(isDatabaseUnavailable(coded("08006"))).toBe(true);
  });

  it("are not confused with bugs or refused data", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(coded("23505"))).toBe(false); // unique violation
    expect(isDatabaseUnavailable(coded("42P01"))).toBe(false); // undefined table
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("surface even where a library swallows the error", async () => {
    const lookup = reportingFailures(async () => {
      throw coded("ECONNREFUSED");
    });
    const swallowing = async () => lookup().catch(() => null);
    await expect(failingLoudly(swallowing)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    // Unwatched, or with a bug rather than an outage, nothing changes.
    await expect(swallowing()).resolves.toBeNull();
    const buggy = reportingFailures(async () => {
      throw new Error("bug");
    });
    await expect(failingLoudly(() => buggy().catch(() => null))).resolves.toBeNull();
  });
});
