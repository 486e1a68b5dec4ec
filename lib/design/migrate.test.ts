import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { describeLoadIssues, loadDesignText, MAX_DESIGN_BYTES, migrate } from "./migrate";

const seedText = JSON.stringify(seedLab());

/** Loads the seed lab with one edit and returns the issues (empty when it loads). */
function issuesAfter(edit: (d: Record<string, any>) => void) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const raw = JSON.parse(seedText);
  edit(raw);
  const result = migrate(raw);
  return result.ok ? [] : result.issues;
}

describe("migrate accepts", () => {
  it("the seed lab and returns it unchanged", () => {
    expect(migrate(JSON.parse(seedText))).toEqual({ ok: true, design: seedLab() });
  });
  it("a document without optional fields, filling their defaults", () => {
    const result = migrate(JSON.parse(seedText, (key, value) => (key === "userData" || key === "description" ? undefined : value)));
    expect(result.ok && result.design.instances["web-a"].userData).toBe("");
  });
});

describe("migrate names the field for each bad input", () => {
  it.each([
    ["a wrong schemaVersion", (d: Record<string, any>) => { d.schemaVersion = 2; }, "schemaVersion", /newer VPC Designer/], // eslint-disable-line @typescript-eslint/no-explicit-any
    ["a schemaVersion written as text", (d) => { d.schemaVersion = "1"; }, "schemaVersion", /must be 1 \(got "1"\)/],
    ["no schemaVersion", (d) => { delete d.schemaVersion; }, "schemaVersion", /got nothing/],
    ["an unknown field in an entity", (d) => { d.subnets["public-a"].colour = "red"; }, "subnets.public-a", /unknown field "colour"/],
    ["an unknown top-level field", (d) => { d.owner = "me"; }, "", /unknown field "owner"/],
    ["a /33 prefix", (d) => { d.subnets["public-a"].cidr = "192.168.1.0/33"; }, "subnets.public-a.cidr", /prefix \/33/],
    ["a three-number CIDR", (d) => { d.subnets["public-a"].cidr = "192.168.1/24"; }, "subnets.public-a.cidr", /not an IPv4 CIDR/],
    ["host bits", (d) => { d.vpcs["lab-vpc"].cidr = "10.0.0.1/16"; }, "vpcs.lab-vpc.cidr", /did you mean 10\.0\.0\.0\/16\?/],
    ["an octet of 300", (d) => { d.subnets["public-a"].cidr = "300.1.1.0/24"; }, "subnets.public-a.cidr", /has 300/],
    ["a bad CIDR inside a route", (d) => { d.routeTables["public-rt"].routes[0].destination = "0.0.0.0/33"; }, "routeTables.public-rt.routes.0.destination", /prefix/],
    ["a missing field", (d) => { delete d.subnets["public-a"].availabilityZone; }, "subnets.public-a.availabilityZone", /^required/],
    ["a field of the wrong type", (d) => { d.instances["web-a"].associatePublicIp = "yes"; }, "instances.web-a.associatePublicIp", /expected boolean, got string/],
    ["a key that is not the entity's id", (d) => { d.vpcs["lab-vpc"].id = "other"; }, "vpcs.lab-vpc.id", /must equal its key/],
    ["an id used in two collections", (d) => { d.elasticIps["lab-vpc"] = { id: "lab-vpc", name: "x" }; }, "elasticIps.lab-vpc", /already used in vpcs/],
    ["an id with capitals", (d) => { d.vpcs["Lab"] = { ...d.vpcs["lab-vpc"], id: "Lab" }; }, "vpcs.Lab.id", /lowercase/],
    ["a port above 65535", (d) => { d.securityGroups["lab-sg"].ingress[0].toPort = 70000; }, "securityGroups.lab-sg.ingress.0.toPort", /.+/],
    ["fromPort above toPort", (d) => { d.securityGroups["lab-sg"].ingress[0].fromPort = 23; }, "securityGroups.lab-sg.ingress.0.toPort", /fromPort must not be greater/],
  ])("%s", (_what, edit, path, message) => {
    const issues = issuesAfter(edit);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toMatch(message);
  });

  it("refuses what is not an object", () => {
    for (const raw of [null, [], "design", 42]) expect(migrate(raw)).toMatchObject({ ok: false, issues: [{ path: "" }] });
  });
});

describe("loadDesignText", () => {
  it("reports unparseable JSON with its line and column", () => {
    const result = loadDesignText('{\n  "schemaVersion": 1,\n  "name": \n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0].message).toBe("not valid JSON: line 4, column 1 (in name): expected a value (a string in double quotes, a number, true, false, null, an object or a list)");
  });
  it("refuses a 10 MB document before parsing it, giving its size and the limit", () => {
    const huge = `{"schemaVersion":1,"name":"${"x".repeat(10 * 1024 * 1024)}"}`;
    const result = loadDesignText(huge);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0].message).toBe(`the document is 10.0 MB; a design may be at most ${MAX_DESIGN_BYTES / 1024 / 1024} MB`);
  });
  it("describes issues one per line with their paths", () => {
    expect(describeLoadIssues([{ path: "vpcs.a.cidr", message: "bad" }, { path: "", message: "worse" }])).toBe("vpcs.a.cidr: bad\nworse");
  });
  it("never throws, whatever JSON it is given", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadDesignText(JSON.stringify(value) ?? "null");
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});
