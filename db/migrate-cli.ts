// `npm run db:migrate`: apply pending migrations. With --seed-if-empty (used by `npm start` on the
// embedded database) also seed the sample forum the first time, so a newcomer sees a living forum.
import { closeDb, DatabaseInUseError, dbDriver } from "./index";
import { migrate } from "./migrate";
import { seedIfEmpty } from "./seed";

async function main() {
  await migrate();
  console.log(`migrations applied (${dbDriver()})`);
  if (process.argv.includes("--seed-if-empty")) {
    const seeded = await seedIfEmpty();
    if (seeded)
      console.log(
        `seeded sample forum: ${seeded.threads} threads, ${seeded.stories} stories, ${seeded.replies} replies`,
      );
  }
  await closeDb();
}

main().catch((error) => {
  // Another process holding the embedded database is an expected situation, not a crash.
  console.error(error instanceof DatabaseInUseError ? error.message : error);
  process.exit(1);
});
