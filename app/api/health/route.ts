// Readiness, for a load balancer: 200 when the database answers and has every migration this build
// ships and, with REDIS_URL, Redis answers (a process that cannot hear from Redis cannot learn what the
// others expired, so it renders every page: it serves, but slowly); 503 otherwise (with Retry-After),
// so traffic goes to a process that can serve it. Never
// cached; it names only the checks and their states, no addresses, versions or errors.
// Liveness (the process answers at all) is app/api/health/live.
import { connection } from "next/server";
import { databaseReadiness } from "@/db/queries/health";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { databaseAnswered, databaseFailed } from "@/db/availability";
import { redisReadiness } from "@/server/cache/redis.mjs";

const HEADERS = { "cache-control": "no-store" };

export async function GET() {
  // A request-time answer, never one prerendered at build time.
  await connection();
  let database: "ok" | "migrations-pending" | "unreachable";
  try {
    database = await databaseReadiness();
    databaseAnswered();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    databaseFailed(error);
    database = "unreachable";
  }
  const redis = await redisReadiness();
  const ready = database === "ok" && (redis === null || redis === "ok");
  return Response.json(
    { status: ready ? "ok" : "unavailable", checks: redis === null ? { database } : { database, redis } },
    { status: ready ? 200 : 503, headers: ready ? HEADERS : { ...HEADERS, "retry-after": "5" } },
  );
}
