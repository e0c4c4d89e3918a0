// `npm run db:migrate`: apply pending migrations. With --seed-if-empty (used by `npm start` on the
// embedded database) also seed the sample forum the first time, so a newcomer sees a living forum.
// What it did is logged as JSON lines, like the server's (lib/log/logger.ts).
import { EVENTS } from "@/lib/log/events";
import { log } from "@/lib/log/logger";
import { closeDb, DatabaseInUseError, dbDriver } from "./index";
import { migrate } from "./migrate";
import { seedIfEmpty } from "./seed";

async function main() {
  const driver = dbDriver();
  const applied = await migrate();
  for (const migration of applied) log.info({ event: EVENTS.migration, driver, migration }, `applied ${migration}`);
  log.info({ event: EVENTS.migration, driver, applied: applied.length }, "migrations up to date");
  if (process.argv.includes("--seed-if-empty")) {
    const seeded = await seedIfEmpty();
    if (seeded) log.info({ event: "seed", ...seeded }, "seeded the sample forum");
  }
  await closeDb();
}

main().catch((error) => {
  // Another process holding the embedded database is an expected situation, not a crash.
  if (error instanceof DatabaseInUseError) log.error({ event: EVENTS.error }, error.message);
  else log.error({ event: EVENTS.error, err: error }, "migration failed");
  process.exit(1);
});
