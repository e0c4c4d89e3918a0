import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log/logger";
import { databaseAnswered, databaseFailed } from "./availability";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the database's availability in the log", () => {
  it("logs an outage once however many requests meet it, and its end once", () => {
    const errors = vi.spyOn(log, "error").mockImplementation(() => {});
    const infos = vi.spyOn(log, "info").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

    databaseAnswered();
    expect(infos).not.toHaveBeenCalled();

    databaseFailed(refused);
    databaseFailed(refused);
    databaseFailed(Object.assign(new Error("terminating connection"), { code: "57P01" }));
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0][0]).toMatchObject({ event: "database.unavailable", err: refused });

    databaseAnswered();
    databaseAnswered();
    expect(infos).toHaveBeenCalledTimes(1);
    expect(infos.mock.calls[0][0]).toMatchObject({ event: "database.recovered", downMs: expect.any(Number) });

    // The next outage is a new line.
    databaseFailed(refused);
    expect(errors).toHaveBeenCalledTimes(2);
    databaseAnswered();
  });

  it("is not told of an outage by an error that is not one", () => {
    const errors = vi.spyOn(log, "error").mockImplementation(() => {});
    databaseFailed(new Error("syntax error at or near"));
    databaseFailed(Object.assign(new Error("duplicate key"), { code: "23505" }));
    expect(errors).not.toHaveBeenCalled();
  });
});
