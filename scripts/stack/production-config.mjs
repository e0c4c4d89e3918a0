// deploy/nginx.conf as an operator installs it (the folder deploy/nginx/ as mlpaths/ beside it, inside
// Debian's http {} block), checked by `nginx -t` with a throwaway certificate in place of the real one.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NGINX } from "./stack.mjs";

/** `nginx -t` of the production config: { ok, output }. */
export function testProductionConfig(repoRoot) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlpaths-nginx-prod-"));
  try {
    cpSync(path.join(repoRoot, "deploy", "nginx"), path.join(dir, "mlpaths"), { recursive: true });
    mkdirSync(path.join(dir, "logs"));
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=mlpaths.example.org", "-days", "1"].concat([
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
      ]),
      { stdio: "ignore" },
    );
    const site = readFileSync(path.join(repoRoot, "deploy", "nginx.conf"), "utf8")
      .replaceAll("/etc/letsencrypt/live/mlpaths.example.org/fullchain.pem", path.join(dir, "cert.pem"))
      .replaceAll("/etc/letsencrypt/live/mlpaths.example.org/privkey.pem", path.join(dir, "key.pem"))
      .replaceAll("/var/cache/nginx/mlpaths", path.join(dir, "cache"))
      .replaceAll("/var/log/nginx/", `${path.join(dir, "logs")}/`);
    writeFileSync(path.join(dir, "site.conf"), site);
    // What Debian's /etc/nginx/nginx.conf does around sites-enabled/*.
    writeFileSync(
      path.join(dir, "nginx.conf"),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include site.conf;\n}\n`,
    );
    const result = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
