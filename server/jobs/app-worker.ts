import "server-only";
import { storeConfig } from "../store/config";
import { DEFAULT_LEASE_MS, DEFAULT_POLL_SECONDS, startWorker, type Worker } from "./worker";

const holder = globalThis as { __vpcdAppWorker?: Promise<Worker | undefined> };

/** A number setting from the environment, or the default; a value out of range is refused naming the variable. */
function setting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max} (got "${raw.slice(0, 20)}")`);
  return n;
}

/**
 * Starts this app instance's in-process worker (team mode), once per process: the same
 * `startWorker` as `vpcd worker`, with VPCD_APP_WORKER_CONCURRENCY (default 4),
 * VPCD_LEASE_SECONDS and VPCD_POLL_SECONDS. VPCD_APP_WORKER=0 turns it off, for a class whose
 * work runs on separate `vpcd worker` machines. A SIGTERM stops it gracefully, so its runs go
 * back to the queue at once instead of after their lease.
 */
export function startAppWorker(env: NodeJS.ProcessEnv = process.env): Promise<Worker | undefined> {
  holder.__vpcdAppWorker ??= (async () => {
    const config = storeConfig(env);
    if (config.kind !== "postgres" || env.VPCD_APP_WORKER === "0") return undefined;
    try {
      const worker = await startWorker({
        url: config.url,
        concurrency: Math.floor(setting(env, "VPCD_APP_WORKER_CONCURRENCY", 4, 1, 64)),
        leaseMs: setting(env, "VPCD_LEASE_SECONDS", DEFAULT_LEASE_MS / 1000, 1, 3600) * 1000,
        pollSeconds: setting(env, "VPCD_POLL_SECONDS", DEFAULT_POLL_SECONDS, 0.5, 60),
        log: (line) => console.log(`[worker] ${line}`),
      });
      process.once("SIGTERM", () => void worker.stop().finally(() => process.exit(0)));
      return worker;
    } catch (error) {
      // The app still serves pages; the deployments stay queued for another instance's worker.
      console.error(`in-process worker not started: ${(error as Error).message}`);
      return undefined;
    }
  })();
  return holder.__vpcdAppWorker;
}
