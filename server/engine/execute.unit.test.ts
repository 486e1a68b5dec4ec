import { describe, expect, it } from "vitest";
import type { Step } from "../../lib/plan/types";
import type { AwsPort } from "../aws/port";
import { makeExecute } from "./execute";
import { sandboxTiming } from "../aws/timing";

const FAST = { ...sandboxTiming(), backoffBaseMs: 1, backoffMaxMs: 2, retryDeadlineMs: 5_000, dependency: { baseMs: 1, maxMs: 2, deadlineMs: 5_000 } };

type Vpc = { VpcId: string; CidrBlock: string; Tags: Array<{ Key: string; Value: string }> };

/** Just enough EC2 for the VPC handler: a list of VPCs, and a CreateVpc whose answer can be lost. */
function vpcOnlyPort(loseFirstAnswers: number, failWith?: Error): AwsPort & { vpcs: Vpc[] } {
  const vpcs: Vpc[] = [];
  let lost = loseFirstAnswers;
  const matches = (vpc: Vpc, filters: Array<{ Name: string; Values: string[] }>) => filters.every((f) => vpc.Tags.some((t) => `tag:${t.Key}` === f.Name && f.Values.includes(t.Value)));
  const port = {
    vpcs,
    calls: 0,
    async ec2(action: string, input: Record<string, unknown>) {
      if (action === "DescribeVpcs") return { Vpcs: vpcs.filter((v) => matches(v, input.Filters as never)) };
      if (action !== "CreateVpc") throw new Error(`unexpected ${action}`);
      if (failWith) throw failWith;
      const specs = input.TagSpecifications as Array<{ Tags: Vpc["Tags"] }>;
      const vpc = { VpcId: `vpc-${vpcs.length + 1}`, CidrBlock: String(input.CidrBlock), Tags: specs[0].Tags };
      vpcs.push(vpc);
      if (lost-- > 0) throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      return { Vpc: vpc };
    },
  };
  return port as unknown as AwsPort & { vpcs: Vpc[] };
}

const step: Step = { id: "create:vpc:lab-vpc", action: "create", kind: "vpc", logicalId: "lab-vpc", inputs: {}, description: "" };
const run = (port: AwsPort) =>
  makeExecute({ port, direction: "create", designName: "lab", timing: FAST, resolveImage: async () => "ami-1" })(step, { name: "lab-vpc", cidr: "10.0.0.0/16" }, { signal: new AbortController().signal, deploymentId: "dep-1-a" });

describe("creating with recovery", () => {
  it.each([1, 2, 3])("adopts the VPC a lost answer created instead of making another (%i lost)", async (lost) => {
    const port = vpcOnlyPort(lost);
    expect(await run(port)).toEqual({ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" });
    expect(port.vpcs).toHaveLength(1);
  });

  it("tags the VPC with the deployment, logical id, design, name and this installation", async () => {
    const port = vpcOnlyPort(0);
    await run(port);
    expect(port.vpcs[0].Tags).toEqual([
      { Key: "vpcd:deployment", Value: "dep-1-a" },
      { Key: "vpcd:logical-id", Value: "lab-vpc" },
      { Key: "vpcd:design", Value: "lab" },
      { Key: "Name", Value: "lab-vpc" },
      { Key: "vpcd:installation", Value: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
  });

  it("does not retry a permanent error", async () => {
    const port = vpcOnlyPort(0, Object.assign(new Error("The maximum number of VPCs has been reached."), { name: "VpcLimitExceeded", $metadata: { httpStatusCode: 400 } }));
    await expect(run(port)).rejects.toMatchObject({ name: "VpcLimitExceeded" });
    expect(port.vpcs).toHaveLength(0);
  });
});

describe("deleting with recovery", () => {
  const deleteStep: Step = { id: "delete:vpc:lab-vpc", action: "delete", kind: "vpc", logicalId: "lab-vpc", inputs: {}, description: "" };
  const portFailing = (errors: Error[]) => {
    const calls: string[] = [];
    const port = {
      calls: 0,
      async ec2(action: string, input: { VpcId?: string }) {
        // Naming the blockers describes the VPC's parts; only the deletes are counted here.
        if (!action.startsWith("Delete")) return {};
        calls.push(`${action} ${input.VpcId}`);
        const next = errors.shift();
        if (next) throw next;
        return {};
      },
    } as unknown as AwsPort;
    return { port, calls };
  };
  const remove = (port: AwsPort) =>
    makeExecute({ port, direction: "destroy", designName: "lab", timing: FAST })(deleteStep, { awsId: "vpc-9" }, { signal: new AbortController().signal, deploymentId: "dep-1-a" });
  const awsError = (name: string) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400 } });

  it("retries DependencyViolation until the VPC goes", async () => {
    const { port, calls } = portFailing([awsError("DependencyViolation"), awsError("DependencyViolation")]);
    await expect(remove(port)).resolves.toEqual({ result: "deleted" });
    expect(calls).toEqual(["DeleteVpc vpc-9", "DeleteVpc vpc-9", "DeleteVpc vpc-9"]);
  });

  it("counts a VPC that is already gone as deleted", async () => {
    const { port, calls } = portFailing([awsError("InvalidVpcID.NotFound")]);
    await expect(remove(port)).resolves.toEqual({ result: "already-gone" });
    expect(calls).toHaveLength(1);
  });
});
