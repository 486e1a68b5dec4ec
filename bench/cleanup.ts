/**
 * `npm run bench:cleanup`: figures for guided cleanup on the sandbox (moto + fidelity layer).
 *
 * 1. The seed lab deployed by the engine, then cleaned up by the guided cleanup: wall time,
 *    its critical-path lower bound, and the ratio (target ≤ 1.10).
 *    Lower bound = the longest chain of the destroy plan, each step weighted with the delay the
 *    sandbox plays for it (NAT deleted, instance terminated, ALB interfaces lingering, scaled)
 *    plus the measured median round trip of one AWS call per call the step must make.
 * 2. The lab note's order (ALB, instances, SG, subnets, NAT + EIP, route tables, IGW, VPC),
 *    one step at a time, each waiting for AWS to finish.
 * 3. AWS calls per status refresh at 10 and 200 resources (the sandbox's call counter).
 *
 * 1 and 2 run with the sandbox's data plane off: it runs each instance's user data (the lab's
 * Flask app) and the ALB's health checks, and its readings of moto after every mutating call
 * compete with the engine's own calls on this machine, while AWS's API latency does not depend on
 * what instances run. The guided run is repeated once with the data plane on, for the record.
 */
import "server-only";
import { DescribeVpcsCommand } from "@aws-sdk/client-ec2";
import { labNoteOrder } from "../lib/cleanup/lab-note-order";
import { buildGraph, criticalPath } from "../lib/plan/graph";
import type { Plan } from "../lib/plan/types";
import { seedLab } from "../lib/templates/seed-lab";
import { makeClients } from "../server/aws/clients";
import { sdkPort } from "../server/aws/sdk-port";
import { deployTo, tempJournal } from "../server/testing/engine-support";
import { forgetStatus, refreshStatus } from "../server/live/refresh";
import { deployTaggedFleet } from "../server/testing/fleet";
import { startSandbox, type Sandbox } from "../server/sandbox";
import { BASE_DELAYS_MS } from "../server/sandbox/clocks";
import type { SandboxHandle } from "../server/testing/sandbox-harness";
import { runInOrder } from "../server/cleanup/lab-note";
import { cleanupDeployment } from "../server/cleanup/service";
import { timingFor } from "../server/aws/timing";

const SCALE = 0.05;
const RUNS = 5;
const REGION = "ap-northeast-2";

/** Calls each step kind makes when nothing blocks it (describe-before-delete included). */
const CALLS: Record<string, number> = { "load-balancer": 2, "load-balancer-enis": 1, instance: 2, "nat-gateway": 2, "route-table": 4, "internet-gateway-attachment": 2, "security-group-references": 1 };
/** The delay the sandbox plays for a step at time scale 1. */
const DELAY: Record<string, number> = { "nat-gateway": BASE_DELAYS_MS.natDeleted, instance: BASE_DELAYS_MS.instanceTerminated, "load-balancer-enis": BASE_DELAYS_MS.albInterfacesLinger };

const handle = (sandbox: Sandbox): SandboxHandle => ({
  endpoint: sandbox.endpoint,
  sandbox,
  clientConfig: (region = REGION) => ({ region, endpoint: sandbox.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } }),
});

async function medianCallMs(sandbox: Sandbox): Promise<number> {
  const ec2 = makeClients({ region: REGION, endpoint: sandbox.endpoint }).ec2;
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    await ec2.send(new DescribeVpcsCommand({}));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[12];
}

function lowerBound(plan: Plan, callMs: number): number {
  return criticalPath(buildGraph(plan), (id) => (DELAY[plan.steps[id].kind] ?? 0) * SCALE + (CALLS[plan.steps[id].kind] ?? 1) * callMs);
}

async function guidedRun(sandbox: Sandbox, callMs: number): Promise<{ wallMs: number; walkMs: number; boundMs: number; isClean: boolean }> {
  await sandbox.reset();
  await sandbox.configure({ timeScale: SCALE, faults: "" });
  const { journal } = tempJournal();
  const { id } = await deployTo(sandbox.endpoint, seedLab(), journal);
  const t0 = performance.now();
  const result = await cleanupDeployment(journal, journal.getDeployment(id)!);
  const wallMs = performance.now() - t0;
  return { wallMs, walkMs: result.walkMs, boundMs: lowerBound(result.plan, callMs), isClean: result.report.isNothingLeft };
}

/**
 * The note's order, each step waiting for AWS to finish it; a step AWS refuses is left for
 * the next pass (the "run destroy again" users report), until a pass has no failures.
 */
async function labNoteRun(sandbox: Sandbox): Promise<{ wallMs: number; passes: number; refusals: number }> {
  await sandbox.reset();
  await sandbox.configure({ timeScale: SCALE, faults: "" });
  const { journal } = tempJournal();
  const { id } = await deployTo(sandbox.endpoint, seedLab(), journal);
  const port = sdkPort({ region: REGION, endpoint: sandbox.endpoint });
  const t0 = performance.now();
  let steps = labNoteOrder(journal.recordedResources(id));
  let passes = 0;
  let refusals = 0;
  while (steps.length > 0 && passes < 5) {
    passes++;
    const outcomes = await runInOrder(steps, { port, timing: timingFor({ kind: "sandbox" }, SCALE), waitForEach: true, retryBlocked: false });
    const failed = new Set(outcomes.filter((o) => !o.ok).map((o) => o.stepId));
    refusals += failed.size;
    steps = steps.filter((step) => failed.has(step.id));
  }
  return { wallMs: performance.now() - t0, passes, refusals };
}

async function statusCalls(sandbox: Sandbox, total: number): Promise<number[]> {
  await sandbox.reset();
  const recorded = await deployTaggedFleet(handle(sandbox), `bench-${total}`, total);
  const port = sdkPort({ region: REGION, endpoint: sandbox.endpoint });
  forgetStatus(`bench-${total}`);
  const counts: number[] = [];
  for (let round = 0; round < 3; round++) {
    const before = (await sandbox.stats()).total;
    await refreshStatus({ deploymentId: `bench-${total}`, recorded, target: { kind: "sandbox", region: REGION }, port, deployedAt: Date.now() });
    counts.push((await sandbox.stats()).total - before);
  }
  return counts;
}

async function seedLabStatusCalls(sandbox: Sandbox): Promise<number[]> {
  await sandbox.reset();
  const { journal } = tempJournal();
  const { id } = await deployTo(sandbox.endpoint, seedLab(), journal);
  const port = sdkPort({ region: REGION, endpoint: sandbox.endpoint });
  const counts: number[] = [];
  for (let round = 0; round < 3; round++) {
    const before = (await sandbox.stats()).total;
    await refreshStatus({ deploymentId: id, recorded: journal.recordedResources(id), design: seedLab(), target: { kind: "sandbox", region: REGION }, port, deployedAt: Date.now() });
    counts.push((await sandbox.stats()).total - before);
  }
  return counts;
}

/** A second sandbox that runs the instances' user data, for one comparison run. */
async function withDataPlane<T>(run: (sandbox: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox({ timeScale: SCALE, pageSize: 0 });
  try {
    return await run(sandbox);
  } finally {
    await sandbox.stop();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  // The app learns the sandbox's time scale the same way (set by `vpcd demo`).
  process.env.VPCD_SANDBOX_TIME_SCALE = String(SCALE);
  // Measured at AWS's page sizes (up to 1000 EC2 / 400 ELBv2 items, more than these designs have); the
  // sandbox's small default pages exist to prove callers follow pages, not to model AWS.
  const sandbox = await startSandbox({ timeScale: SCALE, pageSize: 0, workloads: false });
  try {
    await sandbox.reset();
    const callMs = await medianCallMs(sandbox);
    console.log(`Cleanup of the seed lab on the sandbox, time scale ${SCALE} (NAT delete ${s(BASE_DELAYS_MS.natDeleted * SCALE)}, instance terminate ${s(BASE_DELAYS_MS.instanceTerminated * SCALE)}, ALB interfaces linger ${s(BASE_DELAYS_MS.albInterfacesLinger * SCALE)}); median AWS call ${callMs.toFixed(1)} ms`);
    const guided = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await guidedRun(sandbox, callMs);
      guided.push(run);
      console.log(`  guided run ${i + 1}: wall ${s(run.wallMs)}  lower bound ${s(run.boundMs)}  ratio ${(run.wallMs / run.boundMs).toFixed(3)}  (deletes and waits alone ${s(run.walkMs)}, ratio ${(run.walkMs / run.boundMs).toFixed(3)})  ${run.isClean ? "verified clean" : "NOT CLEAN"}`);
    }
    const med = [...guided].sort((a, b) => a.wallMs / a.boundMs - b.wallMs / b.boundMs)[Math.floor(RUNS / 2)];
    console.log(`  guided (median of ${RUNS}): wall ${s(med.wallMs)}, critical-path lower bound ${s(med.boundMs)}, ratio ${(med.wallMs / med.boundMs).toFixed(3)} (target ≤ 1.10); the wall includes the tag lookup before and the verifying describes after`);
    const withWorkloads = await withDataPlane((other) => guidedRun(other, callMs));
    console.log(`  guided, with the data plane on (instances run the lab's Flask app): wall ${s(withWorkloads.wallMs)}  ratio ${(withWorkloads.wallMs / withWorkloads.boundMs).toFixed(3)}`);
    const note = await labNoteRun(sandbox);
    console.log(`  lab note's order, one step at a time with waits: wall ${s(note.wallMs)} (${(note.wallMs / med.wallMs).toFixed(2)}× the guided cleanup; ${note.passes} passes, ${note.refusals} steps refused by AWS and redone in a later pass)`);
    console.log(`Status refresh of the seed lab (17 resources, ALB and target group included): AWS calls per refresh ${(await seedLabStatusCalls(sandbox)).join(", ")}`);
    for (const total of [10, 200]) {
      console.log(`Status refresh at ${total} resources: AWS calls per refresh ${(await statusCalls(sandbox, total)).join(", ")} (3 refreshes; budget ≤ 10)`);
    }
  } finally {
    await sandbox.stop();
  }
}

await main();
process.exit(0);
