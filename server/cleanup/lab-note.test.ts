import { describe, expect, it } from "vitest";
import { labNoteOrder } from "../../lib/cleanup/lab-note-order";
import { sdkPort } from "../aws/sdk-port";
import { memoryEntryLog } from "../journal";
import { useSandbox } from "../testing/sandbox-harness";
import { runInOrder } from "./lab-note";
import { runCleanup } from "./run-cleanup";
import { deployTaggedLab } from "../testing/deployment";
import { timingFor } from "../aws/timing";

const SCALE = 0.02;

describe("the lab note's deletion order, forced step by step with no waits", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("fails with DependencyViolation where AWS would, and guided cleanup then finishes the job", async () => {
    const { recorded } = await deployTaggedLab(sb, "dep-note");
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    const timing = timingFor({ kind: "sandbox" }, SCALE);
    const outcomes = await runInOrder(labNoteOrder(recorded), { port, timing, waitForEach: false });
    const failed = outcomes.filter((o) => !o.ok);

    // Instances are still shutting down and the ALB's interfaces linger: the group and subnets are in use.
    expect(failed[0]).toMatchObject({ stepId: "delete:security-group:lab-sg", code: "DependencyViolation" });
    expect(failed.map((f) => f.stepId)).toEqual(expect.arrayContaining(["delete:subnet:public-a", "delete:subnet:public-nat", "delete:elastic-ip:nat-eip", "delete:vpc:lab-vpc"]));
    expect(failed.find((f) => f.stepId === "delete:elastic-ip:nat-eip")?.code).toBe("InvalidIPAddress.InUse");
    expect(outcomes.find((o) => o.stepId === "delete:load-balancer:lab-alb")?.ok).toBe(true);

    const result = await runCleanup({ deploymentId: "dep-note", journal: memoryEntryLog(), recorded, port, timing });
    expect(result.failures).toEqual([]);
    expect(result.report.isNothingBillableLeft).toBe(true);
    expect(result.report.remaining).toEqual([]);
  });
});
