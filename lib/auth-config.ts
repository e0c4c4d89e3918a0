// Environment rules for sign-in, kept free of framework imports so tests and scripts/start.ts can call them.
import { parseRateLimits } from "./limits/rate-limits";

type Env = Record<string, string | undefined>;

/** GITHUB_BASE_URL for a GitHub Enterprise Server (or the e2e stand-in); null means github.com itself. */
export function githubBaseUrl(env: Env = process.env): string | null {
  const base = env.GITHUB_BASE_URL?.trim().replace(/\/+$/, "");
  if (!base || base === "https://github.com") return null;
  return base;
}

const set = (value: string | undefined) => Boolean(value?.trim());

/** Both halves of the GitHub OAuth app are set, so "Sign in with GitHub" can work. */
export function githubConfigured(env: Env = process.env): boolean {
  return set(env.AUTH_GITHUB_ID) && set(env.AUTH_GITHUB_SECRET);
}

/**
 * The demo sign-in (as the sample member) exists only so `npm start` on a fresh machine is usable:
 * never against a real database, and never once either GitHub credential is set, even half of them.
 */
export function demoSignInEnabled(env: Env = process.env): boolean {
  return !set(env.DATABASE_URL) && !set(env.AUTH_GITHUB_ID) && !set(env.AUTH_GITHUB_SECRET);
}

/** ADMIN_GITHUB_LOGINS: the GitHub logins that are admins (made so at each sign-in). */
export function adminLogins(env: Env = process.env): string[] {
  return (env.ADMIN_GITHUB_LOGINS ?? "")
    .split(",")
    .map((login) => login.trim())
    .filter(Boolean);
}

/** Configuration the server must not start with, each as a message that names what to set. */
export function configurationProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  if (set(env.DATABASE_URL) && !set(env.AUTH_SECRET)) {
    problems.push("AUTH_SECRET is required with DATABASE_URL (generate one with: openssl rand -base64 33).");
  }
  if (set(env.AUTH_GITHUB_ID) !== set(env.AUTH_GITHUB_SECRET)) {
    const missing = set(env.AUTH_GITHUB_ID) ? "AUTH_GITHUB_SECRET" : "AUTH_GITHUB_ID";
    problems.push(
      `${missing} is not set: GitHub sign-in needs both AUTH_GITHUB_ID and AUTH_GITHUB_SECRET (or neither, for the demo sign-in).`,
    );
  }
  try {
    parseRateLimits(env.RATE_LIMITS);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
