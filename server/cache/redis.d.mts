// Types of redis.mjs (plain JavaScript: Next loads the cache handlers as they are), as far as TypeScript uses it.
import type Redis from "ioredis";
export function redisUrl(env?: Record<string, string | undefined>): string | null;
export function keyPrefix(env?: Record<string, string | undefined>): string;
export function buildId(cwd?: string): string;
export function redis(): Redis | null;
export function redisReadiness(): Promise<"ok" | "unreachable" | null>;
export function closeRedis(): Promise<void>;
