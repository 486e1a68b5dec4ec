import { rmSync } from "node:fs";
import { CreateSubnetCommand, CreateVpcCommand, DescribeInstancesCommand, DescribeVpcsCommand, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { sdkPort } from "../aws/sdk-port";
import { memoryEntryLog } from "../journal";
import { useSandbox } from "../testing/sandbox-harness";
import { LAB_AMI, labClients } from "../testing/lab";
import type { StepEvent } from "../engine/step-events";
import { findOrphans, sweepGroup } from "./sweep";
import { seedLab } from "../../lib/templates/seed-lab";
import { deployTo, tempJournal } from "../testing/engine-support";
import { timingFor } from "../aws/timing";

const SCALE = 0.02;

describe("the orphan sweep", () => {
  const sb = useSandbox({ timeScale: SCALE });

  it("finds a deployment whose journal file was deleted, removes it, and leaves untagged resources alone", async () => {
    const { journal, dir } = tempJournal();
    const { id: lost } = await deployTo(sb.endpoint, seedLab(), journal);
    const vpcId = journal.recordedResources(lost).find((r) => r.kind === "vpc")!.awsId!;
    journal.close();
    rmSync(dir, { recursive: true, force: true });
    const ids = { vpcId };
    const raw = labClients(sb);
    const untaggedVpc = (await raw.ec2.send(new CreateVpcCommand({ CidrBlock: "10.50.0.0/16" }))).Vpc!.VpcId!;
    const straySubnet = (await raw.ec2.send(new CreateSubnetCommand({ VpcId: ids.vpcId, CidrBlock: "192.168.9.0/24", AvailabilityZone: "ap-northeast-2a" }))).Subnet!.SubnetId!;
    const stray = (await raw.ec2.send(new RunInstancesCommand({ ImageId: LAB_AMI, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, SubnetId: straySubnet }))).Instances![0].InstanceId!;

    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    const groups = await findOrphans(port, new Set());
    expect(groups.map((g) => g.deploymentId)).toEqual([lost]);
    const [group] = groups;
    expect(group.hasJournal).toBe(false);
    expect(group.usdPerHour).toBeCloseTo(0.059 + 0.005 + 0.0225 + 3 * 0.013, 4);
    expect(group.resources.map((r) => r.awsId)).not.toContain(stray);
    expect(group.resources.map((r) => r.awsId)).not.toContain(straySubnet);

    const events: StepEvent[] = [];
    const timing = { ...timingFor({ kind: "sandbox" }, SCALE), dependency: { ...timingFor({ kind: "sandbox" }, SCALE).dependency, deadlineMs: 1_500 } };
    const result = await sweepGroup({ port, group, journal: memoryEntryLog(), timing, onEvent: (e) => events.push(e) });

    // Only the VPC stays: the stray subnet someone added keeps it, and is named as the blocker.
    expect(result.failures.map((f) => f.stepId)).toEqual(["delete:vpc:lab-vpc"]);
    const blocked = events.find((e) => e.type === "blocked" && e.stepId === "delete:vpc:lab-vpc");
    expect(blocked && blocked.type === "blocked" && blocked.blockers.map((b) => b.awsId)).toContain(straySubnet);
    expect(result.report.isNothingBillableLeft).toBe(true);
    expect(result.report.remaining.map((r) => r.kind)).toEqual(["vpc"]);

    const instances = await raw.ec2.send(new DescribeInstancesCommand({ InstanceIds: [stray] }));
    expect(instances.Reservations![0].Instances![0].State!.Name).toBe("running");
    const vpcs = await raw.ec2.send(new DescribeVpcsCommand({ VpcIds: [untaggedVpc] }));
    expect(vpcs.Vpcs).toHaveLength(1);
    expect(await findOrphans(port, new Set())).toEqual([expect.objectContaining({ deploymentId: lost, resources: [expect.objectContaining({ kind: "vpc" })] })]);
  });
});
