import { describe, expect, it } from "vitest";
import { demoSignInEnabled, githubBaseUrl } from "./auth-config";

describe("demo sign-in", () => {
  it("is offered on the embedded database with no GitHub credentials", () => {
    expect(demoSignInEnabled({})).toBe(true);
  });

  it("can never be enabled against a DATABASE_URL database", () => {
    expect(demoSignInEnabled({ DATABASE_URL: "postgres://127.0.0.1/mlpaths" })).toBe(false);
  });

  it("can never be enabled once GitHub credentials are set", () => {
    expect(demoSignInEnabled({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" })).toBe(false);
  });
});

describe("GITHUB_BASE_URL", () => {
  it("points at a GitHub Enterprise Server, and github.com means the provider's defaults", () => {
    expect(githubBaseUrl({})).toBeNull();
    expect(githubBaseUrl({ GITHUB_BASE_URL: "https://github.com" })).toBeNull();
    expect(githubBaseUrl({ GITHUB_BASE_URL: "https://ghe.example.com/" })).toBe("https://ghe.example.com");
  });
});
