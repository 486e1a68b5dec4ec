import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { countByTag, deployTo, expectedCounts, tempJournal } from "../testing/engine-support";

const FAULTS = "throttle=0.1,error=0.03,reset=0.01,lost=0.05";
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const sb = sandboxPerFile({ timeScale: 0.01 });
/** Creates without a ClientToken, and how many the seed lab needs of each. */
const UNTOKENED: Record<string, number> = { CreateVpc: 1, CreateSubnet: 4, CreateSecurityGroup: 1, AllocateAddress: 1, CreateInternetGateway: 1 };
const repeatedCreates: number[] = [];

describe(`deploying through faults (${FAULTS})`, () => {
  it.each(SEEDS)("completes with no resource twice (seed %i)", async (seed) => {
    await sb.sandbox.configure({ faults: `${FAULTS},seed=${seed}` });
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, seedLab(), journal);
    expect(result.failures).toEqual([]);
    expect(result.status).toBe("complete");
    const stats = await sb.sandbox.stats();
    repeatedCreates.push(Object.entries(UNTOKENED).reduce((n, [action, needed]) => n + Math.max(0, (stats.byAction[action] ?? 0) - needed), 0));
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual(expectedCounts(seedLab()));
    journal.close();
  });

  it("met faults on creates that take no ClientToken in at least one run (so adoption was exercised)", () => {
    expect(repeatedCreates).toHaveLength(SEEDS.length);
    expect(repeatedCreates.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
