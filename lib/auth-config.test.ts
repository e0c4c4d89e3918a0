import { describe, expect, it } from "vitest";
import { configurationProblems, demoSignInEnabled, githubBaseUrl, githubConfigured } from "./auth-config";

describe("demo sign-in", () => {
  it("is offered on the embedded database with no GitHub credentials", () => {
    expect(demoSignInEnabled({})).toBe(true);
    expect(demoSignInEnabled({ AUTH_GITHUB_ID: "", AUTH_GITHUB_SECRET: " " })).toBe(true);
  });

  it("can never be enabled against a DATABASE_URL database", () => {
    expect(demoSignInEnabled({ DATABASE_URL: "postgres://127.0.0.1/mlpaths" })).toBe(false);
  });

  it("can never be enabled once either GitHub credential is set", () => {
    expect(demoSignInEnabled({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" })).toBe(false);
    expect(demoSignInEnabled({ AUTH_GITHUB_ID: "id" })).toBe(false);
    expect(demoSignInEnabled({ AUTH_GITHUB_SECRET: "secret" })).toBe(false);
  });
});

describe("start-up configuration", () => {
  it("accepts the zero-set-up default and a complete production setup", () => {
    expect(configurationProblems({})).toEqual([]);
    expect(
      configurationProblems({
        DATABASE_URL: "postgres://db/x",
        AUTH_SECRET: "s",
        AUTH_GITHUB_ID: "id",
        AUTH_GITHUB_SECRET: "secret",
      }),
    ).toEqual([]);
  });

  it("names the missing half of a GitHub app", () => {
    expect(configurationProblems({ AUTH_GITHUB_ID: "id" })).toEqual([
      expect.stringMatching(/^AUTH_GITHUB_SECRET is not set/),
    ]);
    expect(configurationProblems({ AUTH_GITHUB_SECRET: "secret" })).toEqual([
      expect.stringMatching(/^AUTH_GITHUB_ID is not set/),
    ]);
    expect(githubConfigured({ AUTH_GITHUB_ID: "id" })).toBe(false);
  });

  it("requires AUTH_SECRET with a real database", () => {
    expect(configurationProblems({ DATABASE_URL: "postgres://db/x" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET is required/),
    ]);
  });
});

describe("GITHUB_BASE_URL", () => {
  it("points at a GitHub Enterprise Server, and github.com means the provider's defaults", () => {
    expect(githubBaseUrl({})).toBeNull();
    expect(githubBaseUrl({ GITHUB_BASE_URL: "https://github.com" })).toBeNull();
    expect(githubBaseUrl({ GITHUB_BASE_URL: "https://ghe.example.com/" })).toBe("https://ghe.example.com");
  });
});
