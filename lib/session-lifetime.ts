// How long a database session lives, and how often reading it moves its end: Auth.js's defaults, set
// explicitly in auth.ts so that the per-reader request's own read of a session (db/queries/reader.ts)
// hands a session to Auth.js exactly when Auth.js would extend it.
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;
