/**
 * `npm run bench:sandbox-accounts`: what the data plane costs when many students' sandbox
 * accounts have workloads. K accounts each launch one instance with (trivial) user data, so the
 * layer reads each account; then one account makes N mutating calls (CreateTags) and the bench
 * prints their latency and how many readings of moto the layer made of the calling account and
 * of the others meanwhile. A mutating call re-reads only its own account, so the others are
 * read by the once-a-second timer alone (≈ K−1 × seconds), whatever N is.
 */
import "server-only";
import { CreateTagsCommand, CreateVpcCommand, EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { studentSandboxAccount } from "../lib/deploy/sandbox-account";
import { startSandbox } from "../server/sandbox/index";
import type { Sandbox } from "../server/sandbox/types";

const CALLS = Number(process.env.BENCH_CALLS ?? 100);
const ACCOUNTS = (process.env.BENCH_ACCOUNTS ?? "1,10").split(",").map(Number);
const USER_DATA = Buffer.from("#!/bin/sh\necho ready\n").toString("base64");

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;

async function round(sandbox: Sandbox, count: number): Promise<void> {
  await sandbox.reset();
  const accounts = Array.from({ length: count }, (_, i) => studentSandboxAccount(`bench-student-${i}`));
  const client = (account: string) => new EC2Client({ region: "ap-northeast-2", endpoint: sandbox.endpoint, credentials: { accessKeyId: account, secretAccessKey: "test" }, maxAttempts: 1 });
  const clients = accounts.map(client);
  await Promise.all(clients.map((c) => c.send(new RunInstancesCommand({ ImageId: "ami-02ee6d86e720aef2a", InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, UserData: USER_DATA }))));
  const caller = clients[0]!;
  const vpcId = (await caller.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }))).Vpc!.VpcId!;
  // Let the instances boot and the first readings settle.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const before = (await sandbox.workloads()).readings;
  const started = performance.now();
  const latencies: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const t = performance.now();
    await caller.send(new CreateTagsCommand({ Resources: [vpcId], Tags: [{ Key: "n", Value: String(i) }] }));
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = (await sandbox.workloads()).readings;
  const delta = (key: string) => (after[key] ?? 0) - (before[key] ?? 0);
  const own = delta(`${accounts[0]}/ap-northeast-2`);
  const others = accounts.slice(1).reduce((n, a) => n + delta(`${a}/ap-northeast-2`), 0);
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`${count} account${count === 1 ? "" : "s"} with workloads; ${CALLS} CreateTags in one of them over ${seconds.toFixed(1)} s`);
  console.log(`  call latency: median ${pct(sorted, 0.5).toFixed(2)} ms, p90 ${pct(sorted, 0.9).toFixed(2)} ms`);
  console.log(`  readings of the calling account: ${own} (${(own / CALLS).toFixed(2)} per call; readings coalesce while one runs)`);
  console.log(`  readings of the ${count - 1} other account${count === 2 ? "" : "s"}: ${others} (the 1 s timer alone: ≈ ${((count - 1) * seconds).toFixed(0)}; re-reading every account per call would be ≈ ${((count - 1) * own).toFixed(0)})\n`);
  clients.forEach((c) => c.destroy());
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ timeScale: 0.01 });
  try {
    const status = (await sandbox.workloads()).status;
    console.log(`Data plane cost per sandbox account (workloads: ${status}, node ${process.version})\n`);
    if (status !== "on") return;
    for (const count of ACCOUNTS) await round(sandbox, count);
  } finally {
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
