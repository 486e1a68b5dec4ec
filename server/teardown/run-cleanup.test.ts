import { describe, expect, it } from "vitest";
import { makeClients } from "../aws/clients";
import { memoryEntryLog } from "../journal";
import { useSandbox } from "../sandbox/test-harness";
import type { CleanupEvent } from "./events";
import { runCleanup } from "./run-cleanup";
import { deployTaggedLab } from "./test-deployment";
import { timingFor } from "./timing";

const SCALE = 0.02;
describe("guided cleanup of the seed lab", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("removes everything the deployment made and verifies nothing billable is left", async () => {
    const { recorded } = await deployTaggedLab(sb, "dep-1");
    const clients = makeClients({ region: "ap-northeast-2", endpoint: sb.endpoint });
    const events: CleanupEvent[] = [];
    const result = await runCleanup({
      deploymentId: "dep-1", journal: memoryEntryLog(), recorded, clients,
      timing: timingFor({ kind: "sandbox" }, SCALE), onEvent: (e) => events.push(e),
    });
    expect(result.failures).toEqual([]);
    expect(result.status).toBe("complete");
    expect(result.report.isNothingBillableLeft).toBe(true);
    expect(result.report.remaining).toEqual([]);
    // moto keeps the instances' and the NAT's interfaces: listed and explained, never hidden.
    expect(result.report.allowed.length).toBeGreaterThan(0);
    expect(result.report.allowed.every((a) => a.kind === "network-interface" && /moto/.test(a.reason))).toBe(true);
    expect(events.filter((e) => e.type === "step-done")).toHaveLength(Object.keys(result.plan.steps).length);
  });
});
