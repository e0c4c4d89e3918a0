#!/usr/bin/env node
// Read-path benchmark: `node scripts/bench.mjs [baseUrl] [seconds] [connections]` against a running
// server (default http://localhost:3000, 10 s per page, 16 connections). Prints requests per second
// and latency percentiles per page. Loopback only; bounded in time.
const base = process.argv[2] ?? "http://localhost:3000";
const seconds = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 16);

const url = new URL(base);
if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
  console.error("bench: only loopback targets are allowed");
  process.exit(2);
}

async function firstLink(path, pattern) {
  const html = await (await fetch(new URL(path, base))).text();
  return pattern.exec(html)?.[1];
}

const pages = [
  ["home", "/"],
  ["thread", await firstLink("/", /href="(\/threads\/\d+[^"]*)"/)],
  ["stories", "/stories"],
  ["stories filtered", "/stories?education=no-degree&sort=fastest"],
  ["story", await firstLink("/stories", /href="(\/stories\/\d+-[^"]*)"/)],
  ["paths like mine", "/stories/like-mine?education=bachelors-unrelated&field=finance"],
  ["insights", "/stories/insights"],
].filter(([, path]) => path);

async function run(path, duration = seconds) {
  const latencies = [];
  let errors = 0;
  const end = performance.now() + duration * 1000;
  async function worker() {
    while (performance.now() < end) {
      const start = performance.now();
      try {
        const response = await fetch(new URL(path, base));
        await response.arrayBuffer();
        if (response.status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - start);
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { rps: (latencies.length / duration).toFixed(0), p50: at(0.5), p99: at(0.99), errors };
}

console.log(`${base}, ${seconds} s per page, ${connections} connections`);
console.log("page".padEnd(18), "req/s".padStart(7), "p50 ms".padStart(8), "p99 ms".padStart(8), "errors".padStart(7));
for (const [name, path] of pages) {
  await run(path, 2); // warm up (JIT, connection pool), then measure
  const r = await run(path);
  console.log(name.padEnd(18), r.rps.padStart(7), r.p50.padStart(8), r.p99.padStart(8), String(r.errors).padStart(7));
}
