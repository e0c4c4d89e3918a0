// The production stack on one machine, for tests and the bench: Debian's nginx in front (the test form
// of deploy/nginx.conf), N `next start` processes of the existing build behind it, and optionally
// Debian's PgBouncer (transaction pooling) between them and PostgreSQL.
//
//   import { startStack } from "./scripts/stack/stack.mjs";
//   const stack = await startStack({ port: 3600, appPorts: [3601, 3602], databaseUrl, env, pgbouncer: { port: 3650 } });
//   … fetch(`${stack.origin}/`) …            // http://localhost:3600, what AUTH_URL says
//   await stack.stop();                       // nginx, the apps, pgbouncer; also on exit and Ctrl-C
//
// Options: repoRoot (default: this checkout), port (nginx), appPorts (one `next start` each), databaseUrl
// (the app's database on PostgreSQL; through PgBouncer when `pgbouncer` is given, which then takes
// { port, poolSize, roundRobin, prepare }), env (the apps' environment: AUTH_SECRET and the rest;
// PORT, DATABASE_URL and AUTH_URL are set here, AUTH_URL to the origin unless env has one),
// logDir (default .data/stack), nginxExtra (server-level lines, e.g. a static file location),
// workers (nginx worker_processes), log (a console.log-like function).
// The result: origin, url(path), nginx { pid, prefix, accessLog, errorLog }, apps [{ pid, port, logFile }],
// pgbouncer (or null), databaseUrl (what the apps were given), stop().
// It starts no build: run `npm run build` (or let scripts/bench/server.mjs build) first.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { portInUse as listening, startServer } from "../bench/server.mjs";
import { writeNginxConfig } from "./nginx-config.mjs";
import { startPgbouncer } from "./pgbouncer.mjs";

export const NGINX = "/usr/sbin/nginx";
const here = path.dirname(fileURLToPath(import.meta.url));

export async function startStack({
  repoRoot = path.resolve(here, "..", ".."),
  port,
  appPorts,
  databaseUrl,
  env = process.env,
  pgbouncer = null,
  logDir = path.join(repoRoot, ".data", "stack"),
  nginxExtra = "",
  workers = "auto",
  log = () => {},
}) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx`);
  if (!existsSync(path.join(repoRoot, ".next", "BUILD_ID"))) throw new Error("no production build: npm run build");
  mkdirSync(logDir, { recursive: true });
  const origin = `http://localhost:${port}`;
  const parts = { pgbouncer: null, apps: [], nginx: null };
  const stop = async () => {
    await parts.nginx?.stop();
    await Promise.all(parts.apps.map((app) => app.stop()));
    await parts.pgbouncer?.stop();
  };
  try {
    let appDatabaseUrl = databaseUrl;
    if (pgbouncer) {
      parts.pgbouncer = await startPgbouncer({ ...pgbouncer, serverUrl: databaseUrl, log });
      appDatabaseUrl = parts.pgbouncer.url(new URL(databaseUrl).pathname.slice(1));
    }
    // One after another: two builds' worth of startup at once only slows both on a small machine.
    for (const appPort of appPorts) {
      const app = await startServer({
        repoRoot,
        port: appPort,
        env: {
          ...env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(appPort),
          AUTH_URL: env.AUTH_URL ?? origin,
          ...(appDatabaseUrl ? { DATABASE_URL: appDatabaseUrl } : {}),
        },
        logFile: path.join(logDir, `app-${appPort}.log`),
      });
      parts.apps.push(app);
      log(`next start ${appPort} (pid ${app.pid}, log ${path.relative(repoRoot, app.logFile)})`);
    }
    parts.nginx = await startNginx({ repoRoot, port, appPorts, extra: nginxExtra, workers });
    log(`nginx ${origin} (pid ${parts.nginx.pid}, prefix ${parts.nginx.prefix})`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    url: (p) => new URL(p, origin).toString(),
    nginx: parts.nginx,
    apps: parts.apps,
    pgbouncer: parts.pgbouncer,
    databaseUrl: parts.pgbouncer ? parts.pgbouncer.url(new URL(databaseUrl).pathname.slice(1)) : databaseUrl,
    stop,
  };
}

/** nginx in the foreground, in a prefix of its own (removed at stop unless it failed to start). */
export async function startNginx({ repoRoot, port, appPorts, extra = "", workers = "auto" }) {
  if (await listening(port)) throw new Error(`port ${port} is already in use`);
  const prefix = mkdtempSync(path.join(os.tmpdir(), "mlpaths-nginx-"));
  const config = writeNginxConfig({ prefix, repoRoot, port, appPorts, workers, extra });
  const errorLog = path.join(prefix, "logs", "error.log");
  const out = createWriteStream(path.join(prefix, "logs", "stderr.log"));
  const child = spawn(NGINX, ["-p", prefix, "-c", config], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  child.once("exit", () => (exited = true));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  process.once("exit", () => kill("SIGKILL"));
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (exited || Date.now() > deadline) {
      kill("SIGKILL");
      const said = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
      throw new Error(`nginx did not start (config ${config}):\n${said}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid,
    prefix,
    config,
    accessLog: path.join(prefix, "logs", "access.log"),
    errorLog,
    async stop({ keep = false } = {}) {
      if (!exited) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        kill("SIGTERM"); // fast shutdown of master and workers
        const timer = setTimeout(() => kill("SIGKILL"), 5000);
        await gone;
        clearTimeout(timer);
      }
      if (!keep) rmSync(prefix, { recursive: true, force: true });
    },
  };
}
