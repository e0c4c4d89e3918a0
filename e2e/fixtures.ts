// The suites' `test`: Playwright's, with `as`, a page of its own browser context for a member (signed
// in from the state e2e/auth.setup.ts saved) or for a visitor (null), with any other context options. Every context it opens is closed
// when the test ends: left open, each keeps its renderer and its pages' scripts alive for the rest of
// the run, and a whole suite's worth slowed every later test several times over.
// Before a context closes, the session cookies it holds are noted for the run's log check
// (e2e/logs/check.ts), which fails if any server logged one.
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { storageStateFor } from "./support";
import { BROWSER_TOKENS } from "./logs/run-files";

export type As = (login: string | null, options?: BrowserContextOptions) => Promise<Page>;

async function noteSessionTokens(context: BrowserContext): Promise<void> {
  const tokens = (await context.cookies().catch(() => []))
    .filter((cookie) => /session-token/.test(cookie.name))
    .map((cookie) => cookie.value);
  if (tokens.length === 0) return;
  mkdirSync(path.dirname(BROWSER_TOKENS), { recursive: true });
  appendFileSync(BROWSER_TOKENS, tokens.map((token) => `${token}\n`).join(""));
}

export const test = base.extend<{ as: As }>({
  context: async ({ context }, use) => {
    await use(context);
    await noteSessionTokens(context);
  },
  as: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (login, options = {}) => {
      const context = await browser.newContext({
        ...(login ? { storageState: storageStateFor(login) } : {}),
        ...options,
      });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(
      contexts.map(async (context) => {
        await noteSessionTokens(context);
        await context.close();
      }),
    );
  },
});

export { expect } from "@playwright/test";
