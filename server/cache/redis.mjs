// The one Redis connection of this process, when REDIS_URL is set: Next's caches shared by every app
// process (cache-handler.mjs, use-cache-handler.mjs). It fails fast instead of queueing commands:
// while Redis is away every cache read is a miss and the page is rendered (docs: "Graceful
// degradation"); it says so once, and reconnects on its own.
import { readFileSync } from "node:fs";
import path from "node:path";
import Redis from "ioredis";

const CLIENT = Symbol.for("mlpaths.redis");

/** REDIS_URL, or null when the caches stay in this process (one process needs only PostgreSQL). */
export function redisUrl(env = process.env) {
  const value = env.REDIS_URL?.trim();
  return value ? value : null;
}

/**
 * Where every key of this site starts (REDIS_KEY_PREFIX, default `mlpaths:`), so that several sites
 * or test runs can share one Redis database.
 */
export function keyPrefix(env = process.env) {
  return env.REDIS_KEY_PREFIX ?? "mlpaths:";
}

/**
 * The build's id: cached pages and reads are keyed by it, so that processes of a newer build never
 * serve pages that name an older build's scripts. Cache tags are not: a write expires every build's pages.
 */
export function buildId(cwd = process.cwd()) {
  try {
    return readFileSync(path.join(cwd, ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "no-build";
  }
}

/**
 * The process's client, or null without REDIS_URL or during `next build` (which has no Redis to ask
 * and whose prerenders must not reach a running site's cache). Kept on globalThis: Next loads the
 * cache handlers outside its bundles and the health route inside one, and both must share it.
 */
export function redis() {
  const url = redisUrl();
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return null;
  globalThis[CLIENT] ??= connect(url);
  return globalThis[CLIENT];
}

function connect(url) {
  const client = new Redis(url, {
    keyPrefix: keyPrefix(),
    // A command while disconnected fails at once, and one that gets no answer within a second
    // fails then: a page waits for its render, never for Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1000,
    connectTimeout: 2000,
    // Reconnect for as long as the process lives, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  const where = new URL(url).host;
  client.on("error", (error) => {
    if (down) return;
    down = true;
    console.error(
      `Redis at ${where} does not answer (${error.message}): pages are rendered until it does, and this process reports itself not ready.`,
    );
  });
  client.on("ready", () => {
    if (down) console.error(`Redis at ${where} answers again.`);
    down = false;
  });
  return client;
}

/** For readiness: "ok" when Redis answers a PING, "unreachable" otherwise, null without REDIS_URL. */
export async function redisReadiness() {
  const client = redis();
  if (!client) return null;
  try {
    return (await client.ping()) === "PONG" ? "ok" : "unreachable";
  } catch {
    return "unreachable";
  }
}

/** At shutdown (server/shutdown.ts), after the requests have drained: QUIT, so Redis sees a clean close. */
export async function closeRedis() {
  const client = globalThis[CLIENT];
  globalThis[CLIENT] = undefined;
  await client?.quit().catch(() => client.disconnect());
}
