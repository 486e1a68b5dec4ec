import { AllocateAddressCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import type { Step } from "../../lib/plan/types";
import { sdkPort } from "../aws/sdk-port";
import { timingFor } from "../aws/timing";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { makeExecute } from "./execute";

const sb = sandboxPerFile({ timeScale: 0.02 });

describe("a NAT gateway that AWS fails", () => {
  // A public NAT gateway needs an internet gateway on its VPC; without one AWS accepts the
  // create and the gateway then goes `failed` with FailureCode Gateway.NotAttached.
  it("ends the step with AWS's FailureCode and FailureMessage instead of waiting it out", async () => {
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.9.0.0/16" }))).Vpc!.VpcId!;
    const subnetId = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: "10.9.1.0/24", AvailabilityZone: "ap-northeast-2a" }))).Subnet!.SubnetId!;
    const allocationId = (await ec2.send(new AllocateAddressCommand({ Domain: "vpc" }))).AllocationId!;
    const step: Step = { id: "create:nat-gateway:lab-nat", action: "create", kind: "nat-gateway", logicalId: "lab-nat", inputs: {}, description: "" };
    const execute = makeExecute({ port: sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint }), direction: "create", designName: "lab", timing: timingFor({ kind: "sandbox" }, 0.02) });
    const started = Date.now();
    const outcome = execute(step, { name: "lab-nat", subnetId, allocationId }, { signal: new AbortController().signal, deploymentId: "dep-nat" });
    await expect(outcome).rejects.toMatchObject({ code: "Gateway.NotAttached", message: expect.stringContaining(`Network ${vpcId} has no Internet gateway attached`) });
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
