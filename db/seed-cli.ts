// `npm run db:seed`: insert the sample forum; running it again adds nothing new.
import { closeDb, DatabaseInUseError } from "./index";
import { migrate } from "./migrate";
import { seed } from "./seed";

async function main() {
  await migrate();
  const result = await seed();
  console.log(`sample forum: ${result.threads} threads, ${result.stories} stories and ${result.replies} replies added`);
  await closeDb();
}

main().catch((error) => {
  // Another process holding the embedded database is an expected situation, not a crash.
  console.error(error instanceof DatabaseInUseError ? error.message : error);
  process.exit(1);
});
