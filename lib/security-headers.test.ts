import { describe, expect, it } from "vitest";
import { builtPolicyGaps, contentSecurityPolicy, HSTS, parseCsp, securityHeaders } from "./security-headers";

const E2E = {
  GITHUB_BASE_URL: "http://127.0.0.1:4010",
  AUTH_URL: "http://localhost:3100",
  AUTH_GITHUB_ID: "id",
  AUTH_GITHUB_SECRET: "s",
};
const PRODUCTION = { AUTH_URL: "https://mlpaths.example.org", AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" };

const csp = (env: Record<string, string | undefined>, dev = false) => parseCsp(contentSecurityPolicy(env, { dev }));
const header = (env: Record<string, string | undefined>, key: string) =>
  securityHeaders(env).find((h) => h.key === key)?.value;

describe("Content-Security-Policy", () => {
  it.each([
    ["default production", PRODUCTION],
    ["the e2e setup", E2E],
    ["no settings at all", {}],
  ])("for %s locks down what a cached page may load and do", (_, env) => {
    const policy = csp(env);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("script-src-attr")).toEqual(["'none'"]);
    // The strongest script-src that cached pages allow: this origin and Next's inline payload, nothing else.
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((source) => source.includes("*"))).toEqual([]);
    expect(all.filter((source) => /^(?:data|blob|https?):?$/.test(source))).toEqual([]);
    for (const source of policy.get("img-src")!)
      expect(source).toMatch(/^(?:'self'|https:\/\/[a-z0-9.-]+|http:\/\/127\.0\.0\.1:4010)$/);
  });

  it("lets a form post end at GitHub's authorize page (the sign-in without JavaScript), and nowhere else", () => {
    expect(csp(PRODUCTION).get("form-action")).toEqual(["'self'", "https://github.com"]);
    expect(csp({ GITHUB_BASE_URL: "https://github.com/" }).get("form-action")).toEqual([
      "'self'",
      "https://github.com",
    ]);
    expect(csp(E2E).get("form-action")).toEqual(["'self'", "http://127.0.0.1:4010"]);
    expect(csp({ GITHUB_BASE_URL: "https://git.corp.example/" }).get("form-action")).toEqual([
      "'self'",
      "https://git.corp.example",
    ]);
  });

  it("refuses to build with a GITHUB_BASE_URL that is not a URL, rather than guess", () => {
    expect(() => contentSecurityPolicy({ GITHUB_BASE_URL: "github.example.com" })).toThrow(
      /GITHUB_BASE_URL must be a URL/,
    );
  });

  it("shows images from the post-image hosts over https, plus an Enterprise server's avatars", () => {
    const production = csp(PRODUCTION).get("img-src")!;
    expect(production).toEqual(
      expect.arrayContaining([
        "'self'",
        "https://avatars.githubusercontent.com",
        "https://user-images.githubusercontent.com",
        "https://i.imgur.com",
      ]),
    );
    expect(production).not.toContain("http://avatars.githubusercontent.com");
    expect(csp({ ...PRODUCTION, IMAGE_HOSTS: "images.example.org, bad host;script-src *" }).get("img-src")).toContain(
      "https://images.example.org",
    );
    expect(contentSecurityPolicy({ IMAGE_HOSTS: "x.example; script-src *, *.example" })).not.toMatch(
      /\*|script-src \*/,
    );
    // The stand-in GitHub serves avatars from its own origin, as a GitHub Enterprise Server does.
    expect(csp(E2E).get("img-src")).toContain("http://127.0.0.1:4010");
    expect(csp({ GITHUB_BASE_URL: "https://git.corp.example" }).get("img-src")).toEqual(
      expect.arrayContaining(["https://git.corp.example", "https://avatars.git.corp.example"]),
    );
  });

  it("asks for https subresources only when the site is served over https", () => {
    expect(csp(PRODUCTION).has("upgrade-insecure-requests")).toBe(true);
    expect(csp(E2E).has("upgrade-insecure-requests")).toBe(false);
    expect(csp({}).has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only for the development server", () => {
    expect(csp(PRODUCTION, true).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("the other headers", () => {
  it("keep nosniff, the referrer and permissions policies and X-Frame-Options", () => {
    expect(header(PRODUCTION, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(PRODUCTION, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(header(PRODUCTION, "Permissions-Policy")).toContain("camera=()");
    expect(header(PRODUCTION, "X-Frame-Options")).toBe("DENY");
  });

  it("send HSTS unless AUTH_URL says the site is plain http", () => {
    expect(header(PRODUCTION, "Strict-Transport-Security")).toBe(HSTS);
    expect(HSTS).toBe("max-age=63072000");
    expect(header({}, "Strict-Transport-Security")).toBe(HSTS);
    expect(header(E2E, "Strict-Transport-Security")).toBeUndefined();
  });
});

describe("a server started with other settings than its build", () => {
  it("is told what its settings need that the built headers lack", () => {
    const built = securityHeaders(PRODUCTION);
    expect(builtPolicyGaps(built, PRODUCTION)).toEqual([]);
    expect(builtPolicyGaps(built, { ...PRODUCTION, IMAGE_HOSTS: "images.example.org" })).toEqual([
      "img-src lacks https://images.example.org",
    ]);
    expect(builtPolicyGaps(built, { ...PRODUCTION, GITHUB_BASE_URL: "https://git.corp.example" })).toEqual([
      "img-src lacks https://git.corp.example",
      "img-src lacks https://avatars.git.corp.example",
      "form-action lacks https://git.corp.example",
    ]);
    expect(builtPolicyGaps(securityHeaders(E2E), PRODUCTION)).toEqual(
      expect.arrayContaining([
        "form-action lacks https://github.com",
        "no upgrade-insecure-requests",
        "no Strict-Transport-Security",
      ]),
    );
  });

  it("needs no GitHub origin when it has no GitHub sign-in (the e2e demo server reuses the e2e build)", () => {
    const demo = { GITHUB_BASE_URL: "", AUTH_GITHUB_ID: "", AUTH_GITHUB_SECRET: "", AUTH_URL: "http://localhost:3101" };
    expect(builtPolicyGaps(securityHeaders(E2E), demo)).toEqual([]);
  });
});
