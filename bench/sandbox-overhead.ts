/**
 * `npm run bench:sandbox`: the fidelity layer's added latency per call against bare moto,
 * measured side by side in one run (same moto, same SDK client settings, calls alternating
 * between the two endpoints so drift hits both equally). Prints median and p90 per endpoint
 * and of the paired difference, for a streamed action (DescribeVpcs) and a rewritten one
 * (DescribeInstances, whose states the layer rewrites). Then the workloads: RunInstances to the
 * first answer through the ALB, and memory per running instance (bench/sandbox-workloads.ts).
 */
import "server-only";
import { CreateVpcCommand, DescribeInstancesCommand, DescribeVpcsCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { startSandbox } from "../server/sandbox/index";
import { benchWorkloads } from "./sandbox-workloads";

const PAIRS = Number(process.env.BENCH_PAIRS ?? 300);
const WARMUP = 20;

type Send = (client: EC2Client) => Promise<unknown>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

async function timed(send: Send, client: EC2Client): Promise<number> {
  const start = performance.now();
  await send(client);
  return performance.now() - start;
}

async function measure(name: string, send: Send, layer: EC2Client, moto: EC2Client): Promise<void> {
  for (let i = 0; i < WARMUP; i += 1) await Promise.all([send(layer), send(moto)].map((p) => p.catch(() => undefined)));
  const viaLayer: number[] = [];
  const viaMoto: number[] = [];
  const added: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    // Alternate which endpoint goes first, so neither always gets the warmer moment.
    const layerFirst = i % 2 === 0;
    const first = await timed(send, layerFirst ? layer : moto);
    const second = await timed(send, layerFirst ? moto : layer);
    const [l, m] = layerFirst ? [first, second] : [second, first];
    viaLayer.push(l);
    viaMoto.push(m);
    added.push(l - m);
  }
  const row = (label: string, values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    return `  ${label.padEnd(24)} median ${percentile(sorted, 0.5).toFixed(2).padStart(6)} ms   p90 ${percentile(sorted, 0.9).toFixed(2).padStart(6)} ms`;
  };
  console.log(`${name} (${PAIRS} calls each, alternating)`);
  console.log(row("bare moto", viaMoto));
  console.log(row("through the layer", viaLayer));
  console.log(row("added per call (paired)", added));
  const medianAdded = percentile([...viaLayer].sort((x, y) => x - y), 0.5) - percentile([...viaMoto].sort((x, y) => x - y), 0.5);
  console.log(`  difference of medians: ${medianAdded.toFixed(2)} ms (target < 2 ms)\n`);
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ timeScale: 1 });
  try {
    const config = { region: "ap-northeast-2", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 };
    const layer = new EC2Client({ ...config, endpoint: sandbox.endpoint });
    const moto = new EC2Client({ ...config, endpoint: sandbox.motoEndpoint });
    await layer.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }));
    await layer.send(new RunInstancesCommand({ ImageId: "ami-02ee6d86e720aef2a", InstanceType: "t3.micro", MinCount: 3, MaxCount: 3 }));
    console.log(`Sandbox overhead vs bare moto (node ${process.version})\n`);
    await measure("DescribeVpcs — streamed through", (c) => c.send(new DescribeVpcsCommand({})), layer, moto);
    await measure("DescribeInstances (3 instances) — states rewritten", (c) => c.send(new DescribeInstancesCommand({})), layer, moto);
  } finally {
    await sandbox.stop();
  }
  await benchWorkloads();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
