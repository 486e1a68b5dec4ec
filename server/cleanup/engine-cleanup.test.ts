import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { countByTag, deployTo, tempJournal } from "../testing/engine-support";
import { openJournal } from "../journal";
import { useSandbox } from "../testing/sandbox-harness";
import { cleanupDeployment } from "./service";
import { english } from "../util/english";

const SCALE = 0.02;
const ROOT = path.resolve(__dirname, "../..");
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Seeded kill points: after how many journal entries (of about 64 for the seed lab) the deploy dies. */
function killPoints(seed: number, count: number, max: number): number[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => 1 + Math.floor(((i + next()) / count) * (max - 1)));
}

/** Deploys the seed lab in a separate process (`vpcd deploy`) and SIGKILLs it once the journal has `entries` entries. */
async function deployAndKill(endpoint: string, dir: string, entries: number): Promise<string> {
  const file = path.join(dir, "seed-lab.json");
  writeFileSync(file, JSON.stringify(seedLab()));
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", TSX, path.join(ROOT, "server/cli/main.ts"), "deploy", file, "--endpoint", endpoint, "--json", "--yes"], {
    env: { ...process.env, VPCD_DATA_DIR: dir, VPCD_PROJECT_ROOT: ROOT },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const journal = openJournal(dir);
  try {
    for (;;) {
      const id = journal.listDeployments()[0]?.id;
      if (id && journal.entries(id).length >= entries) {
        child.kill("SIGKILL");
        await exited;
        return id;
      }
      if (child.exitCode !== null) return id ?? "";
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    journal.close();
  }
}

describe("cleanup of an engine deployment", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("leaves nothing of a completed seed-lab deployment", async () => {
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, seedLab(), journal);
    expect(result.status).toBe("complete");
    const cleanup = await cleanupDeployment(journal, journal.getDeployment(id)!);
    expect(cleanup.failures).toEqual([]);
    expect(cleanup.report).toMatchObject({ isNothingBillableLeft: true, isNothingLeft: true, remaining: [] });
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual({});
    // Instances ask for DeleteOnTermination on their interface, so those go with them; the only
    // remainder is moto's interface of the deleted NAT gateway, listed and explained.
    expect(cleanup.report.allowed.map((a) => a.kind)).toEqual(["network-interface"]);
    expect(cleanup.report.allowed.every((a) => a.reason.key === "reasonOrphanSandbox" && /moto keeps the interfaces/.test(english(a.reason)))).toBe(true);
  });

  it.each(killPoints(7, 10, 64))("removes everything after the deploying process is killed at journal entry %i", async (entries) => {
    const { dir } = tempJournal();
    const id = await deployAndKill(sb.endpoint, dir, entries);
    expect(id).not.toBe("");
    const journal = openJournal(dir);
    const cleanup = await cleanupDeployment(journal, journal.getDeployment(id)!);
    journal.close();
    expect(cleanup.failures).toEqual([]);
    expect(cleanup.report.remaining).toEqual([]);
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual({});
  });
});
