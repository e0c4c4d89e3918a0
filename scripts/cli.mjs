// The test scripts' command line: `--name=value` and `--flag` options, and `--help`, which prints the
// script's own header comment (the lines starting with // after the #! line) and exits.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The options of this process's command line; `scriptUrl` (import.meta.url) names the header for --help. */
export function commandLine(scriptUrl) {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => {
      const [key, ...value] = a.replace(/^--/, "").split("=");
      return [key, value.length ? value.join("=") : true];
    }),
  );
  if (args.help || args.h) {
    const lines = readFileSync(fileURLToPath(scriptUrl), "utf8").split("\n").slice(1);
    console.log(
      lines
        .slice(
          0,
          lines.findIndex((l) => !l.startsWith("//")),
        )
        .map((l) => l.replace(/^\/\/ ?/, ""))
        .join("\n"),
    );
    process.exit(0);
  }
  return args;
}
