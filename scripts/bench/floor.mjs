// Next's own floor on this machine, measured in the same run as the app: a blank App Router app built
// with this repository's next and react (one layout, one page cached whole as the app's pages are), so
// the printed targets can be read against what the framework costs with nothing of ours in it.
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILES = {
  "package.json": JSON.stringify({ private: true, type: "module" }),
  // The settings of the app's own next.config.mjs that shape a cached page's response.
  "next.config.mjs": (repoRoot) =>
    `export default { cacheComponents: true, poweredByHeader: false, generateEtags: false, turbopack: { root: ${JSON.stringify(repoRoot)} } };\n`,
  "app/layout.jsx": `export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  // Like /threads/[id]: rendered on its first request, then served from the page cache.
  "app/p/[id]/page.jsx": `export default async function Page({ params }) {
  "use cache";
  const { id } = await params;
  return <p>page {id}</p>;
}
export function generateStaticParams() {
  return [{ id: "0" }];
}
`,
};

/**
 * Writes the blank app into `dir` (replacing what was there), with `node_modules` linked to the
 * repository's and the app's measured static asset copied in as `public/static.css`, so both servers
 * send the same file. Returns the page path and the static path to measure.
 */
export function writeBlankApp({ dir, repoRoot, staticFile }) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of Object.entries(FILES)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === "function" ? content(repoRoot) : content);
  }
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  mkdirSync(path.join(dir, "public"), { recursive: true });
  copyFileSync(staticFile, path.join(dir, "public", "static.css"));
  return { page: "/p/1", static: "/static.css" };
}
