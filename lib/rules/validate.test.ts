import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveRouteTable, isPublicSubnet, subnetEgress } from "../design/routing";
import type { Design } from "../design/schema";
import { listTemplates, getTemplate } from "../templates";
import { buildContext } from "./context";
import { hasErrors, validateDesign } from "./index";
import { seed } from "../testing/design-fixtures";

/** The same design with every collection's keys in reverse order. */
function reversed(design: Design): Design {
  const copy = structuredClone(design) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy)) {
    if (value && typeof value === "object" && !Array.isArray(value)) copy[key] = Object.fromEntries(Object.entries(value).reverse());
  }
  return copy as unknown as Design;
}

const broken = () =>
  seed((d) => {
    d.subnets["public-c"].cidr = "192.168.2.128/25";
    d.instances["app-a"].associatePublicIp = true;
    d.routeTables["private-rt"].subnetIds = [];
    d.natGateways["lab-nat"].elasticIpId = null;
  });

describe("validateDesign", () => {
  it("lists errors, then warnings, then info", () => {
    const ranks = validateDesign(broken()).map((f) => ["error", "warning", "info"].indexOf(f.severity));
    expect(ranks.length).toBeGreaterThan(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("gives the same findings in the same order whatever the key order of the document", () => {
    expect(validateDesign(reversed(broken()))).toEqual(validateDesign(broken()));
  });

  it("never fails on a half-drawn design full of dangling ids", () => {
    const d = seed((x) => {
      x.subnets["public-a"].vpcId = "ghost" as never;
      x.natGateways["lab-nat"].subnetId = "ghost" as never;
      x.loadBalancers["lab-alb"].listeners[0].targetGroupId = "ghost" as never;
      x.routeTables["private-rt"].routes[0] = { destination: "0.0.0.0/0", target: { kind: "nat-gateway", natGatewayId: "ghost" as never } };
      x.instances["web-a"].securityGroupIds = ["ghost" as never];
    });
    const findings = validateDesign(d);
    expect(hasErrors(findings)).toBe(true);
    expect(findings.filter((f) => f.ruleId === "reference-missing").length).toBeGreaterThanOrEqual(4);
  });
});

describe("the shared validation context", () => {
  const subnetIds = ["private-a", "public-a", "public-c", "public-nat"];
  const table = fc.constantFrom("public-rt", "private-rt");
  const edit = fc.record({
    detachIgw: fc.boolean(),
    mainTable: fc.option(table, { nil: undefined }),
    unassociate: fc.subarray(subnetIds),
    crossAssociate: fc.subarray(subnetIds),
    dropNat: fc.boolean(),
  });

  it("agrees with lib/design/routing on effective table, public and egress for every subnet", () => {
    fc.assert(
      fc.property(edit, (e) => {
        const d = seed((x) => {
          if (e.detachIgw) x.internetGateways["lab-igw"].vpcId = null;
          if (e.mainTable) x.routeTables[e.mainTable].isMain = true;
          for (const t of Object.values(x.routeTables)) t.subnetIds = t.subnetIds.filter((s) => !e.unassociate.includes(s));
          x.routeTables["private-rt"].subnetIds.push(...(e.crossAssociate as never[]));
          if (e.dropNat) delete x.natGateways["lab-nat"];
        });
        const ctx = buildContext(d);
        for (const subnet of Object.values(d.subnets)) {
          expect(ctx.effectiveTable(subnet.id)?.id).toBe(effectiveRouteTable(d, subnet)?.id);
          expect(ctx.isPublic(subnet.id)).toBe(isPublicSubnet(d, subnet.id));
          expect(ctx.egress(subnet.id)).toBe(subnetEgress(d, subnet.id));
        }
      }),
    );
  });

  it("matches routing on every template", () => {
    for (const { name } of listTemplates()) {
      const d = getTemplate(name)!;
      const ctx = buildContext(d);
      for (const subnet of Object.values(d.subnets)) expect(ctx.egress(subnet.id)).toBe(subnetEgress(d, subnet.id));
    }
  });
});

describe("an instance with no security group", () => {
  // Regression (issue 14): a dropped instance, never connected to a group, passed as "ready to deploy".
  it("is a warning that names the VPC's default group, in English and Korean", async () => {
    const { formatFinding } = await import("./format");
    const d = seed((x) => { x.instances["app-a"].securityGroupIds = []; });
    const found = validateDesign(d).filter((f) => f.ruleId === "instance-no-security-group");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", entityIds: ["app-a"], path: "instances.app-a.securityGroupIds" });
    expect(found[0].message).toMatch(/default group/);
    expect(found[0].message).toContain(d.vpcs[d.subnets[d.instances["app-a"].subnetId].vpcId].name);
    expect(formatFinding(found[0], "ko")).toContain("기본(default) 보안 그룹");
    expect(hasErrors(found)).toBe(false);
  });
});
