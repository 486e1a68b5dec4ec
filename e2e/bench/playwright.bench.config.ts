import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// The canvas benchmark: the same production build and demo server as the e2e suite, its own
// port, and only the specs in this folder. It prints figures; it asserts no timings.
const port = Number(process.env.VPCD_E2E_PORT ?? 3102);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testDir: ".",
  testIgnore: [],
  testMatch: "*.bench.spec.ts",
  timeout: 300_000,
  use: { ...base.use, baseURL, actionTimeout: 20_000 },
  webServer: {
    command: `node server/cli/bin.js demo --no-install --no-build --port ${port} --time-scale 0.02 --data-dir .data/bench-${port}`,
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
