import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// Team mode in the browser: the same production build, served by `vpcd demo` with a real
// PostgreSQL behind it (e2e/team/class-server.ts starts both and one class). Only this folder.
const port = Number(process.env.VPCD_E2E_PORT ?? 3104);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testDir: ".",
  testIgnore: [],
  testMatch: "*.spec.ts",
  timeout: 300_000,
  use: { ...base.use, baseURL, viewport: { width: 1366, height: 768 } },
  webServer: {
    command: `node server/cli/run-ts.js e2e/team/class-server.ts --port ${port}`,
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
