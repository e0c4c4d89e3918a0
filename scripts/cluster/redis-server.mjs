// A redis-server of the test's own, on a port of its own, keeping nothing on disk: the test stops it
// to show that pages are still served while Redis is away, and starts it again.
import { spawn } from "node:child_process";
import net from "node:net";

/** Whether something answers a Redis PING on `port`. */
export function pings(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

/** Starts `redis-server` on 127.0.0.1:`port`; `stop()` ends it, `start()` starts it again. */
export async function ownRedis(port) {
  if (await pings(port))
    throw new Error(`something already answers on port ${port} (choose another with --redis-port)`);
  let child = null;
  async function start() {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
      { stdio: "ignore" },
    );
    child.once("error", () => {});
    const deadline = Date.now() + 10_000;
    while (!(await pings(port))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function stop() {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
  await start();
  process.on("exit", () => child?.kill("SIGKILL"));
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
