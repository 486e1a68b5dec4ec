#!/usr/bin/env node
// Runs a TypeScript entry point of this project with tsx, under the `react-server` export
// condition so that `import "server-only"` in server modules resolves to its no-op build.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, "../..");
const require = createRequire(import.meta.url);

/** Spawns node on `entry` with tsx, forwarding arguments, stdio and exit code. */
export function runTs(entry, args) {
  const tsxLoader = require.resolve("tsx");
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", pathToUrl(tsxLoader), path.resolve(projectRoot, entry), ...args],
    {
      stdio: "inherit",
      // The SDK's notice about its Node 22 requirement from 2027 is for this project's
      // maintainers (package-lock pins versions that run on Node 20), not for every CLI user.
      env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...process.env, VPCD_PROJECT_ROOT: projectRoot },
    },
  );
  // Ctrl-C reaches the child through the terminal's process group; the parent only waits.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    process.exit(code ?? 1);
  });
}

function pathToUrl(p) {
  return new URL(`file://${p}`).href;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error("usage: run-ts.js <file.ts> [args…]");
    process.exit(2);
  }
  runTs(entry, args);
}
