import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { sdkPort } from "../aws/sdk-port";
import { memoryEntryLog } from "../journal";
import { useSandbox } from "../testing/sandbox-harness";
import type { StepEvent } from "../engine/step-events";
import { runCleanup } from "./run-cleanup";
import { launch, labClients } from "../testing/lab";
import { deployTaggedLab } from "../testing/deployment";
import { timingFor } from "../aws/timing";
import { english } from "../util/english";

const SCALE = 0.02;
describe("guided cleanup of the seed lab", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("removes everything the deployment made and verifies nothing billable is left", async () => {
    const { recorded } = await deployTaggedLab(sb, "dep-1");
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    const events: StepEvent[] = [];
    const result = await runCleanup({
      deploymentId: "dep-1", journal: memoryEntryLog(), recorded, port,
      timing: timingFor({ kind: "sandbox" }, SCALE), onEvent: (e) => events.push(e),
    });
    expect(result.failures).toEqual([]);
    expect(result.status).toBe("complete");
    expect(result.report.isNothingBillableLeft).toBe(true);
    expect(result.report.remaining).toEqual([]);
    // moto keeps the instances' and the NAT's interfaces: listed and explained, never hidden.
    expect(result.report.allowed.length).toBeGreaterThan(0);
    expect(result.report.allowed.every((a) => a.kind === "network-interface" && /moto/.test(english(a.reason)))).toBe(true);
    expect(events.filter((e) => e.type === "step-done")).toHaveLength(Object.keys(result.plan.steps).length);
  });

  it("names what blocks a delete, retries with backoff, and leaves what it did not make alone", async () => {
    const { recorded, ids } = await deployTaggedLab(sb, "dep-2");
    const stray = (await launch(labClients(sb), ids.subnets.publicA, ids.sgId, false)).InstanceId!;
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    const events: StepEvent[] = [];
    const timing = { ...timingFor({ kind: "sandbox" }, SCALE), dependency: { ...timingFor({ kind: "sandbox" }, SCALE).dependency, deadlineMs: 3_000 } };
    const result = await runCleanup({ deploymentId: "dep-2", journal: memoryEntryLog(), recorded, port, timing, onEvent: (e) => events.push(e) });

    const blocked = events.filter((e) => e.type === "blocked" && e.stepId === "delete:subnet:public-a");
    expect(blocked.length).toBeGreaterThan(1);
    const first = blocked[0].type === "blocked" ? blocked[0] : undefined;
    expect(first?.code).toBe("DependencyViolation");
    expect(first?.blockers.map((b) => b.text)).toContain(`instance ${stray} is running — not made by this deployment, left alone`);
    // The same blocker as a message key, which the browser words in the reader's language.
    expect(first?.blockers.find((b) => b.awsId === stray)?.message).toEqual({ key: "blockerInstance", params: { name: stray, state: "running", mapped: "no", foreign: "yes" } });
    const retries = blocked.map((e) => (e.type === "blocked" ? e.retryInMs : 0));
    expect(retries[1]).toBeGreaterThan(retries[0]);
    expect(result.failures.map((f) => f.stepId).sort()).toEqual(["delete:security-group:lab-sg", "delete:subnet:public-a"]);
    expect(result.report.isNothingBillableLeft).toBe(true);
    expect(result.report.remaining.map((r) => r.kind)).toEqual(["security-group", "subnet", "vpc"]);
    expect(result.report.foreign.map((r) => r.detail)).toContainEqual(expect.stringContaining(`of instance ${stray}`));
    const still = await labClients(sb).ec2.send(new DescribeInstancesCommand({ InstanceIds: [stray] }));
    expect(still.Reservations![0].Instances![0].State!.Name).toBe("running");
  });
});
