// The security headers on every response (next.config.mjs `headers()`). Next evaluates `headers()` at
// `next build` and `next start` serves what the build wrote to .next/routes-manifest.json, so the
// environment this reads (GITHUB_BASE_URL, IMAGE_HOSTS, AUTH_URL) is the build's; `builtPolicyGaps`
// lets the server say at start when its own environment needs more than the build allowed.
// Plain TypeScript with no Next imports: next.config.mjs loads it through tsx.
import { githubBaseUrl, githubConfigured } from "./auth-config";
import { imageHosts } from "./markdown/image-hosts";

type Env = Record<string, string | undefined>;
export type Header = { key: string; value: string };
export type PolicyOptions = {
  /** `next dev`: React's development build needs eval (error stacks from the server). */
  dev?: boolean;
  /** Leave the GitHub origin out (only for checking a running server that has no GitHub sign-in). */
  withGitHub?: boolean;
};

/** Two years, the usual HSTS lifetime. No includeSubDomains: other hosts under the domain are not ours. */
export const HSTS = "max-age=63072000";

/** The origin the GitHub sign-in sends browsers to: github.com, or GITHUB_BASE_URL's (an Enterprise server, the e2e stand-in). */
export function githubOrigin(env: Env = process.env): string {
  return githubUrl(env).origin;
}

function githubUrl(env: Env): URL {
  const base = githubBaseUrl(env) ?? "https://github.com";
  if (!URL.canParse(base))
    throw new Error(`GITHUB_BASE_URL must be a URL such as https://github.example.com, not "${base}".`);
  return new URL(base);
}

/** Whether AUTH_URL says the site is served over https: true, false, or null when AUTH_URL is unset or not a URL. */
export function servedOverHttps(env: Env = process.env): boolean | null {
  const value = env.AUTH_URL?.trim();
  if (!value) return null;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return null;
  }
}

/** Where members' GitHub pictures come from when GitHub is an Enterprise server (or the e2e stand-in). */
function enterpriseAvatarOrigins(env: Env): string[] {
  if (!githubBaseUrl(env)) return []; // github.com: avatars.githubusercontent.com, already an image host
  const url = githubUrl(env);
  const origins = [url.origin]; // {base}/avatars/… (and the stand-in's /avatars/<login>.svg)
  // With subdomain isolation (GitHub's recommended setting) pictures come from https://avatars.<host>.
  if (url.protocol === "https:" && /[a-z]/i.test(url.hostname)) origins.push(`https://avatars.${url.hostname}`);
  return origins;
}

/**
 * The Content-Security-Policy directives, in order. Pages are cached whole and served to everyone as
 * the same bytes, so the policy is one static string: no per-request nonce can reach a cached page.
 */
export function cspDirectives(
  env: Env = process.env,
  { dev = false, withGitHub = true }: PolicyOptions = {},
): [string, string[]][] {
  const github = withGitHub ? [githubOrigin(env)] : [];
  const https = servedOverHttps(env) === true;
  return [
    ["default-src", ["'self'"]],
    // Next writes each page's RSC payload into inline <script>s (`self.__next_f.push(…)`) whose text
    // differs per page and per render, so neither a hash list nor 'strict-dynamic' (which needs a hash
    // or a nonce to start from, and turns 'unsafe-inline' off) can cover them without rendering per
    // request; and listing any hash makes browsers ignore 'unsafe-inline'. Next's experimental SRI
    // (Turbopack, 16.4.6) marks only the bootstrap chunks and does nothing for inline scripts, so it
    // would add no protection here (docs/security.md). What this still forbids:
    // script from any other origin, data:/blob: script, and eval / new Function / string timers
    // (no 'unsafe-eval' in production).
    ["script-src", ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])]],
    // Inline event-handler attributes (`<img onerror=…>`, the usual injected-HTML payload) never run:
    // neither React nor Next renders any.
    ["script-src-attr", ["'none'"]],
    // React renders `style` attributes (charts, avatars), the proxy's short error pages carry one, and
    // Next's built-in error pages an inline <style>. What injected CSS could fetch is bounded by
    // img-src, font-src and default-src, so it cannot carry data off the site.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    // Post images come only from the image hosts (lib/markdown/image-hosts.ts), over https.
    [
      "img-src",
      [
        "'self'",
        ...imageHosts(env).map((host) => `https://${host}`),
        ...(withGitHub ? enterpriseAvatarOrigins(env) : []),
      ],
    ],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    // Without JavaScript the sign-in form posts to a Server Action that redirects to GitHub's authorize
    // page, and Chromium checks form-action on every redirect after a form post.
    ["form-action", ["'self'", ...github]],
    ["frame-ancestors", ["'none'"]],
    ...(https ? ([["upgrade-insecure-requests", []]] as [string, string[]][]) : []),
  ];
}

export function contentSecurityPolicy(env: Env = process.env, options: PolicyOptions = {}): string {
  return cspDirectives(env, options)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/**
 * HSTS unless AUTH_URL says the site is plain http: with AUTH_URL unset at build the site may well be
 * https, and browsers ignore the header on an http response (RFC 6797 §8.1). An explicit http AUTH_URL
 * (localhost, the e2e suite) gets none, so an https proxy in front of a local server cannot pin localhost.
 */
export function sendsHsts(env: Env = process.env): boolean {
  return servedOverHttps(env) !== false;
}

/** The headers for next.config.mjs `headers()`, on every path. */
export function securityHeaders(env: Env = process.env, options: PolicyOptions = {}): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(env, options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    // For browsers without CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    ...(sendsHsts(env) ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}

/** A policy string as a map of directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * What a running server's environment needs that the built headers lack, as readable lines (empty when
 * the build covers it): an IMAGE_HOSTS entry added after `next build` would show as broken images, a
 * GITHUB_BASE_URL as a sign-in that stops at the form without JavaScript. A server without GitHub
 * sign-in needs no GitHub origin (the e2e demo server reuses a build made with the stand-in's).
 */
export function builtPolicyGaps(built: Header[], env: Env = process.env): string[] {
  const builtCsp = parseCsp(built.find((h) => h.key.toLowerCase() === "content-security-policy")?.value ?? "");
  const gaps: string[] = [];
  for (const [name, sources] of cspDirectives(env, { withGitHub: githubConfigured(env) })) {
    const have = builtCsp.get(name);
    if (!have) gaps.push(`no ${name}`);
    else for (const source of sources) if (!have.includes(source)) gaps.push(`${name} lacks ${source}`);
  }
  if (sendsHsts(env) && !built.some((h) => h.key.toLowerCase() === "strict-transport-security")) {
    gaps.push("no Strict-Transport-Security");
  }
  return gaps;
}
