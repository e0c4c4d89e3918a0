import { defineConfig } from "drizzle-kit";

// Generation needs no database; `npm run db:migrate` (db/migrate.ts) applies the output to either driver.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
