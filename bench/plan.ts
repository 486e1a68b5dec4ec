/**
 * `npm run bench:plan`: milliseconds to compile the create plan (and to render it, which the
 * plan preview and every status poll's step order do) for generated designs of about 2,000
 * and 20,000 entities. Target: the 20,000-entity design compiles in well under a second, so a
 * large design never blocks the server. Figures only; no assertions.
 */
import os from "node:os";
import { compilePlan } from "../lib/plan/compile-plan";
import { renderPlan } from "../lib/plan/render-plan";
import { BENCH_SHAPE, entityCount, generateLargeDesign, type LargeDesignShape } from "../lib/testing/bench-design";

/**
 * About 2,000 and 20,000 entities spread over VPCs, and 20,000 in one VPC behind one
 * security group (the shape that made the old transitive reduction quadratic: every
 * instance is a successor of the same group).
 */
const SIZES: Array<{ label: string; shape: LargeDesignShape; runs: number }> = [
  { label: "2,000", shape: BENCH_SHAPE, runs: 20 },
  { label: "20,000", shape: { ...BENCH_SHAPE, vpcs: BENCH_SHAPE.vpcs * 10 }, runs: 5 },
  { label: "20,000 in one VPC", shape: { vpcs: 1, azs: 4, subnetsPerAz: 48, instancesPerVpc: 19_800 }, runs: Number(process.env.BENCH_PLAN_RUNS ?? 5) },
];

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** The value, the wall milliseconds and the CPU milliseconds of this process (what other load on a shared machine does not inflate as much). */
function timed<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, wall, (used.user + used.system) / 1000];
}

function main(): void {
  console.log(`compile and render times, medians; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates wall times)`);
  for (const size of SIZES) {
    const design = generateLargeDesign(size.shape);
    compilePlan(structuredClone(design)); // warm-up: JIT, not measured
    const compile: number[] = [];
    const compileCpu: number[] = [];
    const render: number[] = [];
    let steps = 0;
    let edges = 0;
    for (let i = 0; i < size.runs; i++) {
      // A fresh clone each run, so nothing cached on the object can flatter the figure.
      const copy = structuredClone(design);
      const [result, ms, cpu] = timed(() => compilePlan(copy));
      if (!result.ok) throw new Error(result.error.message);
      compile.push(ms);
      compileCpu.push(cpu);
      render.push(timed(() => renderPlan(result.plan))[1]);
      steps = Object.keys(result.plan.steps).length;
      edges = result.plan.edges.length;
    }
    console.log(`${size.label} entities (${entityCount(design)}; ${steps} steps, ${edges} edges): compilePlan median ${median(compile).toFixed(1)} ms (CPU ${median(compileCpu).toFixed(1)} ms), renderPlan median ${median(render).toFixed(1)} ms  (${size.runs} runs)`);
  }
}

main();
