// Debian's PgBouncer between the app and PostgreSQL, in transaction pooling, as a scaled-out deployment
// runs it (docs/deploy.md): an ini and an auth file of its own in a temporary folder, its own port.
import { chownSync, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import os from "node:os";
import { portInUse as listening } from "../bench/server.mjs";
import path from "node:path";

export const PGBOUNCER = "/usr/sbin/pgbouncer";

/**
 * Starts PgBouncer on 127.0.0.1:`port` in front of the server `serverUrl` names (any database on it:
 * `* =`). Returns `url(database)`, the URL the app uses through it (with `?prepare=false` unless
 * `prepare` is true: see docs/deploy.md), and `stop()`.
 * `roundRobin` hands consecutive transactions to different server connections (server_round_robin),
 * so anything that leans on one connection's state fails at once instead of now and then.
 */
export async function startPgbouncer({ port, serverUrl, poolSize = 4, roundRobin = true, prepare = false, log }) {
  if (!existsSync(PGBOUNCER)) throw new Error(`${PGBOUNCER} is missing: apt-get install -y pgbouncer`);
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || "postgres");
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlpaths-pgbouncer-"));
  const at = (p) => path.join(dir, p);
  // auth_type trust still needs the user in auth_file; a password, when the URL has one, is passed on.
  const password = decodeURIComponent(server.password || "");
  writeFileSync(at("userlist.txt"), `"${user}" "${password.replace(/"/g, '""')}"\n`);
  writeFileSync(
    at("pgbouncer.ini"),
    [
      "[databases]",
      `* = host=${server.hostname} port=${server.port || 5432}${password ? ` password=${password}` : ""}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${at("userlist.txt")}`,
      "pool_mode = transaction",
      `default_pool_size = ${poolSize}`,
      `min_pool_size = ${Math.min(2, poolSize)}`,
      "max_client_conn = 500",
      `server_round_robin = ${roundRobin ? 1 : 0}`,
      `logfile = ${at("pgbouncer.log")}`,
      `pidfile = ${at("pgbouncer.pid")}`,
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: as root (CI), it runs as the postgres user, which must own its folder.
  const asUser = process.getuid?.() === 0 ? (hasUser("postgres") ? "postgres" : "nobody") : null;
  if (asUser) {
    const uid = Number(execFileSync("id", ["-u", asUser], { encoding: "utf8" }));
    chownSync(dir, uid, -1);
    for (const f of readdirSync(dir)) chownSync(at(f), uid, -1);
  }
  const out = createWriteStream(at("stdout.log"));
  const child = spawn(PGBOUNCER, [...(asUser ? ["-u", asUser] : []), at("pgbouncer.ini")], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  child.once("exit", () => (exited = true));
  process.once("exit", () => {
    if (!exited) process.kill(child.pid, "SIGKILL");
  });
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (exited || Date.now() > deadline) throw new Error(`pgbouncer did not start; see ${at("pgbouncer.log")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log?.(
    `pgbouncer ${port} (pid ${child.pid}, transaction pooling, ${poolSize} server connections per database; ${dir})`,
  );
  return {
    pid: child.pid,
    port,
    dir,
    logFile: at("pgbouncer.log"),
    url(database) {
      const url = new URL(serverUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      url.pathname = `/${database}`;
      url.search = "";
      // postgres.js reads its options from the URL's query too (node_modules/postgres/README.md).
      if (!prepare) url.searchParams.set("prepare", "false");
      return url.toString();
    },
    async stop({ keep = false } = {}) {
      if (!exited) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        try {
          process.kill(child.pid, "SIGINT"); // immediate shutdown
        } catch {}
        const timer = setTimeout(() => process.kill(child.pid, "SIGKILL"), 5000);
        await gone;
        clearTimeout(timer);
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function hasUser(name) {
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
