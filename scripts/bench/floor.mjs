// Next's own floor on this machine, measured in the same run as the app: a blank App Router app built
// with this repository's next and react (one layout, pages cached whole as the app's pages are), so
// the printed targets can be read against what the framework costs with nothing of ours in it.
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILES = {
  "package.json": JSON.stringify({ private: true, type: "module" }),
  // The settings of the app's own next.config.mjs that shape a cached page's response.
  "next.config.mjs": (repoRoot) =>
    `export default { cacheComponents: true, partialPrefetching: false, poweredByHeader: false, generateEtags: false, turbopack: { root: ${JSON.stringify(repoRoot)} } };\n`,
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
  // The same, carrying markup of one of the app's pages (content/<name>.html, written while the server
  // runs and read on the page's one render), so it is as many bytes to send and compress as that page.
  "app/sized/[name]/page.jsx": `import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
export default async function Page({ params }) {
  "use cache";
  const { name } = await params;
  const file = path.join(process.cwd(), "content", name + ".html");
  return <div dangerouslySetInnerHTML={{ __html: existsSync(file) ? readFileSync(file, "utf8") : "" }} />;
}
export function generateStaticParams() {
  return [{ name: "-" }];
}
`,
  // The app's lists with a query (`/?sort=top-month`, `/threads/1?after=2`) reach their cached pages
  // through proxy.ts, which maps the query to a path. This one does only that: `/proxied/<name>?…`
  // is the sized page, so the proxy's own cost is measured apart from the page's.
  "proxy.js": `import { NextResponse } from "next/server";
export function proxy(request) {
  const url = request.nextUrl.clone();
  url.pathname = url.pathname.replace(/^\\/proxied\\//, "/sized/");
  url.search = "";
  return NextResponse.rewrite(url);
}
export const config = { matcher: ["/proxied/:name"] };
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
  mkdirSync(path.join(dir, "content"), { recursive: true });
  return { page: "/p/1", static: "/static.css" };
}

/** The markup of a page's body, its scripts left out: what a sized page carries. */
export function bodyMarkup(document) {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(document)?.[1] ?? document;
  return body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
}

/** `markup` repeated and cut (after a tag) to about `length` characters. */
function fitMarkup(markup, length) {
  if (!markup) return "";
  let text = markup;
  while (text.length < length) text += markup;
  const cut = text.lastIndexOf(">", length);
  return text.slice(0, cut > 0 ? cut + 1 : length);
}

/**
 * A page of the blank app as large as `targetBytes` (the app page's raw HTML), from that page's own
 * markup. Next sends content twice, in the HTML and escaped in the inline RSC payload, so the length
 * that gives the size is found from one probe render. Returns the sized page's path and raw size.
 */
export async function sizedPage({ dir, base, name, markup, targetBytes }) {
  const rawSize = async (p) =>
    Buffer.byteLength(await (await fetch(new URL(p, base), { headers: { "accept-encoding": "identity" } })).text());
  const write = (file, text) => writeFileSync(path.join(dir, "content", `${file}.html`), text);
  const empty = await rawSize("/sized/empty"); // renders the page with no content file
  write(`${name}-probe`, markup);
  const perChar = ((await rawSize(`/sized/${name}-probe`)) - empty) / Math.max(1, markup.length);
  write(name, fitMarkup(markup, Math.max(0, Math.round((targetBytes - empty) / perChar))));
  const p = `/sized/${name}`;
  return { path: p, rawBytes: await rawSize(p) };
}
