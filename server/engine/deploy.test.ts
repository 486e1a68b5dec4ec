import { DescribeInstancesCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeLoadBalancersCommand, DescribeListenersCommand, DescribeTargetHealthCommand, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { contains, parseCidr } from "../../lib/cidr";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { countByTag, deployTo, expectedCounts, tempJournal } from "../testing/engine-support";

const sb = sandboxPerFile({ timeScale: 0.01 });

describe("deploying the seed lab to the sandbox", () => {
  it("creates exactly the design: CIDRs, AZs, routes, associations, rules, instances and the ALB", async () => {
    const { journal } = tempJournal();
    const { id, result } = await deployTo(sb.endpoint, seedLab(), journal);
    expect(result.failures).toEqual([]);
    expect(result.status).toBe("complete");

    const ec2 = new EC2Client(sb.clientConfig());
    const elb = new ElasticLoadBalancingV2Client(sb.clientConfig());
    const Filters = [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [id] }];
    const logical = (tags?: Array<{ Key?: string; Value?: string }>) => tags?.find((t) => t.Key === TAG_LOGICAL_ID)?.Value;

    const vpcs = (await ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs ?? [];
    expect(vpcs.map((v) => v.CidrBlock)).toEqual(["192.168.0.0/16"]);
    const subnets = (await ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets ?? [];
    const subnetById = new Map(subnets.map((s) => [s.SubnetId!, logical(s.Tags)!]));
    expect(Object.fromEntries(subnets.map((s) => [logical(s.Tags), [s.CidrBlock, s.AvailabilityZone, s.MapPublicIpOnLaunch]]))).toEqual({
      "private-a": ["192.168.1.0/24", "ap-northeast-2a", false],
      "public-a": ["192.168.2.0/24", "ap-northeast-2a", true],
      "public-c": ["192.168.3.0/24", "ap-northeast-2c", true],
      "public-nat": ["192.168.4.0/24", "ap-northeast-2a", true],
    });

    const tables = (await ec2.send(new DescribeRouteTablesCommand({ Filters }))).RouteTables ?? [];
    const summary = Object.fromEntries(tables.map((t) => [logical(t.Tags), {
      routes: (t.Routes ?? []).filter((r) => r.DestinationCidrBlock === "0.0.0.0/0").map((r) => (r.GatewayId ?? r.NatGatewayId ?? "").split("-")[0]),
      subnets: (t.Associations ?? []).filter((a) => a.SubnetId).map((a) => subnetById.get(a.SubnetId!)).sort(),
    }]));
    expect(summary).toEqual({ "public-rt": { routes: ["igw"], subnets: ["public-a", "public-c", "public-nat"] }, "private-rt": { routes: ["nat"], subnets: ["private-a"] } });

    const sg = (await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups?.[0];
    expect((sg?.IpPermissions ?? []).map((p) => [p.IpProtocol, p.FromPort, p.IpRanges?.[0]?.CidrIp]).sort()).toEqual([["tcp", 22, "0.0.0.0/0"], ["tcp", 80, "0.0.0.0/0"]]);
    expect((sg?.IpPermissionsEgress ?? []).map((p) => [p.IpProtocol, p.IpRanges?.[0]?.CidrIp])).toEqual([["-1", "0.0.0.0/0"]]);

    const instances = ((await ec2.send(new DescribeInstancesCommand({ Filters }))).Reservations ?? []).flatMap((r) => r.Instances ?? []);
    expect(instances).toHaveLength(3);
    const design = seedLab();
    for (const instance of instances) {
      const subnet = design.subnets[design.instances[logical(instance.Tags) as "web-a"].subnetId];
      const cidr = parseCidr(subnet.cidr);
      const ip = parseCidr(`${instance.PrivateIpAddress}/32`);
      expect(cidr.ok && ip.ok && contains(cidr.value, ip.value)).toBe(true);
      expect(instance.State?.Name).toBe("running");
    }

    const lb = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers?.find((l) => l.LoadBalancerName?.startsWith("lab-alb-"));
    // The deploy does not wait for `active`; the ALB exists and is provisioning or active.
    expect(["provisioning", "active"]).toContain(lb?.State?.Code);
    expect(lb?.AvailabilityZones?.map((z) => subnetById.get(z.SubnetId!)).sort()).toEqual(["public-a", "public-c"]);
    const listener = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb?.LoadBalancerArn }))).Listeners ?? [];
    expect(listener.map((l) => l.Port)).toEqual([80]);
    const health = (await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: listener[0].DefaultActions?.[0]?.TargetGroupArn }))).TargetHealthDescriptions ?? [];
    const byInstance = new Map(instances.map((i) => [i.InstanceId, logical(i.Tags)]));
    expect(health.map((h) => byInstance.get(h.Target?.Id)).sort()).toEqual(["web-a", "web-c"]);

    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual(expectedCounts(design));
    journal.close();
  });
});
