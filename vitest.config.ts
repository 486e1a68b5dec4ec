import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const serverOnlyStub = fileURLToPath(new URL("./server/setup/server-only-stub.ts", import.meta.url));
const root = fileURLToPath(new URL("./", import.meta.url));

// Two projects: `unit` is pure and fast; `sandbox` talks to a real moto behind the fidelity
// layer, which each test file starts on a free port (see server/testing/sandbox-harness.ts).
export default defineConfig({
  resolve: { alias: { "server-only": serverOnlyStub, "@/": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx", "server/**/*.unit.test.ts"],
          environment: "node",
          // Some unit files run the CLI as a process; on a loaded 2-core machine one start takes seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "sandbox",
          sequence: { groupOrder: 1 },
          include: ["server/**/*.test.ts"],
          exclude: ["server/**/*.unit.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts its own moto; two at a time keeps a 2-core machine responsive.
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
    ],
  },
});
