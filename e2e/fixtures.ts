// The suites' `test`: Playwright's, with `as`, a page of its own browser context for a member (signed
// in from the state e2e/auth.setup.ts saved) or for a visitor (null), with any other context options. Every context it opens is closed
// when the test ends: left open, each keeps its renderer and its pages' scripts alive for the rest of
// the run, and a whole suite's worth slowed every later test several times over.
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { storageStateFor } from "./support";

export type As = (login: string | null, options?: BrowserContextOptions) => Promise<Page>;

export const test = base.extend<{ as: As }>({
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
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from "@playwright/test";
