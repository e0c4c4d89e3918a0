// Where an e2e run keeps what its log check reads (e2e/logs/check.ts): each server's output
// (e2e/serve.mjs writes `server-<port>.log`, the same name it is given here), what the stand-in
// GitHub handed out, and the session cookies the browsers held.
import path from "node:path";

export const RUN_DIR = path.join(process.cwd(), ".data", "e2e-run");

/** e2e/serve.mjs writes this; keep the two names the same. */
export const serverLog = (port: number) => path.join(RUN_DIR, `server-${port}.log`);

/** The emails and access tokens e2e/github-stub handed out, one JSON line each. */
export const STUB_RECORD = path.join(RUN_DIR, "github-stub-handed-out.jsonl");

/** Session cookies the test browsers held (e2e/fixtures.ts), one per line. */
export const BROWSER_TOKENS = path.join(RUN_DIR, "browser-session-tokens.txt");
