/**
 * `npm run bench:plan`: milliseconds to compile the create plan (and to render it, which the
 * plan preview and every status poll's step order do) for generated designs of about 2,000
 * and 20,000 entities. Target: the 20,000-entity design compiles in well under a second, so a
 * large design never blocks the server. Figures only; no assertions.
 */
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

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function main(): void {
  for (const size of SIZES) {
    const design = generateLargeDesign({ ...BENCH_SHAPE, vpcs: size.vpcs });
    compilePlan(structuredClone(design)); // warm-up: JIT, not measured
    const compile: number[] = [];
    const render: number[] = [];
    let steps = 0;
    let edges = 0;
    for (let i = 0; i < size.runs; i++) {
      // A fresh clone each run, so nothing cached on the object can flatter the figure.
      const [result, ms] = timed(() => compilePlan(structuredClone(design)));
      if (!result.ok) throw new Error(result.error.message);
      compile.push(ms);
      render.push(timed(() => renderPlan(result.plan))[1]);
      steps = Object.keys(result.plan.steps).length;
      edges = result.plan.edges.length;
    }
    console.log(`${size.label.padStart(6)} entities (${entityCount(design)}; ${steps} steps, ${edges} edges): compilePlan median ${median(compile).toFixed(1)} ms, renderPlan median ${median(render).toFixed(1)} ms  (${size.runs} runs)`);
  }
}

main();
