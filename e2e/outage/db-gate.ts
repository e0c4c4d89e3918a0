// A TCP gate between one app server and PostgreSQL, so a test can make the database unreachable and
// bring it back: `POST /down` refuses new connections and cuts the open ones, `POST /up` lets them through.
// Started by playwright.config.ts only when DATABASE_URL is set.
import { createServer as createHttpServer } from "node:http";
import { connect, createServer, type Socket } from "node:net";

const target = new URL(process.env.DATABASE_URL!);
const listenPort = Number(process.env.DB_GATE_PORT);
const controlPort = Number(process.env.DB_GATE_CONTROL_PORT);
let open = true;
const sockets = new Set<Socket>();

createServer((client) => {
  if (!open) return client.destroy();
  const upstream = connect(Number(target.port || 5432), target.hostname);
  for (const socket of [client, upstream]) {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {
      client.destroy();
      upstream.destroy();
    });
  }
  client.pipe(upstream).pipe(client);
}).listen(listenPort, "127.0.0.1");

createHttpServer((request, response) => {
  if (request.method === "POST" && (request.url === "/down" || request.url === "/up")) {
    open = request.url === "/up";
    if (!open) for (const socket of sockets) socket.destroy();
  }
  response.end(open ? "up" : "down");
}).listen(controlPort, "127.0.0.1");
