// Counting the SQL statements the server runs per request, without touching PostgreSQL's config.
//
// pg_stat_statements is installed on this machine but not in shared_preload_libraries (a server
// restart would be needed), and log_statement needs ALTER DATABASE plus read access to the server's
// log. So the bench puts a small TCP proxy between a second `next start` and PostgreSQL and reads the
// client side of the wire protocol: every simple Query ('Q') and every Execute ('E') of the extended
// protocol is one statement run; every Sync ('S') or simple Query is one round trip. postgres.js
// prepares statements once per connection, so a repeated query shows up as Bind+Execute without a
// Parse: counting Parse ('P') would undercount. Statement text comes from the Parse that named the
// prepared statement and the Bind that used it. The driver's one-off type lookup on a new connection
// (pg_catalog.pg_type) is counted separately, as "setup", not against the request that opened it.
import net from "node:net";

const SETUP = /pg_catalog\.pg_type/;

export async function startCountingProxy({ targetHost, targetPort }) {
  const totals = { statements: 0, roundTrips: 0, setup: 0, connections: 0, messages: 0 };
  let texts = [];
  const server = net.createServer((client) => {
    totals.connections += 1;
    const upstream = net.connect({ host: targetHost, port: targetPort });
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
    client.on("close", close);
    upstream.on("close", close);

    // Per connection: bytes not yet parsed, whether the untyped startup phase is over, prepared
    // statements by name, and the statement bound to the unnamed portal.
    let buffer = Buffer.alloc(0);
    let started = false;
    const prepared = new Map();
    let bound = "";
    client.on("data", (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        if (!started) {
          // SSLRequest / GSSENCRequest / StartupMessage: Int32 length, Int32 code, no type byte.
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          if (code === 196608) started = true; // protocol 3.0 StartupMessage
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const body = buffer.subarray(5, 1 + length);
        buffer = buffer.subarray(1 + length);
        totals.messages += 1;
        if (type === "Q") {
          const text = cstring(body, 0).value;
          if (SETUP.test(text)) totals.setup += 1;
          else {
            totals.statements += 1;
            totals.roundTrips += 1;
            texts.push(text);
          }
        } else if (type === "P") {
          const name = cstring(body, 0);
          prepared.set(name.value, cstring(body, name.next).value);
        } else if (type === "B") {
          const portal = cstring(body, 0);
          bound = cstring(body, portal.next).value;
        } else if (type === "E") {
          const text = prepared.get(bound) ?? "";
          if (SETUP.test(text)) totals.setup += 1;
          else {
            totals.statements += 1;
            texts.push(text);
          }
        } else if (type === "S") {
          totals.roundTrips += 1;
        }
      }
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: server.address().port,
    peek: () => totals.messages,
    snapshot() {
      const copy = { ...totals, texts };
      texts = [];
      return copy;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function cstring(buffer, start) {
  const end = buffer.indexOf(0, start);
  return { value: buffer.toString("utf8", start, end), next: end + 1 };
}

/**
 * Statements and round trips for one request of `path`, measured `runs` times after `warmups`
 * unmeasured requests (they open the driver's pool connections); the median run is kept, the
 * spread is reported so a count that varies from run to run is visible.
 */
export async function countStatements(proxy, base, path, headers = {}, { warmups = 2, runs = 3 } = {}) {
  const once = async () => {
    const response = await fetch(new URL(path, base), { headers, redirect: "manual" });
    await response.arrayBuffer();
    return response.status;
  };
  for (let i = 0; i < warmups; i++) await once();
  await settle(proxy);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const before = proxy.snapshot();
    const status = await once();
    await settle(proxy);
    const after = proxy.snapshot();
    samples.push({
      status,
      statements: after.statements - before.statements,
      roundTrips: after.roundTrips - before.roundTrips,
      texts: after.texts,
    });
  }
  const sorted = [...samples].sort((a, b) => a.statements - b.statements);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    status: median.status,
    statements: median.statements,
    roundTrips: median.roundTrips,
    min: sorted[0].statements,
    max: sorted.at(-1).statements,
    texts: median.texts.map((t) => t.replace(/\s+/g, " ").slice(0, 160)),
  };
}

// Work a render started may finish after the response (background queries): wait until the wire is
// quiet for 150 ms (at most 2 s).
async function settle(proxy) {
  let last = proxy.peek();
  const deadline = Date.now() + 2000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    const now = proxy.peek();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= 150) return;
  }
}
