// Environment rules for sign-in, kept free of framework imports so tests can call them directly.
type Env = Record<string, string | undefined>;

/** GITHUB_BASE_URL for a GitHub Enterprise Server (or the e2e stand-in); null means github.com itself. */
export function githubBaseUrl(env: Env = process.env): string | null {
  const base = env.GITHUB_BASE_URL?.trim().replace(/\/+$/, "");
  if (!base || base === "https://github.com") return null;
  return base;
}

export function githubConfigured(env: Env = process.env): boolean {
  return Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);
}

/**
 * The demo sign-in (as the sample member) exists only so `npm start` on a fresh machine is usable:
 * never against a real database, never once GitHub credentials are set.
 */
export function demoSignInEnabled(env: Env = process.env): boolean {
  return !env.DATABASE_URL && !githubConfigured(env);
}
