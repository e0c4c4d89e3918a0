// The floors of the house, top to bottom (README "Layout"): each may import only the floors below it.
//
//   tests, e2e/, scripts/     anything below them; nothing imports them
//   app/, proxy.ts,           routes, what Next runs before routing (an entry point like a route:
//   instrumentation.ts        it imports lib/ alone: proxy-stands-on-lib), and Next's server hooks
//   components/               shared UI
//   server/, auth.ts,         Next-dependent server code: cached reads, the action pipeline, Auth.js and
//   the cache handlers        the session, the caches Next loads (cache-handler.mjs, use-cache-handler.mjs,
//                             search-cache-handler.mjs) and server/cache/, which shares them through Redis
//   db/                       the data layer: schema, queries, mutations
//   lib/                      framework-free logic: no Next, no React, no database
//
// `npm run lint` runs this (`npm run lint:deps`), so `npm test` fails on an upward import or a cycle.

/** The top floor: Vitest files and their helpers, Playwright's e2e/, and scripts/ (start, the bench, the flood). */
const TOP = ["\\.test\\.tsx?$", "^e2e/", "^scripts/", "^lib/test/", "^db/test/"];

const APP = ["^app/", "^proxy\\.ts$", "^instrumentation\\.ts$"];
const COMPONENTS = ["^components/"];
const SERVER = ["^server/", "^auth\\.ts$", "^(search-|use-)?cache-handler\\.mjs$"];
const DB = ["^db/"];

/** What lib/ may not use: Next, React, Auth.js (by their installed paths). */
const FRAMEWORKS = ["^node_modules/(next|next-auth|react|react-dom|@auth/[^/]+)/"];

/** A floor's own code, without its tests. */
const floor = (paths) => ({ path: paths, pathNot: TOP });

module.exports = {
  forbidden: [
    {
      name: "lib-is-framework-free",
      comment:
        "lib/ is framework-free logic: it imports no Next, React or Auth.js, and no floor above it (server/, auth.ts, db/, components/, app/).",
      severity: "error",
      from: floor(["^lib/"]),
      to: { path: [...FRAMEWORKS, ...DB, ...SERVER, ...COMPONENTS, ...APP] },
    },
    {
      name: "db-below-server",
      comment:
        "db/ is the data layer: of the app's own code it imports lib/ only, never server/, auth.ts, components/ or app/.",
      severity: "error",
      from: floor(DB),
      to: { path: [...SERVER, ...COMPONENTS, ...APP] },
    },
    {
      name: "server-below-components",
      comment: "server/ and auth.ts import db/ and lib/ only, never components/ or app/.",
      severity: "error",
      from: floor(SERVER),
      to: { path: [...COMPONENTS, ...APP] },
    },
    {
      name: "components-below-app",
      comment: "components/ never imports app/ (or proxy.ts): a route passes its Server Actions in as props.",
      severity: "error",
      from: floor(COMPONENTS),
      to: { path: APP },
    },
    {
      name: "proxy-stands-on-lib",
      comment:
        "proxy.ts runs before every request and only redirects optimistically: it imports lib/, never the session, the database or a route.",
      severity: "error",
      from: { path: "^proxy\\.ts$" },
      to: { path: [...SERVER, ...DB, ...COMPONENTS, "^app/"] },
    },
    {
      name: "nothing-imports-tests-or-scripts",
      comment: "Tests, e2e/ and scripts/ sit on top: they may import any floor, but no floor imports them.",
      severity: "error",
      from: { pathNot: TOP },
      to: { path: TOP },
    },
    {
      name: "no-circular",
      comment: "No import cycles anywhere: a cycle has no floor to stand on (move the shared piece down).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to nothing is a typo or a missing package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "^node_modules" },
    exclude: { path: ["^\\.next/", "^db/migrations/"] },
    // `import type` counts too: a floor's types are as much a part of it as its code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".d.ts", ".mts", ".js", ".mjs", ".cjs", ".json"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
