import { describe, expect, it } from "vitest";
import { Clocks } from "./clocks";
import { rewriteAlbStates, rewriteInstanceStates, rewriteNatStates, takeFilter } from "./state-rewrites";

const clocks = () => new Clocks(1, () => 0);

describe("takeFilter", () => {
  it("removes the named filter, renumbers the rest and returns its values", () => {
    const params = new URLSearchParams(
      "Action=DescribeInstances&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.2.Name=instance-state-name&Filter.2.Value.1=running&Filter.2.Value.2=pending&Filter.3.Name=tag:a&Filter.3.Value.1=b",
    );
    const { params: rest, values } = takeFilter(params, "instance-state-name");
    expect(values).toEqual(["running", "pending"]);
    expect(rest.toString()).toBe("Action=DescribeInstances&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.2.Name=tag%3Aa&Filter.2.Value.1=b");
  });

  it("leaves the request alone when the filter is absent", () => {
    const params = new URLSearchParams("Action=DescribeInstances&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1");
    expect(takeFilter(params, "instance-state-name")).toEqual({ params });
  });
});

describe("state rewrites", () => {
  it("rewrites a launched instance to pending with code 0 and filters by the rewritten state", () => {
    const c = clocks();
    c.instanceLaunched("i-1");
    const xml = "<x><reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-1</instanceId><instanceState><code>16</code><name>running</name></instanceState></item></instancesSet></item></reservationSet></x>";
    expect(rewriteInstanceStates(xml, c)).toContain("<instanceState><code>0</code><name>pending</name></instanceState>");
    expect(rewriteInstanceStates(xml, c, ["running"])).toBe("<x><reservationSet></reservationSet></x>");
  });

  it("rewrites the single NAT gateway of a create answer and the items of a describe", () => {
    const c = clocks();
    c.natCreated("nat-1");
    expect(rewriteNatStates("<R><natGateway><natGatewayId>nat-1</natGatewayId><state>available</state></natGateway></R>", c)).toContain("<state>pending</state>");
    const described = "<R><natGatewaySet><item><natGatewayId>nat-1</natGatewayId><state>available</state></item></natGatewaySet></R>";
    expect(rewriteNatStates(described, c)).toContain("<state>pending</state>");
    expect(rewriteNatStates(described, c, ["available"])).not.toContain("nat-1");
  });

  it("holds a new ALB at provisioning", () => {
    const c = clocks();
    c.albCreated({ arn: "arn:1", name: "a", subnetIds: [], securityGroupIds: [], internetFacing: true });
    const xml = "<LoadBalancers><member><LoadBalancerArn>arn:1</LoadBalancerArn><State><Code>active</Code></State><AvailabilityZones><member><SubnetId>s</SubnetId></member></AvailabilityZones></member></LoadBalancers>";
    expect(rewriteAlbStates(xml, c)).toContain("<State><Code>provisioning</Code></State>");
  });
});
