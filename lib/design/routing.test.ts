import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { effectiveRouteTable, isPublicSubnet, subnetEgress } from "./routing";
import type { Design } from "./schema";

const seed = (edit?: (d: Design) => void) => {
  const d = structuredClone(seedLab());
  edit?.(d);
  return d;
};

describe("public and private are derived from routing", () => {
  it("marks the seed lab's subnets by their routes, not by mapPublicIpOnLaunch", () => {
    const d = seed((x) => { x.subnets["private-a"].mapPublicIpOnLaunch = true; });
    expect(["private-a", "public-a", "public-c", "public-nat"].map((id) => isPublicSubnet(d, id as never))).toEqual([false, true, true, true]);
  });
  it("turns a public subnet private when its internet gateway is detached", () => {
    const d = seed((x) => { x.internetGateways["lab-igw"].vpcId = null; });
    expect(isPublicSubnet(d, "public-a" as never)).toBe(false);
  });
  it("falls back to the VPC's main table for a subnet with no association", () => {
    const d = seed((x) => {
      x.routeTables["private-rt"].subnetIds = [];
      x.routeTables["public-rt"].isMain = true;
    });
    expect(effectiveRouteTable(d, d.subnets["private-a"])?.id).toBe("public-rt");
    expect(isPublicSubnet(d, "private-a" as never)).toBe(true);
  });
  it("has no table and no egress when there is neither an association nor a main table", () => {
    const d = seed((x) => { x.routeTables["private-rt"].subnetIds = []; });
    expect(effectiveRouteTable(d, d.subnets["private-a"])).toBeUndefined();
    expect(subnetEgress(d, "private-a" as never)).toBe("none");
  });
  it("reports egress through the NAT gateway, and none once the NAT is gone", () => {
    expect(subnetEgress(seed(), "private-a" as never)).toBe("nat-gateway");
    expect(subnetEgress(seed(), "public-a" as never)).toBe("internet-gateway");
    expect(subnetEgress(seed((x) => { delete x.natGateways["lab-nat"]; }), "private-a" as never)).toBe("none");
  });
  it("does not count a route to another VPC's internet gateway", () => {
    const d = seed((x) => {
      x.vpcs["other"] = { id: "other" as never, name: "other", cidr: "10.0.0.0/16" };
      x.internetGateways["lab-igw"].vpcId = "other" as never;
    });
    expect(isPublicSubnet(d, "public-a" as never)).toBe(false);
  });
});
