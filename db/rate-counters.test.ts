// Per-IP sign-in counting: shared windows in the database, refusing past the limit with a wait.
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientIp } from "@/lib/limits/client-ip";
import { hit } from "./mutations/rate-counters";
import { useFreshDatabase } from "./test/database";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

it("allows `max` hits in a window, then says how long to wait; other keys and buckets count apart", async () => {
  const windows = [{ seconds: 60, max: 2 }];
  expect(await hit("sign-in", "10.0.0.1", windows)).toBeNull();
  expect(await hit("sign-in", "10.0.0.1", windows)).toBeNull();
  const wait = await hit("sign-in", "10.0.0.1", windows);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(60);
  expect(await hit("sign-in", "10.0.0.2", windows)).toBeNull();
  expect(await hit("other", "10.0.0.1", windows)).toBeNull();
});

it("the longer window holds when the shorter one has room", async () => {
  const windows = [
    { seconds: 60, max: 100 },
    { seconds: 3600, max: 1 },
  ];
  expect(await hit("sign-in", "10.0.0.3", windows)).toBeNull();
  expect(await hit("sign-in", "10.0.0.3", windows)).toBeGreaterThan(0);
});

it("the client address is the last X-Forwarded-For entry, the one a proxy in front adds", () => {
  expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
  expect(clientIp(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  expect(clientIp(new Headers())).toBe("unknown");
});

it("windows that start at the same moment count apart (a minute and an hour both start at hh:00)", async () => {
  const windows = [
    { seconds: 60, max: 6 },
    { seconds: 3600, max: 30 },
  ];
  // 31 s into this hour: a fixed date would fall over a day behind the real clock, and hit()'s
  // occasional sweep (windows older than a day, by the database's clock) could then delete its rows.
  const firstMinute = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 31_000);
  for (let i = 0; i < 6; i++) expect(await hit("sign-in", "10.0.0.4", windows, firstMinute)).toBeNull();
  expect(await hit("sign-in", "10.0.0.4", windows, firstMinute)).toBe(29);
});
