// A failed render answers 503, not 500, once the database's own sockets have said it is away: and
// they say it before the driver hands the failure to the query, so the render that meets the failure
// already answers 503. Each case drives the real `postgres` driver, on the socket the app gives it
// (db/socket.ts), against a stand-in server speaking just enough of PostgreSQL's protocol.
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseAnswered, databaseFailedSince } from "@/db/availability";
import { databaseSocket } from "@/db/socket";
import { log } from "@/lib/log/logger";
import { answerOutagesWith503 } from "./outage-status";

let app: http.Server;
let origin: string;
const stopped: Array<() => unknown> = [];
// What the stand-in app does before it answers, as a render's queries would.
let render: () => Promise<unknown> = async () => {};

beforeAll(async () => {
  vi.spyOn(log, "error").mockImplementation(() => log);
  vi.spyOn(log, "info").mockImplementation(() => log);
  answerOutagesWith503();
  // As Next answers a failed render: the status set, the head written with the body.
  app = http.createServer(async (_request, response) => {
    await render();
    response.statusCode = 500;
    response.end("<h1>Something went wrong</h1>");
  });
  app.listen(0, "127.0.0.1");
  await once(app, "listening");
  origin = `http://127.0.0.1:${(app.address() as net.AddressInfo).port}`;
});

afterEach(async () => {
  for (const stop of stopped.splice(0)) await stop();
  databaseAnswered();
  render = async () => {};
});

afterAll(() => {
  app.close();
  vi.restoreAllMocks();
});

// ---- PostgreSQL's messages: a type byte, then a length that counts itself and the body.
const message = (type: string, body: Buffer) => {
  const head = Buffer.alloc(5);
  head.write(type);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
};
const authenticationOk = message("R", Buffer.alloc(4));
const readyForQuery = message("Z", Buffer.from("I"));
const fatal = (code: string, text: string) => message("E", Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`));

const signIn = (socket: net.Socket) => socket.write(Buffer.concat([authenticationOk, readyForQuery]));

/**
 * A stand-in database on a free port: `startup` answers the driver's first message (by default it
 * signs the driver in), `query` the next one (the query).
 */
async function standIn({
  startup = signIn,
  query = () => {},
}: {
  startup?: (socket: net.Socket) => void;
  query?: (socket: net.Socket) => void;
}): Promise<number> {
  const open = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    open.add(socket);
    socket.on("error", () => {});
    socket.once("data", () => {
      startup(socket);
      socket.once("data", () => query(socket));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  stopped.push(() => {
    for (const socket of open) socket.destroy();
    return new Promise((resolve) => server.close(resolve));
  });
  return (server.address() as net.AddressInfo).port;
}

async function freePort(): Promise<number> {
  const free = net.createServer().listen(0, "127.0.0.1");
  await once(free, "listening");
  const port = (free.address() as net.AddressInfo).port;
  await new Promise((resolve) => free.close(resolve));
  return port;
}

/** A query through the real driver that fails: whether the database was known down when it did. */
async function downWhenTheQueryFails(port: number): Promise<boolean> {
  const sql = postgres({
    host: "127.0.0.1",
    port,
    max: 1,
    fetch_types: false,
    connect_timeout: 5,
    onnotice: () => {},
    socket: databaseSocket,
  } as postgres.Options<Record<string, postgres.PostgresType>>);
  stopped.push(() => sql.end({ timeout: 0 }));
  const started = performance.now();
  try {
    await sql`select 1`;
  } catch {
    return databaseFailedSince(started);
  }
  throw new Error("the query did not fail");
}

async function expect503() {
  const response = await fetch(origin);
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("30");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.text()).toContain("Something went wrong");
}

describe("a failed render while the database is away", () => {
  it("is a 500 while the database is not known to be down", async () => {
    const response = await fetch(origin);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });

  it("is a 503 from the moment a connection to the database is refused", async () => {
    expect(await downWhenTheQueryFails(await freePort())).toBe(true);
    await expect503();
  });

  it("is a 503 for a render that met the failure, though the database answered again before it ended", async () => {
    const port = await freePort();
    render = async () => {
      await downWhenTheQueryFails(port);
      databaseAnswered();
    };
    await expect503();
  });

  it("is a 503 from the moment the server sends a FATAL error, before it closes the connection", async () => {
    // A new connection while PostgreSQL shuts down: it says why and closes. The driver fails the
    // query on the message; the close comes later here, so only the message can have told the app.
    const port = await standIn({
      startup: (socket) => {
        socket.write(fatal("57P03", "the database system is shutting down"));
        setTimeout(() => socket.destroy(), 500);
      },
    });
    expect(await downWhenTheQueryFails(port)).toBe(true);
    await expect503();
  });

  it("is a 503 from the moment the server ends a connection in use", async () => {
    // A pooler or a proxy in front of PostgreSQL going away: no message, the connection just ends,
    // and the driver fails the query when it closes.
    const port = await standIn({ query: (socket) => socket.end() });
    expect(await downWhenTheQueryFails(port)).toBe(true);
    await expect503();
  });

  it("is a 500 again once the database answers", async () => {
    databaseAnswered();
    expect((await fetch(origin)).status).toBe(500);
  });
});
