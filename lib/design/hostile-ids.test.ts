import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePlan } from "../plan";
import { hasErrors, validateDesign } from "../rules";
import { seedLab } from "../templates";
import { migrate } from "./migrate";

/** Names every plain object inherits: a lookup `design.vpcs[id]` finds them unless it asks for own properties. */
const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty", "prototype", "valueOf", "isPrototypeOf", "__defineGetter__"];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Places in the seed lab that refer to another entity by id. */
const REFERENCES: Array<[string, (d: Json, id: string) => void]> = [
  ["a subnet's VPC", (d, id) => { d.subnets["public-a"].vpcId = id; }],
  ["an instance's subnet", (d, id) => { d.instances["web-a"].subnetId = id; }],
  ["an instance's security group", (d, id) => { d.instances["web-a"].securityGroupIds = [id]; }],
  ["a route table's subnet", (d, id) => { d.routeTables["public-rt"].subnetIds = [id]; }],
  ["a route table's VPC", (d, id) => { d.routeTables["public-rt"].vpcId = id; }],
  ["a NAT gateway's subnet", (d, id) => { d.natGateways["lab-nat"].subnetId = id; }],
  ["a NAT gateway's Elastic IP", (d, id) => { d.natGateways["lab-nat"].elasticIpId = id; }],
  ["a load balancer's subnet", (d, id) => { d.loadBalancers["lab-alb"].subnetIds[0] = id; }],
  ["a load balancer's security group", (d, id) => { d.loadBalancers["lab-alb"].securityGroupIds = [id]; }],
  ["a security group's VPC", (d, id) => { d.securityGroups["lab-sg"].vpcId = id; }],
  ["an internet gateway's VPC", (d, id) => { d.internetGateways["lab-igw"].vpcId = id; }],
];

function load(edit: (d: Json) => void) {
  const raw = JSON.parse(JSON.stringify(seedLab())) as Json;
  edit(raw);
  // Through text, as a saved file arrives: JSON.parse makes "__proto__" an own key.
  return migrate(JSON.parse(JSON.stringify(raw)));
}

describe("ids that name Object.prototype's members", () => {
  it("are a finding (or a refusal to load) wherever a reference uses one, never a crash or a silent match", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFERENCES), fc.constantFrom(...INHERITED), ([, edit], id) => {
        const loaded = load((d) => edit(d, id));
        if (!loaded.ok) return loaded.issues.length > 0;
        const findings = validateDesign(loaded.design);
        expect(hasErrors(findings)).toBe(true);
        expect(compilePlan(loaded.design).ok).toBe(false);
        return true;
      }),
      { numRuns: REFERENCES.length * INHERITED.length * 2 },
    );
  });

  it("work as ordinary ids when the entity really exists", () => {
    for (const id of ["constructor", "prototype", "valueof"]) {
      const loaded = load((d) => {
        d.subnets[id] = { ...d.subnets["public-c"], id, cidr: "192.168.9.0/24" };
        d.routeTables["public-rt"].subnetIds.push(id);
      });
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) continue;
      expect(() => validateDesign(loaded.design)).not.toThrow();
      const plan = compilePlan(loaded.design);
      expect(plan.ok).toBe(true);
    }
  });

  it("refuse an entity or layout keyed __proto__ with an issue naming it", () => {
    for (const section of ["subnets", "layout"]) {
      const text = JSON.stringify({ ...seedLab(), [section]: {} }).replace(`"${section}":{}`, `"${section}":{"__proto__":{"x":1}}`);
      const loaded = migrate(JSON.parse(text));
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.issues.map((i) => i.path).join(" ")).toContain(section);
    }
  });
});
