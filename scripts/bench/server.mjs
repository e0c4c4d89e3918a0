// Building and running the production server for the benchmark: `next build` when the build is older
// than the sources, `next start` in its own process group (killing only the npx/next pid would leave
// next-server running, STACK_NOTES), and a stop that ends the whole group.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { heapLimitArgs } from "../../lib/memory-budget.mjs";

const SOURCES = [
  "app",
  "components",
  "server",
  "lib",
  "db",
  "public",
  "types",
  "auth.ts",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return /\.test\.[cm]?[jt]sx?$/.test(target) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why a build is needed, or null when .next/BUILD_ID is newer than every source file. */
export function buildReason(repoRoot) {
  const buildId = path.join(repoRoot, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(repoRoot, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const nextBin = (repoRoot) => path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");

/** `next build`; returns the route table it printed (ƒ dynamic, ○ static, ◐ partial). */
export function build(repoRoot, env) {
  const result = spawnSync(process.execPath, [nextBin(repoRoot), "build"], {
    cwd: repoRoot,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`next build failed:\n${output.split("\n").slice(-60).join("\n")}`);
  const table = /Route \(app\)[\s\S]*?(?=\n\s*\n[^\n]*\(Static\)|\n\n\n|$)/.exec(output);
  return table ? table[0].trimEnd() : "";
}

export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const running = new Set();
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  // Whatever happens to the benchmark, its servers go with it.
  process.on("exit", () => {
    for (const server of running) killGroup(server.pid, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      for (const server of running) killGroup(server.pid, "SIGKILL");
      process.exit(130);
    });
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * `next start -p port` in a process group of its own, output to `logFile`. Resolves once the server
 * answers HTTP. The returned `stop()` ends the group (SIGTERM, then SIGKILL after 5 s).
 */
export async function startServer({ repoRoot, port, env, logFile, timeoutMs = 90_000 }) {
  if (await portInUse(port)) throw new Error(`port ${port} is already in use (choose another with --port)`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  // With the heap limit `npm start` gives it (lib/memory-budget.mjs).
  const child = spawn(process.execPath, [...heapLimitArgs(env), nextBin(repoRoot), "start", "-p", String(port)], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const server = { pid: child.pid, port, logFile, exited: false };
  child.once("exit", () => {
    server.exited = true;
    running.delete(server);
  });
  running.add(server);
  hookExit();

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exited) throw new Error(`next start exited early; see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/auth/session`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer within ${timeoutMs / 1000} s; see ${logFile}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async function stop() {
    if (server.exited) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    killGroup(child.pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    // Anything left in the group (a next-server child that ignored SIGTERM) goes too.
    killGroup(child.pid, "SIGKILL");
  }
  // The same object, so `exited` stays true to the process after it is returned.
  return Object.assign(server, { stop });
}
