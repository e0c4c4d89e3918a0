// Every direct dependency must run on the Node this project supports: a tool that needs a newer
// Node can fail in confusing ways (Vitest 5.1 on Node 20 hid every failing assertion behind
// "Map.groupBy is not a function").
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, test } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const supported: string = pkg.engines.node;
const oldestSupported = semver.minVersion(supported)!.version;

function enginesOf(name: string): string | undefined {
  const manifest = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8"));
  return manifest.engines?.node;
}

describe("toolchain", () => {
  test("the running Node is one that package.json supports", () => {
    expect(semver.satisfies(process.version, supported)).toBe(true);
  });

  const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
    (n) => !n.startsWith("@types/"),
  );
  test.each(names)("%s runs on the oldest supported Node", (name) => {
    const engines = enginesOf(name);
    if (engines) expect(semver.satisfies(oldestSupported, engines), `${name} needs Node ${engines}`).toBe(true);
  });
});
