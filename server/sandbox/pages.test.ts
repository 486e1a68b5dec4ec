import { CreateVpcCommand, DescribeVpcsCommand, paginateDescribeVpcs } from "@aws-sdk/client-ec2";
import { CreateTargetGroupCommand, DescribeTargetGroupsCommand, paginateDescribeTargetGroups } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE } from "./rules/pages";
import { useSandbox } from "../testing/sandbox-harness";
import { awsFailure } from "../testing/expect";
import { labClients } from "../testing/lab";

describe("Describe answers come in pages, as on AWS (docs/aws-facts.md §13.6)", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  async function vpcs(count: number) {
    const { ec2 } = labClients(sb);
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) ids.push((await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${i}.0.0/16`, TagSpecifications: [{ ResourceType: "vpc", Tags: [{ Key: "set", Value: "paged" }] }] }))).Vpc!.VpcId!);
    return { ec2, ids };
  }

  it(`gives ${DEFAULT_PAGE_SIZE} VPCs and a NextToken by default; a caller that follows tokens sees every VPC`, async () => {
    const { ec2, ids } = await vpcs(12);
    const Filters = [{ Name: "tag:set", Values: ["paged"] }];
    const first = await ec2.send(new DescribeVpcsCommand({ Filters }));
    expect(first.Vpcs).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(first.NextToken).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateDescribeVpcs({ client: ec2 }, { Filters })) seen.push(...(page.Vpcs ?? []).map((v) => v.VpcId!));
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it("honours a smaller MaxResults, answers explicit ids in full, and refuses a token from another request", async () => {
    const { ec2, ids } = await vpcs(7);
    expect((await ec2.send(new DescribeVpcsCommand({ MaxResults: 3, Filters: [{ Name: "tag:set", Values: ["paged"] }] }))).Vpcs).toHaveLength(3);
    expect((await ec2.send(new DescribeVpcsCommand({ VpcIds: ids }))).Vpcs).toHaveLength(7);
    const token = (await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "tag:set", Values: ["paged"] }] }))).NextToken!;
    expect((await awsFailure(ec2.send(new DescribeVpcsCommand({ NextToken: token })))).code).toBe("InvalidParameterValue");
  });

  it("pages ELBv2 with NextMarker, and pages nothing when the page size is 0", async () => {
    const { ec2, elb } = labClients(sb);
    const VpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }))).Vpc!.VpcId!;
    for (let i = 0; i < 7; i += 1) await elb.send(new CreateTargetGroupCommand({ Name: `tg-${i}`, Protocol: "HTTP", Port: 80, VpcId }));
    const first = await elb.send(new DescribeTargetGroupsCommand({}));
    expect(first.TargetGroups).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(first.NextMarker).toBeTruthy();
    const names: string[] = [];
    for await (const page of paginateDescribeTargetGroups({ client: elb }, {})) names.push(...(page.TargetGroups ?? []).map((t) => t.TargetGroupName!));
    expect(names.sort()).toEqual(["tg-0", "tg-1", "tg-2", "tg-3", "tg-4", "tg-5", "tg-6"]);
    await sb.sandbox.configure({ pageSize: 0 });
    const all = await elb.send(new DescribeTargetGroupsCommand({}));
    expect(all.TargetGroups).toHaveLength(7);
    expect(all.NextMarker).toBeUndefined();
  });
});
