// A failed render answers 503, not 500, once the database's own sockets have said it is away.
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseAnswered, databaseIsDown } from "@/db/availability";
import { log } from "@/lib/log/logger";
import { answerOutagesWith503 } from "./outage-status";

// A port nothing listens on stands for the database's server.
const DATABASE_PORT = 1;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  vi.spyOn(log, "error").mockImplementation(() => log);
  vi.spyOn(log, "info").mockImplementation(() => log);
  vi.stubEnv("DATABASE_URL", `postgres://nobody@127.0.0.1:${DATABASE_PORT}/never`);
  answerOutagesWith503();
  // As Next answers a failed render: the status set, the head written with the body.
  server = http.createServer((_request, response) => {
    response.statusCode = 500;
    response.end("<h1>Something went wrong</h1>");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  databaseAnswered();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("a failed render while the database is away", () => {
  it("is a 500 while the database is not known to be down", async () => {
    databaseAnswered();
    const response = await fetch(origin);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });

  it("is a 503 with Retry-After once a connection to the database was refused", async () => {
    const socket = net.connect(DATABASE_PORT, "127.0.0.1");
    await once(socket, "error").catch(() => {});
    expect(databaseIsDown()).toBe(true);
    const response = await fetch(origin);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("Something went wrong");
  });

  it("is a 500 again once the database answers", async () => {
    databaseAnswered();
    expect((await fetch(origin)).status).toBe(500);
  });
});
