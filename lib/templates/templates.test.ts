import { describe, expect, it } from "vitest";
import { migrate } from "../design/migrate";
import { isPublicSubnet } from "../design/routing";
import { validateDesign } from "../rules";
import { getTemplate, listTemplates } from "./index";

describe("the template catalogue", () => {
  it("lists seed-lab, web-server and three-tier-ha with titles and descriptions", () => {
    const list = listTemplates();
    expect(list.map((t) => t.name)).toEqual(["seed-lab", "web-server", "three-tier-ha"]);
    for (const t of list) expect(t.title.length * t.description.length).toBeGreaterThan(0);
  });
  it("returns undefined for an unknown name and a fresh copy each time", () => {
    expect(getTemplate("nope")).toBeUndefined();
    expect(getTemplate("seed-lab")).not.toBe(getTemplate("seed-lab"));
  });
});

describe.each(listTemplates().map((t) => t.name))("template %s", (name) => {
  const design = getTemplate(name)!;
  it("loads through migrate unchanged (a JSON round trip)", () => {
    const loaded = migrate(JSON.parse(JSON.stringify(design)));
    expect(loaded).toEqual({ ok: true, design });
  });
  it("validates with no errors", () => {
    expect(validateDesign(design).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the seed lab", () => {
  it("has exactly one finding: port 22 open to the world, as a warning", () => {
    const findings = validateDesign(getTemplate("seed-lab")!);
    expect(findings.map((f) => [f.ruleId, f.severity, f.params.port])).toEqual([["sg-admin-port-open", "warning", 22]]);
  });
});

describe("the single web server", () => {
  it("has no findings at all and its one subnet is public", () => {
    const design = getTemplate("web-server")!;
    expect(validateDesign(design)).toEqual([]);
    expect(isPublicSubnet(design, "public-a" as never)).toBe(true);
  });
});

describe("the three-tier network", () => {
  const design = getTemplate("three-tier-ha")!;
  it("has no findings at all", () => {
    expect(validateDesign(design)).toEqual([]);
  });
  it("has public, app and data subnets in each of two AZs", () => {
    const byZone = new Map<string, string[]>();
    for (const s of Object.values(design.subnets)) byZone.set(s.availabilityZone, [...(byZone.get(s.availabilityZone) ?? []), s.name.split("-")[0]].sort());
    expect([...byZone.values()]).toEqual([["app", "data", "public"], ["app", "data", "public"]]);
  });
  it("routes each AZ's app subnet through a NAT gateway in that same AZ", () => {
    const natZones = Object.values(design.natGateways).map((n) => design.subnets[n.subnetId].availabilityZone).sort();
    expect(natZones).toEqual(["ap-northeast-2a", "ap-northeast-2c"]);
    for (const table of Object.values(design.routeTables)) {
      for (const route of table.routes) {
        if (route.target.kind !== "nat-gateway") continue;
        const nat = design.natGateways[route.target.natGatewayId];
        for (const subnetId of table.subnetIds) expect(design.subnets[subnetId].availabilityZone).toBe(design.subnets[nat.subnetId].availabilityZone);
      }
    }
  });
  it("puts the ALB in both public subnets and an app instance per AZ behind it", () => {
    const alb = Object.values(design.loadBalancers)[0];
    expect(alb.subnetIds.every((id) => isPublicSubnet(design, id))).toBe(true);
    const targets = Object.values(design.targetGroups)[0].targets.map((id) => design.subnets[design.instances[id].subnetId].availabilityZone);
    expect(new Set(targets).size).toBe(2);
  });
});
