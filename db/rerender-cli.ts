// `npm run db:rerender`: bring every stored post's HTML up to the current Markdown renderer.
import { closeDb } from "./index";
import { rerenderOutdated } from "./rerender";

async function main() {
  const result = await rerenderOutdated();
  console.log(`re-rendered ${result.threads} threads and ${result.replies} replies`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
