/**
 * `npm run bench:reach`: milliseconds to answer every ordered pair of ends (the Internet, every
 * instance, subnet and load balancer) on tcp/80, for the seed lab and for a generated design of
 * about 500 resources. Each run indexes the design afresh (buildEnv), so the figure is what the
 * canvas pays after an edit. Prints median and p90 over several runs; no target is asserted.
 */
import type { Design } from "../lib/design/schema";
import { buildEnv, INTERNET, reach } from "../lib/reach";
import { entityCount, generateLargeDesign } from "../lib/testing/bench-design";
import { seedLab } from "../lib/templates/seed-lab";

/** 11 VPCs × (2 AZs × 6 subnets, 2 NAT gateways, 20 instances, an ALB, …): 495 resources. */
const MEDIUM = { vpcs: 11, azs: 2, subnetsPerAz: 6, instancesPerVpc: 20 };

function ends(design: Design): string[] {
  return [INTERNET, ...Object.keys(design.instances), ...Object.keys(design.subnets), ...Object.keys(design.loadBalancers)];
}

/** One all-pairs sweep; returns [questions, reachable answers]. */
function allPairs(design: Design): [number, number] {
  const env = buildEnv(design);
  const list = ends(design);
  let questions = 0;
  let reachable = 0;
  for (const from of list) {
    for (const to of list) {
      if (from === to) continue;
      const result = reach(env, { from, to, protocol: "tcp", port: 80 });
      questions++;
      if (result.ok && result.answer.verdict === "reachable") reachable++;
    }
  }
  return [questions, reachable];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function measure(label: string, design: Design, runs: number): void {
  allPairs(design);
  const times: number[] = [];
  let counts: [number, number] = [0, 0];
  for (let i = 0; i < runs; i++) {
    const copy = structuredClone(design);
    const start = performance.now();
    counts = allPairs(copy);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const [questions, reachable] = counts;
  console.log(`${label}: ${entityCount(design)} resources, ${ends(design).length} ends, ${questions} questions (${reachable} reachable)`);
  console.log(`  all pairs: median ${median.toFixed(1)} ms  p90 ${percentile(times, 0.9).toFixed(1)} ms  (${((median * 1000) / questions).toFixed(1)} µs a question, ${runs} runs)`);
}

measure("seed lab", seedLab(), 200);
measure("generated design", generateLargeDesign(MEDIUM), 5);
