// Liveness, for a process supervisor: the process answers. It asks nothing of the database, so an
// outage there never gets a healthy process restarted (readiness is app/api/health).
import { connection } from "next/server";

export async function GET() {
  await connection();
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
