import { describe, expect, it } from "vitest";
import { COMPUTE_CASES } from "../testing/compute-cases";
import { RULES } from "./index";
import { NETWORK_CASES } from "../testing/network-cases";
import { azNotInRegion } from "./az-not-in-region";
import { sgAdminPortOpen } from "./security-groups";
import { edited, seed, tcpFrom } from "../testing/design-fixtures";

const CASES = [...NETWORK_CASES, ...COMPUTE_CASES];

describe("the rule table", () => {
  it("has a firing and a non-firing case for every rule in RULES", () => {
    expect(CASES.map((c) => c.rule.id).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it("uses stable kebab-case ids, each once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe.each(CASES.map((c) => [c.rule.id, c] as const))("rule %s", (_id, c) => {
  const base = c.base ?? (() => seed());
  it("fires on a design that breaks it, naming the entities involved", () => {
    const findings = c.rule.check(edited(base, c.fire));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === c.rule.id && f.severity === c.rule.severity && f.message.length > 0)).toBe(true);
    expect(findings.flatMap((f) => f.entityIds)).toEqual(expect.arrayContaining(c.entities));
  });
  it("stays quiet on the clean template and its near miss", () => {
    expect(c.rule.check(base())).toEqual([]);
    if (c.near) expect(c.rule.check(edited(base, c.near))).toEqual([]);
  });
});

describe("availability zones in a region outside the catalogue", () => {
  it("accepts the region's own zone names and rejects another region's", () => {
    const ok = seed((d) => { d.region = "sa-east-1"; d.availabilityZones = ["sa-east-1a"]; for (const s of Object.values(d.subnets)) s.availabilityZone = "sa-east-1a"; });
    expect(azNotInRegion.check(ok)).toEqual([]);
    const bad = seed((d) => { d.region = "sa-east-1"; d.availabilityZones = ["sa-east-1a"]; });
    expect(azNotInRegion.check(bad).map((f) => f.path)).toContain("subnets.public-a.availabilityZone");
  });
});

describe("world-open admin ports", () => {
  it("cites Security Hub EC2.13 for SSH and EC2.14 for RDP, once per port", () => {
    const d = seed((x) => { x.securityGroups["lab-sg"].ingress = [{ ...tcpFrom(0, 0, "0.0.0.0/0"), protocol: "all" }]; });
    const messages = sgAdminPortOpen.check(d).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("EC2.13");
    expect(messages[1]).toContain("EC2.14");
  });
});
