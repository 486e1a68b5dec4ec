import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { openJournal } from "../journal";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { countByTag, expectedCounts } from "../testing/engine-support";

const BIN = fileURLToPath(new URL("../cli/bin.js", import.meta.url));
const sb = sandboxPerFile({ timeScale: 0.02 });

/** mulberry32, so the kill points are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(2026);
/** Journal entries written before the kill: anywhere in the 64 a seed-lab deploy writes. */
const KILL_POINTS = Array.from({ length: 10 }, () => 1 + Math.floor(random() * 62));

function vpcd(args: string[], dataDir: string) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, VPCD_DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Waits until the journal holds at least `n` entries (another process writes it), then returns. */
async function entriesReach(dataDir: string, n: number, exited: Promise<unknown>): Promise<boolean> {
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    try {
      const journal = openJournal(dataDir);
      const id = journal.listDeployments()[0]?.id;
      const count = id ? journal.entries(id).length : 0;
      journal.close();
      if (count >= n) return true;
    } catch {
      // The deploying process may be creating the database right now.
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

describe("a deploy killed with SIGKILL", () => {
  it.each(KILL_POINTS.map((point, i) => [i + 1, point]))("resumes to completion with no duplicate (kill %i, after %i journal entries)", async (_n, point) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "vpcd-crash-"));
    const file = path.join(dataDir, "seed-lab.json");
    writeFileSync(file, JSON.stringify(seedLab()));
    const first = vpcd(["deploy", file, "--endpoint", sb.endpoint, "--json"], dataDir);
    const reached = await entriesReach(dataDir, point, first.exited);
    expect(reached, `the deploy ended before the kill point: ${first.output().stderr}`).toBe(true);
    first.child.kill("SIGKILL");
    await first.exited;

    const journal = openJournal(dataDir);
    const id = journal.listDeployments()[0].id;
    journal.close();
    const resumed = vpcd(["deploy", "--resume", id, "--json"], dataDir);
    expect(await resumed.exited, resumed.output().stderr).toBe(0);
    const report = JSON.parse(resumed.output().stdout);
    expect(report).toMatchObject({ deploymentId: id, status: "complete" });
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual(expectedCounts(seedLab()));
  });
});
