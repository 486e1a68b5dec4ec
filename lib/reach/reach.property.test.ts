import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Design } from "../design/schema";
import { seed, tcpFrom } from "../testing/design-fixtures";
import { buildEnv } from "./env";
import { coversTraffic } from "./group-rules";
import { reach } from "./reach";
import { addOtherVpcWithInstance, webGroup } from "../testing/reach-cases";
import type { Protocol } from "./types";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const l = (d: Design) => d as unknown as Loose;

/** Mistakes a learner makes, applied in any order and any number. */
const EDITS: ((d: Design) => void)[] = [
  (d) => { l(d).securityGroups["lab-sg"].ingress = []; },
  (d) => { l(d).securityGroups["lab-sg"].egress = []; },
  (d) => { l(d).securityGroups["lab-sg"].egress = [tcpFrom(80, 80, "0.0.0.0/0")]; },
  (d) => { l(d).instances["web-a"].associatePublicIp = false; },
  (d) => { l(d).instances["app-a"].associatePublicIp = true; },
  (d) => { if (l(d).natGateways["lab-nat"]) l(d).natGateways["lab-nat"].elasticIpId = null; },
  (d) => { if (l(d).natGateways["lab-nat"]) l(d).natGateways["lab-nat"].subnetId = "private-a"; },
  (d) => { l(d).natGateways = {}; },
  (d) => { if (l(d).internetGateways["lab-igw"]) l(d).internetGateways["lab-igw"].vpcId = null; },
  (d) => { l(d).routeTables["public-rt"].subnetIds = ["public-a", "public-nat"]; },
  (d) => { l(d).routeTables["private-rt"].subnetIds.push("public-c"); },
  (d) => { l(d).routeTables["private-rt"].routes = []; },
  (d) => { l(d).routeTables["public-rt"].routes.push({ destination: "203.0.113.0/24", target: { kind: "nat-gateway", natGatewayId: "lab-nat" } }); },
  (d) => { l(d).routeTables["public-rt"].isMain = true; l(d).routeTables["private-rt"].subnetIds = []; },
  (d) => { l(d).loadBalancers["lab-alb"].scheme = "internal"; },
  (d) => { l(d).loadBalancers["lab-alb"].subnetIds = ["public-a"]; },
  (d) => { l(d).targetGroups["web-tg"].targets = ["web-a"]; },
  webGroup([tcpFrom(22, 22, "0.0.0.0/0")]),
  webGroup([{ protocol: "tcp", fromPort: 80, toPort: 80, peer: { kind: "security-group", securityGroupId: "lab-sg" }, description: "" }]),
  (d) => { l(d).instances["web-c"].securityGroupIds = []; },
];

const ENDS = ["internet", "web-a", "web-c", "app-a", "lab-alb", "public-a", "private-a", "public-nat", "other-i", "other-subnet"];
const PROTOCOLS: Protocol[] = ["tcp", "udp", "icmp"];

const scenario = fc.record({
  edits: fc.array(fc.nat(EDITS.length - 1), { maxLength: 6 }),
  from: fc.constantFrom(...ENDS),
  to: fc.constantFrom(...ENDS),
  protocol: fc.constantFrom(...PROTOCOLS),
  port: fc.constantFrom(22, 80, 443, 5432),
});

function build(edits: number[]): Design {
  return seed((d) => {
    addOtherVpcWithInstance(d);
    for (const i of edits) EDITS[i](d);
  });
}

describe("reach, for any combination of mistakes", () => {
  it("never says reachable when a hop on its path is blocked, and ends the path at its one blocker", () => {
    fc.assert(
      fc.property(scenario, ({ edits, from, to, protocol, port }) => {
        const result = reach(build(edits), { from, to, protocol, port });
        if (!result.ok) return;
        const { verdict, path, blockedAt } = result.answer;
        const blocked = path.filter((h) => h.isBlocked);
        if (verdict === "reachable") {
          expect(blocked).toEqual([]);
          expect(blockedAt).toBeNull();
        } else {
          expect(blocked).toHaveLength(1);
          expect(path[path.length - 1]).toBe(blocked[0]);
          expect(blockedAt).toMatchObject({ entityId: blocked[0].entityId, kind: blocked[0].kind });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with facts checked without it: public address and rules for a direct way in, rules for a way out", () => {
    fc.assert(
      fc.property(scenario, ({ edits, from, to, protocol, port }) => {
        const design = build(edits);
        const result = reach(design, { from, to, protocol, port });
        if (!result.ok || result.answer.verdict !== "reachable") return;
        const traffic = { protocol, port: protocol === "icmp" ? 0 : port };
        const groupsOf = (id: string) => (design.instances[id as never]?.securityGroupIds ?? []).map((g) => design.securityGroups[g]).filter(Boolean);
        const instance = design.instances[(from === "internet" ? to : from) as never];
        if (from === "internet" && instance && result.answer.via === "direct") {
          expect(instance.associatePublicIp).toBe(true);
          expect(groupsOf(to).some((g) => g.ingress.some((r) => coversTraffic(r, traffic)))).toBe(true);
        }
        if (from === "internet" && result.answer.via !== "direct") {
          expect(design.loadBalancers[result.answer.via as never].scheme).toBe("internet-facing");
        }
        if (to === "internet" && instance) {
          expect(groupsOf(from).some((g) => g.egress.some((r) => coversTraffic(r, traffic)))).toBe(true);
          if (!result.answer.path.some((h) => h.kind === "nat-gateway")) expect(instance.associatePublicIp).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same answer from a shared index as from the design itself", () => {
    fc.assert(
      fc.property(scenario, ({ edits, from, to, protocol, port }) => {
        const design = build(edits);
        expect(reach(buildEnv(design), { from, to, protocol, port })).toEqual(reach(design, { from, to, protocol, port }));
      }),
      { numRuns: 100 },
    );
  });
});
