// Stopping the server as a deploy or systemd does: SIGTERM to `npm start`'s process
// (scripts/start.mjs), which passes it to the app (server/shutdown.ts). This server is started here,
// on the build the suite made and a database of its own, because the test ends it.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import net from "node:net";
import postgres from "postgres";
import { expect, test } from "../fixtures";

const PORT = 3105 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const realDatabase = process.env.DATABASE_URL;

type Server = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  cleanUp: () => Promise<void>;
};

async function startServer(): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
    AUTH_URL: `http://localhost:${PORT}`,
    AUTH_GITHUB_ID: "",
    AUTH_GITHUB_SECRET: "",
  };
  let cleanUp = async () => {};
  if (realDatabase) {
    const url = new URL(realDatabase);
    const name = `${url.pathname.slice(1)}_lifecycle`;
    const admin = postgres(realDatabase, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanUp = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    env.PGLITE_DIR = ".data/e2e-lifecycle";
    rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  }
  const child = spawn(process.execPath, ["scripts/start.mjs", "--hostname", "localhost"], { env });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  await expect
    .poll(
      () =>
        fetch(`http://localhost:${PORT}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000 },
    )
    .toBe(200);
  return { child, output: () => output, exited, cleanUp };
}

function connects(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

test(
  "on SIGTERM the server finishes the request in flight, refuses new connections, closes the database and exits",
  { tag: "@embedded" },
  async () => {
    test.setTimeout(150_000);
    const server = await startServer();
    try {
      // A readiness check (it queries the database) whose headers have not all arrived: in flight.
      const socket = net.connect(PORT, "127.0.0.1");
      await once(socket, "connect");
      socket.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n");
      let response = "";
      socket.on("data", (chunk) => (response += chunk));
      const closed = once(socket, "close");

      server.child.kill("SIGTERM");
      await expect.poll(server.output).toContain("SIGTERM: shutting down");
      await expect.poll(connects).toBe(false);

      socket.write("Connection: close\r\n\r\n");
      await closed;
      // Answered in full, and by a database still open: the pools close after the drain.
      expect(response).toMatch(/^HTTP\/1\.1 200 /);
      expect(response).toContain('"status":"ok"');

      const code = await Promise.race([
        server.exited,
        new Promise((r) => setTimeout(() => r("still running"), 15_000)),
      ]);
      expect(code).toBe(0);
      expect(server.output()).toMatch(/requests drained in \d+ ms/);
      expect(server.output()).toContain("database closed");
    } finally {
      server.child.kill("SIGKILL");
      await server.cleanUp();
    }
  },
);
