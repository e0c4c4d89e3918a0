// The one schema for PostgreSQL and PGlite, one file per subject; drizzle-kit reads it from here
// (drizzle.config.ts) and the app imports it as "@/db/schema" or "../schema".
export * from "./members";
export * from "./posts";
export * from "./stories";
export * from "./moderation";
export * from "./notifications";
export * from "./email";
export * from "./relations";
