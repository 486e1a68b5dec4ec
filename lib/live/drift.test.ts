import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { formatRule, securityGroupDrift } from "./drift";
import { liveText } from "./text";

describe("rule drift", () => {
  it("spells an ICMP rule without ports, so the design's rule and AWS's -1/-1 agree", () => {
    expect(formatRule({ protocol: "icmp", fromPort: 0, toPort: 65535, peer: "10.0.0.0/8" }, "from")).toBe("icmp from 10.0.0.0/8");
    expect(formatRule({ protocol: "icmp", fromPort: -1, toPort: -1, peer: "10.0.0.0/8" }, "from")).toBe("icmp from 10.0.0.0/8");
    expect(formatRule({ protocol: "tcp", fromPort: 22, toPort: 22, peer: "0.0.0.0/0" }, "from")).toBe("tcp 22 from 0.0.0.0/0");
    expect(formatRule({ protocol: "-1", fromPort: 0, toPort: 65535, peer: "0.0.0.0/0" }, "to")).toBe("all to 0.0.0.0/0");
  });

  // Regression: a deployed ICMP rule (the plan sends -1/-1) read as "removed" and "added".
  it("finds no drift for an ICMP rule AWS reports as every type", () => {
    const design = seedLab();
    const group = design.securityGroups["lab-sg"];
    const icmp = { protocol: "icmp" as const, fromPort: 0, toPort: 65535, peer: { kind: "cidr" as const, cidr: "10.0.0.0/8" }, description: "" };
    const withIcmp = { ...design, securityGroups: { ...design.securityGroups, "lab-sg": { ...group, ingress: [...group.ingress, icmp] } } };
    const aws = [...group.ingress.map((r) => ({ protocol: r.protocol, fromPort: r.fromPort, toPort: r.toPort, peer: r.peer.kind === "cidr" ? r.peer.cidr : "" })), { protocol: "icmp", fromPort: -1, toPort: -1, peer: "10.0.0.0/8" }];
    const egress = group.egress.map((r) => ({ protocol: r.protocol === "all" ? "-1" : r.protocol, fromPort: r.fromPort, toPort: r.toPort, peer: r.peer.kind === "cidr" ? r.peer.cidr : "" }));
    expect(securityGroupDrift(withIcmp, "lab-sg", {}, aws, egress)).toEqual([]);
    expect(securityGroupDrift(withIcmp, "lab-sg", {}, aws.slice(0, -1), egress)).toEqual([liveText("driftRule", { direction: "inbound", change: "removed", protocol: "icmp", ports: "", peer: "10.0.0.0/8" })]);
  });
});
