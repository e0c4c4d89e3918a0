import { describe, expect, it } from "vitest";
import { clusterConfigurationProblems } from "./cluster-config";

describe("the settings several app processes share", () => {
  it("need nothing for one process", () => {
    expect(clusterConfigurationProblems({})).toEqual([]);
    expect(clusterConfigurationProblems({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "", REDIS_URL: " " })).toEqual([]);
  });

  it("accept a base64 key of 16, 24 or 32 bytes, as Next does", () => {
    for (const bytes of [16, 24, 32]) {
      const key = Buffer.alloc(bytes, 7).toString("base64");
      expect(clusterConfigurationProblems({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toEqual([]);
    }
  });

  it("refuse a key of another length, or one that is not base64, saying how to make one", () => {
    const short = clusterConfigurationProblems({
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64"),
    });
    expect(short).toEqual([expect.stringContaining("it decodes to 20 bytes")]);
    expect(short[0]).toContain("openssl rand -base64 32");
    const notBase64 = clusterConfigurationProblems({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not a key!" });
    expect(notBase64).toEqual([expect.stringContaining("it is not base64")]);
  });

  it("accept redis:// and rediss:// URLs with a database number, and refuse others", () => {
    for (const url of ["redis://127.0.0.1:6379", "redis://:secret@cache:6379/5", "rediss://cache.example.org"])
      expect(clusterConfigurationProblems({ REDIS_URL: url })).toEqual([]);
    for (const url of ["127.0.0.1:6379", "http://cache:6379", "redis://cache/five", "not a url"])
      expect(clusterConfigurationProblems({ REDIS_URL: url })).toEqual([expect.stringContaining("REDIS_URL must be")]);
  });
});
