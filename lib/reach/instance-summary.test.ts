import { describe, expect, it } from "vitest";
import { seed, tcpFrom } from "../testing/design-fixtures";
import { instanceSummary, mergeRanges } from "./instance-summary";
import { webGroup } from "../testing/reach-cases";

describe("instanceSummary on the seed lab", () => {
  it("a public web server: 22 and 80 directly, 80 through the ALB, out through the internet gateway", () => {
    expect(instanceSummary(seed(), "web-a")).toEqual({
      instanceId: "web-a",
      directPorts: [{ fromPort: 22, toPort: 22 }, { fromPort: 80, toPort: 80 }],
      viaLoadBalancer: [{ loadBalancerId: "lab-alb", port: 80, targetPort: 80 }],
      internet: { verdict: "reachable", via: { kind: "internet-gateway", id: "lab-igw" }, blockedAt: null },
    });
  });

  it("the private app server: nothing from the Internet, out through the NAT gateway", () => {
    expect(instanceSummary(seed(), "app-a")).toMatchObject({ directPorts: [], viaLoadBalancer: [], internet: { verdict: "reachable", via: { kind: "nat-gateway", id: "lab-nat" } } });
  });

  it("a target that admits only the ALB's group is reachable only through the ALB", () => {
    const design = seed(webGroup([{ protocol: "tcp", fromPort: 80, toPort: 80, peer: { kind: "security-group", securityGroupId: "lab-sg" }, description: "" }]));
    expect(instanceSummary(design, "web-c")).toMatchObject({ directPorts: [], viaLoadBalancer: [{ loadBalancerId: "lab-alb", port: 80 }] });
  });

  it("a private subnet without a NAT route says why it cannot get out", () => {
    const design = seed((d) => { d.routeTables["private-rt" as never].routes = []; });
    expect(instanceSummary(design, "app-a")?.internet).toMatchObject({ verdict: "blocked", via: null, blockedAt: { entityId: "private-rt", code: "NO_ROUTE_TO_DESTINATION" } });
  });

  it("merges port ranges and ignores rules that admit only private addresses", () => {
    const design = seed((d) => { d.securityGroups["lab-sg" as never].ingress.push(tcpFrom(81, 90, "0.0.0.0/0"), tcpFrom(3306, 3306, "192.168.0.0/16")); });
    expect(instanceSummary(design, "web-a")?.directPorts).toEqual([{ fromPort: 22, toPort: 22 }, { fromPort: 80, toPort: 90 }]);
    expect(mergeRanges([{ fromPort: 5, toPort: 9 }, { fromPort: 1, toPort: 3 }, { fromPort: 4, toPort: 4 }])).toEqual([{ fromPort: 1, toPort: 9 }]);
  });

  it("is undefined for anything that is not an instance", () => {
    expect(instanceSummary(seed(), "public-a")).toBeUndefined();
  });
});
