/**
 * `npm run bench:deploy`: the seed lab on the sandbox at a fixed time scale.
 * Prints the parallel deploy's wall time, the critical-path lower bound from the sandbox's
 * delays, their ratio, the same lab one call at a time waiting for each resource (as the lab
 * note does by hand), the speed-up, API calls, and a concurrency sweep that picks the default.
 * Targets: ≤ 1.10× the bound, ≥ 2× faster than one at a time. Figures only; no assertions.
 */
import "server-only";
import { DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import type { Plan, Step } from "../lib/plan/types";
import type { Design } from "../lib/design/schema";
import { seedLab } from "../lib/templates/seed-lab";
import { threeTierHa } from "../lib/templates/three-tier-ha";
import { BASE_DELAYS_MS } from "../server/sandbox/clocks";
import { startSandbox, type Sandbox } from "../server/sandbox";
import { loadBalancerSteps } from "../lib/plan/passes/compute-steps";
import { buildGraph, criticalPath } from "../lib/plan/graph";
import { DEFAULT_CONCURRENCY } from "../server/engine/run-deployment";
import { deployTo, tempJournal } from "../server/testing/engine-support";

const TIME_SCALE = Number(process.env.BENCH_TIME_SCALE ?? 0.1);
const SWEEP = [1, 2, 4, 8, 16];

/** What the sandbox makes a step wait, in ms at this time scale: the only unavoidable time. */
function sandboxDelayMs(step: Step): number {
  const base = step.kind === "nat-gateway" ? BASE_DELAYS_MS.natAvailable : step.kind === "instance" ? BASE_DELAYS_MS.instanceRunning : step.kind === "load-balancer-active" ? BASE_DELAYS_MS.albActive : 0;
  return base * TIME_SCALE;
}

/** The longest chain of sandbox delays through the plan: no schedule can finish sooner. */
function criticalPathMs(plan: Plan): number {
  return criticalPath(buildGraph(plan), (id) => sandboxDelayMs(plan.steps[id]));
}

/** Resets the sandbox and pays moto's first-call initialisation before the clock starts. */
async function freshSandbox(sandbox: Sandbox): Promise<void> {
  await sandbox.reset();
  const ec2 = new EC2Client({ region: "ap-northeast-2", endpoint: sandbox.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  await ec2.send(new DescribeVpcsCommand({}));
  ec2.destroy();
}

/**
 * The lab note's procedure: the same steps, but the ALB is waited for until `active` before
 * its DNS name is tried (a person cannot use it sooner), one step at a time.
 */
function withAlbWaits(plan: Plan): Plan {
  const waits = loadBalancerSteps(seedLab(), true).filter((step) => step.kind === "load-balancer-active");
  return {
    steps: { ...plan.steps, ...Object.fromEntries(waits.map((w) => [w.id, w])) },
    edges: [...plan.edges, ...waits.map((w) => [`create:load-balancer:${w.logicalId}`, w.id] as [string, string])],
  };
}

async function timedDeploy(sandbox: Sandbox, concurrency: number, adjustPlan?: (plan: Plan) => Plan, design: Design = seedLab()): Promise<{ ms: number; apiCalls: number; status: string }> {
  await freshSandbox(sandbox);
  const before = (await sandbox.stats()).total;
  const { journal } = tempJournal();
  const started = performance.now();
  const { result } = await deployTo(sandbox.endpoint, design, journal, concurrency, adjustPlan);
  const ms = performance.now() - started;
  journal.close();
  return { ms, apiCalls: (await sandbox.stats()).total - before, status: result.status };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  // At AWS's page sizes (see bench/cleanup.ts).
  const sandbox = await startSandbox({ timeScale: TIME_SCALE, pageSize: 0 });
  try {
    const { compilePlan } = await import("../lib/plan/compile-plan");
    const compiled = compilePlan(seedLab());
    if (!compiled.ok) throw new Error(compiled.error.message);
    const bound = criticalPathMs(compiled.plan);
    console.log(`Seed lab on the sandbox, time scale ${TIME_SCALE} (NAT ${s(BASE_DELAYS_MS.natAvailable * TIME_SCALE)}, ALB ${s(BASE_DELAYS_MS.albActive * TIME_SCALE)}, instance ${s(BASE_DELAYS_MS.instanceRunning * TIME_SCALE)}), ${Object.keys(compiled.plan.steps).length} steps\n`);
    await timedDeploy(sandbox, DEFAULT_CONCURRENCY); // warm-up: module loading and JIT, not measured
    const parallel = await timedDeploy(sandbox, DEFAULT_CONCURRENCY);
    const sequential = await timedDeploy(sandbox, 1, withAlbWaits);
    const sequentialPlanOnly = await timedDeploy(sandbox, 1);
    console.log(`deploy wall time (concurrency ${DEFAULT_CONCURRENCY}):   ${s(parallel.ms)}  [${parallel.status}]`);
    console.log(`critical-path lower bound:          ${s(bound)}`);
    console.log(`ratio to the bound:                 ${(parallel.ms / bound).toFixed(3)}×   (target ≤ 1.10×)`);
    console.log(`one call at a time, waiting each:   ${s(sequential.ms)}  [${sequential.status}]  (as by hand: ALB waited to active)`);
    console.log(`  (one at a time, same plan:        ${s(sequentialPlanOnly.ms)}; the deploy itself never waits for ALB active)`);
    console.log(`speed-up over one at a time:        ${(sequential.ms / parallel.ms).toFixed(2)}×   (target ≥ 2×)`);
    console.log(`API calls (sandbox stats):          ${parallel.apiCalls} parallel, ${sequential.apiCalls} one at a time\n`);
    console.log(`concurrency sweep (default ${DEFAULT_CONCURRENCY}: on the flat part of both curves, with headroom because each NAT or instance wait holds a slot):`);
    for (const [name, design] of [["seed lab", seedLab()], ["three-tier HA", threeTierHa()]] as const) {
      for (const concurrency of SWEEP) {
        const run = await timedDeploy(sandbox, concurrency, undefined, design);
        console.log(`  ${name.padEnd(13)} concurrency ${String(concurrency).padStart(2)}: ${s(run.ms)}  ${run.apiCalls} calls  [${run.status}]`);
      }
    }
  } finally {
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:deploy: ${(error as Error).message}`);
  process.exitCode = 1;
});
