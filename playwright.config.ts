import { defineConfig } from "@playwright/test";

// Browser tests run in Debian's chromium against a production build of the app, which
// `vpcd demo --no-install` starts together with its own sandbox on free ports.
const port = Number(process.env.VPCD_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  testIgnore: ["bench/**", "team/**"],
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "off",
  },
  webServer: {
    command: `node server/cli/bin.js demo --no-install --no-build --port ${port} --time-scale 0.02 --data-dir .data/e2e-${port}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM lets `vpcd demo` stop its sandbox: the instances' namespaces and processes end with it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
