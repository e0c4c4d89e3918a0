// Types of redis-server.mjs, as far as the unit tests use it.
export function pings(port: number): Promise<boolean>;
export function ownRedis(port: number): Promise<{ url: string; start(): Promise<void>; stop(): Promise<void> }>;
