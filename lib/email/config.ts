// Email settings from the environment (README "Configuration"): SMTP_URL, EMAIL_FROM and
// EMAIL_DELAY_SECONDS. `npm start` checks them before anything starts (emailConfigurationProblems).

type Env = Record<string, string | undefined>;

/**
 * How emails leave: over SMTP when SMTP_URL is set; without it, on the embedded database, as .eml files
 * under .data/mail/ (so someone trying the forum can open one); with a real database and no SMTP_URL,
 * not at all (nothing is queued).
 */
export type EmailDelivery = { kind: "smtp"; url: string } | { kind: "files"; dir: string } | { kind: "off" };

export function emailDelivery(env: Env = process.env): EmailDelivery {
  const url = env.SMTP_URL?.trim();
  if (url) return { kind: "smtp", url };
  if (!env.DATABASE_URL) return { kind: "files", dir: env.EMAIL_FILES_DIR || ".data/mail" };
  return { kind: "off" };
}

/** Seconds a reply or mention waits before its email (Discourse waits 10 minutes), so a member on the site reads it there. */
export function emailDelaySeconds(env: Env = process.env): number {
  const value = Number(env.EMAIL_DELAY_SECONDS);
  return env.EMAIL_DELAY_SECONDS?.trim() && Number.isFinite(value) && value >= 0 ? value : 600;
}

/** The From of every email: EMAIL_FROM, else "MLPaths <noreply@host>" with the site's host. */
export function emailFrom(env: Env = process.env): string {
  const from = env.EMAIL_FROM?.trim();
  if (from) return from;
  let host = "localhost";
  try {
    if (env.AUTH_URL) host = new URL(env.AUTH_URL).hostname;
  } catch {
    // a malformed AUTH_URL is reported by lib/auth-config.ts
  }
  return `MLPaths <noreply@${host}>`;
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/** What is wrong with the email settings, one sentence each; empty when nothing is. */
export function emailConfigurationProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  const smtp = env.SMTP_URL?.trim();
  if (smtp) {
    let url: URL | null = null;
    try {
      url = new URL(smtp);
    } catch {
      // reported below
    }
    const port = url?.port ?? "";
    if (!url || !["smtp:", "smtps:"].includes(url.protocol) || !url.hostname || !/^\d*$/.test(port)) {
      problems.push(
        "SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@mail.example.com:587 (percent-encode any @, : or / in the user name or password).",
      );
    }
  }
  const from = env.EMAIL_FROM?.trim();
  if (from) {
    const address = /<([^>]*)>\s*$/.exec(from)?.[1] ?? from;
    if (!ADDRESS.test(address.trim()))
      problems.push('EMAIL_FROM must be an address, or a name and an address: "MLPaths <forum@example.com>".');
  }
  const delay = env.EMAIL_DELAY_SECONDS?.trim();
  if (delay && !(Number.isFinite(Number(delay)) && Number(delay) >= 0))
    problems.push(`EMAIL_DELAY_SECONDS must be a number of seconds ≥ 0, not "${delay}".`);
  return problems;
}

/** An SMTP reply or error message with any address in it taken out, for logs and the job's last_error. */
export function withoutAddresses(message: string): string {
  return message.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "[address]").slice(0, 500);
}
