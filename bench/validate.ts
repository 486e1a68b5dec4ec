/**
 * `npm run bench:validate`: median and p90 milliseconds of one full validateDesign over a
 * generated design of about 2,000 entities. Target: median under 10 ms on the course machine.
 */
import { entityCount, generateLargeDesign } from "../lib/testing/bench-design";
import { validateDesign } from "../lib/rules/index";

const WARMUP = 30;
const RUNS = 300;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function main(): void {
  const design = generateLargeDesign();
  for (let i = 0; i < WARMUP; i++) validateDesign(design);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    // A fresh clone each run, so nothing cached on the object can flatter the figure.
    const copy = structuredClone(design);
    const start = performance.now();
    findings = validateDesign(copy).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  console.log(`validateDesign: ${entityCount(design)} entities, ${Object.keys(design.subnets).length} subnets, ${findings} findings`);
  console.log(`runs ${RUNS}  median ${median.toFixed(2)} ms  p90 ${percentile(times, 0.9).toFixed(2)} ms  min ${times[0].toFixed(2)} ms  max ${times[times.length - 1].toFixed(2)} ms`);
  console.log(median < 10 ? "target met: median under 10 ms" : "TARGET MISSED: median is 10 ms or more");
}

main();
