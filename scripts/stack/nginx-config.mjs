// The test form of deploy/nginx.conf: the same shared files (deploy/nginx/http.conf, locations.conf,
// proxy.conf, linked into the prefix as mlpaths/), over plain HTTP on a loopback port, with the cache,
// logs and temporary files in a prefix of its own, and nginx in the foreground (daemon off) so the
// launcher owns it. Only what differs from production is written here: paths, ports, the upstream.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes `<prefix>/nginx.conf` and returns its path. `appPorts`: the app processes nginx balances;
 * `extra`: server-level lines added after the shared locations (the bench's static file).
 */
export function writeNginxConfig({ prefix, repoRoot, port, appPorts, workers = "auto", extra = "" }) {
  for (const dir of ["cache", "logs", "temp/client", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"])
    mkdirSync(path.join(prefix, dir), { recursive: true });
  // Relative includes resolve against the main config's folder, as /etc/nginx/mlpaths/ does in production.
  symlinkSync(path.join(repoRoot, "deploy", "nginx"), path.join(prefix, "mlpaths"));
  const at = (p) => path.join(prefix, p);
  const lines = [
    "daemon off;",
    `pid ${at("nginx.pid")};`,
    `error_log ${at("logs/error.log")} warn;`,
    `worker_processes ${workers};`,
    // As root (CI), workers would run as nobody, who cannot write the cache in a private temp dir.
    ...(process.getuid?.() === 0 ? ["user root root;"] : []),
    "events { worker_connections 4096; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  sendfile on;",
    "  tcp_nopush on;",
    "  server_tokens off;",
    `  client_body_temp_path ${at("temp/client")};`,
    `  proxy_temp_path ${at("temp/proxy")};`,
    `  fastcgi_temp_path ${at("temp/fastcgi")};`,
    `  uwsgi_temp_path ${at("temp/uwsgi")};`,
    `  scgi_temp_path ${at("temp/scgi")};`,
    "  include mlpaths/http.conf;",
    `  proxy_cache_path ${at("cache")} levels=1:2 keys_zone=mlpaths:20m max_size=256m inactive=10m use_temp_path=off;`,
    "  upstream mlpaths_app {",
    "    least_conn;",
    ...appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=2 fail_timeout=5s;`),
    "    keepalive 32;",
    "  }",
    "  server {",
    `    listen 127.0.0.1:${port};`,
    "    server_name localhost;",
    `    access_log ${at("logs/access.log")} mlpaths_json buffer=32k flush=1s;`,
    `    set $mlpaths_dir ${repoRoot};`,
    "    include mlpaths/locations.conf;",
    extra,
    "  }",
    "}",
    "",
  ];
  const file = at("nginx.conf");
  writeFileSync(file, lines.join("\n"));
  return file;
}
