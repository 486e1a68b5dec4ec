/**
 * `npm run bench:plan`: milliseconds to compile the create plan (and to render it, which the
 * plan preview and every status poll's step order do) for generated designs of about 2,000
 * and 20,000 entities. Target: the 20,000-entity design compiles in well under a second, so a
 * large design never blocks the server. Figures only; no assertions.
 */
import os from "node:os";
import { compilePlan } from "../lib/plan/compile-plan";
import { renderPlan } from "../lib/plan/render-plan";
import { BENCH_SHAPE, entityCount, generateLargeDesign } from "../lib/testing/bench-design";

const SIZES = [
  { label: "2,000", vpcs: BENCH_SHAPE.vpcs, runs: 20 },
  { label: "20,000", vpcs: BENCH_SHAPE.vpcs * 10, runs: 5 },
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
    const design = generateLargeDesign({ ...BENCH_SHAPE, vpcs: size.vpcs });
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
    console.log(`${size.label.padStart(6)} entities (${entityCount(design)}; ${steps} steps, ${edges} edges): compilePlan median ${median(compile).toFixed(1)} ms (CPU ${median(compileCpu).toFixed(1)} ms), renderPlan median ${median(render).toFixed(1)} ms  (${size.runs} runs)`);
  }
}

main();
