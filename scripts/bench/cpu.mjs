// Where the machine's CPU went during a measurement: the server (its process group), PostgreSQL (all
// its processes, parallel workers included), the benchmark itself (autocannon runs in this process),
// and everything else. On a shared 2-core machine "everything else" is what makes a figure
// untrustworthy, so each measurement reports it. PostgreSQL work for other databases on the same
// server counts as "db" (processes cannot be told apart by database once they have exited).
// Linux only (/proc); elsewhere the meter reports nothing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";

const TICK = 100; // USER_HZ: /proc times are in 1/100 s on Linux

function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15, cutime 16, cstime 17.
    // cutime/cstime hold the CPU of exited, reaped children, so a short-lived process (a parallel
    // worker, a next-server child) is still counted once its parent has reaped it.
    return {
      comm,
      pgrp: Number(fields[2]),
      cpu: (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICK,
    };
  } catch {
    return null;
  }
}

function machineBusySeconds() {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return (user + nice + system + irq + softirq + steal) / TICK;
}

/** CPU seconds so far of the server's process group and of PostgreSQL's processes. */
function sample(serverPgid) {
  let server = 0;
  let db = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(entry);
    if (!stat) continue;
    if (stat.pgrp === serverPgid) server += stat.cpu;
    else if (stat.comm === "postgres" || stat.comm.startsWith("postgres:")) db += stat.cpu;
  }
  return { server, db, busy: machineBusySeconds() };
}

export async function createCpuMeter({ databaseUrl, databaseName }) {
  const available = existsSync("/proc/stat");
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });

  return {
    /** Starts a window; `stop()` of the result gives average cores used per party over it. */
    async start(serverPgid) {
      if (!available) return { stop: async () => null };
      const t0 = performance.now();
      const before = sample(serverPgid);
      const self0 = process.cpuUsage();
      return {
        async stop() {
          const seconds = (performance.now() - t0) / 1000;
          const after = sample(serverPgid);
          const self = process.cpuUsage(self0);
          const bench = (self.user + self.system) / 1e6;
          const server = after.server - before.server;
          const db = after.db - before.db;
          const other = Math.max(0, after.busy - before.busy - server - db - bench);
          const cores = (x) => Math.round((x / seconds) * 100) / 100;
          return {
            server: cores(server),
            db: cores(db),
            bench: cores(bench),
            other: cores(other),
            cpus: os.cpus().length,
          };
        },
      };
    },
    /**
     * Waits until the server has finished what earlier load left behind: a closed autocannon
     * connection does not cancel a render already queued, so without this a slow route's backlog
     * would be charged to the next measurement. Idle = the server's process group uses under 5% of
     * a core over 250 ms and no backend of the bench database is running a query. Returns the
     * milliseconds waited (capped by `timeoutMs`).
     */
    async waitIdle(serverPgid, { timeoutMs = 120_000 } = {}) {
      const started = performance.now();
      if (!available) return 0;
      while (performance.now() - started < timeoutMs) {
        const before = sample(serverPgid).server;
        await new Promise((r) => setTimeout(r, 250));
        const serverCores = (sample(serverPgid).server - before) / 0.25;
        const [{ active }] = await sql`select count(*)::int as active from pg_stat_activity
          where datname = ${databaseName} and state = 'active' and pid <> pg_backend_pid()`;
        if (serverCores < 0.05 && active === 0) break;
      }
      return Math.round(performance.now() - started);
    },
    close: () => sql.end(),
  };
}
