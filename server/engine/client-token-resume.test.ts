import { CreateSubnetCommand, CreateVpcCommand, DescribeInstancesCommand, EC2Client, TerminateInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import type { Step } from "../../lib/plan/types";
import { imageResolver } from "../aws/images";
import { sdkPort } from "../aws/sdk-port";
import { timingFor } from "../aws/timing";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { makeExecute } from "./execute";

const sb = sandboxPerFile({ timeScale: 0.02 });

describe("resuming an instance step after its instance was terminated outside the app", () => {
  // AWS keeps a ClientToken for at least a day and answers it with the original, now
  // terminated, instance (docs/aws-facts.md §7.3): the step must launch a fresh one.
  it("launches a new instance instead of adopting the terminated one, and adopts the new one on the next run", async () => {
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.8.0.0/16" }))).Vpc!.VpcId!;
    const subnetId = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: "10.8.1.0/24", AvailabilityZone: "ap-northeast-2a" }))).Subnet!.SubnetId!;
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    const execute = makeExecute({ port, direction: "create", designName: "lab", timing: timingFor({ kind: "sandbox" }, 0.02), resolveImage: imageResolver(port, true) });
    const step: Step = { id: "create:instance:web-a", action: "create", kind: "instance", logicalId: "web-a", inputs: {}, description: "" };
    const run = () => execute(step, { name: "web-a", image: "amazon-linux-2023", instanceType: "t3.micro", subnetId, securityGroupIds: [] }, { signal: new AbortController().signal, deploymentId: "dep-token" });

    const first = (await run()).InstanceId;
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [first] }));
    const second = (await run()).InstanceId;
    expect(second).not.toBe(first);
    const state = async (id: string) => (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]?.Instances?.[0]?.State?.Name;
    expect(await state(second)).toBe("running");
    expect(await run()).toMatchObject({ InstanceId: second });
  });
});
