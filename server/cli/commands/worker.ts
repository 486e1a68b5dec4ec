/**
 * `vpcd worker [--concurrency N] [--lease-seconds S] [--poll-seconds S]`: team mode's job
 * runner. Needs VPCD_DATABASE_URL; runs deploy, cleanup, sweep and lab-timer jobs until
 * Ctrl-C or SIGTERM, then hands its unfinished runs back to the queue. Start as many as you
 * like, on any machine that reaches the database and the AWS endpoints.
 */
import "server-only";
import { parseArgs } from "node:util";
import { storeConfig } from "../../store/config";
import { DEFAULT_LEASE_MS, DEFAULT_POLL_SECONDS, startWorker } from "../../jobs/worker";
import type { CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd worker [--concurrency N] [--lease-seconds S] [--poll-seconds S]"],
  description: "Team mode (VPCD_DATABASE_URL=postgres://…): runs deploy, cleanup, sweep and lab-timer jobs from the shared queue until Ctrl-C or SIGTERM, which hands unfinished runs back to the queue. A run whose worker died is taken over once its lease expires. Exit 2 without VPCD_DATABASE_URL or for bad input.",
  options: [
    ["--concurrency N", "deploys (and, apart, cleanups) at once, 1–64 (default 4)"],
    ["--lease-seconds S", "how long a lease lasts unrenewed: a dead worker's run is taken over this long after (default 30, or VPCD_LEASE_SECONDS)"],
    ["--poll-seconds S", "how often an idle worker asks for work, at least 0.5 (default 2, or VPCD_POLL_SECONDS)"],
  ],
};

const USAGE = "usage: vpcd worker [--concurrency N] [--lease-seconds S] [--poll-seconds S]   (needs VPCD_DATABASE_URL; see vpcd team init)";

function number(value: string | undefined, name: string, min: number, max: number, whole: boolean): number | string {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) return `${name} must be ${whole ? "a whole number" : "a number"} from ${min} to ${max} (got ${value})`;
  return n;
}

export async function run(args: string[]): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args, options: { concurrency: { type: "string", default: "4" }, "lease-seconds": { type: "string" }, "poll-seconds": { type: "string" } } }).values;
  } catch (error) {
    return (console.error(`vpcd worker: ${(error as Error).message}\n${USAGE}`), 2);
  }
  let config;
  try {
    config = storeConfig();
  } catch (error) {
    return (console.error(`vpcd worker: ${(error as Error).message}`), 2);
  }
  if (config.kind !== "postgres") return (console.error(`vpcd worker: team mode needs VPCD_DATABASE_URL=postgres://… (run \`vpcd team init\` for the setup)\n${USAGE}`), 2);
  const concurrency = number(values.concurrency, "--concurrency", 1, 64, true);
  const lease = number(values["lease-seconds"] ?? process.env.VPCD_LEASE_SECONDS ?? String(DEFAULT_LEASE_MS / 1000), "--lease-seconds", 1, 3600, false);
  const poll = number(values["poll-seconds"] ?? process.env.VPCD_POLL_SECONDS ?? String(DEFAULT_POLL_SECONDS), "--poll-seconds", 0.5, 60, false);
  for (const v of [concurrency, lease, poll]) if (typeof v === "string") return (console.error(`vpcd worker: ${v}\n${USAGE}`), 2);
  const worker = await startWorker({ url: config.url, concurrency: concurrency as number, leaseMs: (lease as number) * 1000, pollSeconds: poll as number, log: (line) => console.log(`${new Date().toISOString()} ${line}`) });
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  console.log(`${new Date().toISOString()} worker ${worker.id} stopping: unfinished runs go back to the queue`);
  // A database that is gone can hold the graceful stop forever; the leases expire anyway.
  setTimeout(() => process.exit(1), 45_000).unref();
  await worker.stop();
  return 0;
}
