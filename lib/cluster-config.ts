// The settings several app processes share (README "Several app processes"), checked by `npm start`
// before anything starts: a key Next would refuse only at the first form post, a Redis URL the
// cache handlers could not use.

type Env = Record<string, string | undefined>;

/** AES key lengths Next accepts for NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (docs: self-hosting.md). */
const AES_KEY_BYTES = [16, 24, 32];
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What is wrong with the multi-process settings, one sentence each; empty when nothing is. */
export function clusterConfigurationProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  const key = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (key !== undefined && key !== "") {
    const bytes = BASE64.test(key) ? Buffer.from(key, "base64").length : null;
    if (bytes === null || !AES_KEY_BYTES.includes(bytes)) {
      problems.push(
        `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of a 16, 24 or 32-byte key (${bytes === null ? "it is not base64" : `it decodes to ${bytes} bytes`}); make one with: openssl rand -base64 32`,
      );
    }
  }
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl) {
    let url: URL | null = null;
    try {
      url = new URL(redisUrl);
    } catch {
      // reported below
    }
    const database = url?.pathname.replace(/^\//, "") ?? "";
    if (!url || !["redis:", "rediss:"].includes(url.protocol) || !url.hostname || !/^\d*$/.test(database)) {
      problems.push(
        "REDIS_URL must be a redis:// or rediss:// URL with a host, and at most a database number as its path (e.g. redis://127.0.0.1:6379/0).",
      );
    }
  }
  return problems;
}
