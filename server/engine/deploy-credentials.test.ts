import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { countByTag, deployTo, expectedCounts, tempJournal } from "../testing/engine-support";
import { runDeployment } from "./run-deployment";

const sb = sandboxPerFile({ timeScale: 0.05 });

describe("when the credentials expire in the middle of a deploy", () => {
  // 40 calls in, the NAT gateway and the instances are being waited for: the waits must not
  // keep polling an expired session until their 5-minute deadline (docs/aws-facts.md §8.6).
  it("ends at once with a message that says to sign in again, and can be resumed later", async () => {
    await sb.sandbox.configure({ faults: "expire=40" });
    const { journal } = tempJournal();
    const started = Date.now();
    const { id, result } = await deployTo(sb.endpoint, seedLab(), journal);
    const elapsedMs = Date.now() - started;
    expect(result.status).toBe("failed");
    expect(result.failures.length).toBeGreaterThan(0);
    for (const failure of result.failures) {
      expect(["RequestExpired", "ExpiredToken"]).toContain(failure.error.code);
      expect(failure.error.message).toMatch(/expired.*sign in again/i);
    }
    // Well under the retry deadline (2 min on the sandbox) and the waits' (5 min): nothing waited it out.
    expect(elapsedMs).toBeLessThan(60_000);

    // Signed in again: the resume finishes the lab from the journal, nothing twice.
    await sb.sandbox.configure({ faults: "" });
    const resumed = await runDeployment(journal, id);
    expect(resumed.status).toBe("complete");
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual(expectedCounts(seedLab()));
    journal.close();
  });
});
