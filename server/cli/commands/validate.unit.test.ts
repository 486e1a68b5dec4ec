import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../../lib/templates";
import { vpcd } from "../../testing/cli-harness";

const dir = mkdtempSync(path.join(tmpdir(), "vpcd-validate-"));
const seedText = JSON.stringify(seedLab());

/** The seed lab as JSON text with one edit applied. */
function seedWith(edit: (d: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const d = JSON.parse(seedText);
  edit(d);
  return JSON.stringify(d);
}

describe.concurrent("vpcd validate on a good design", { timeout: 30_000 }, () => {
  it("prints findings grouped by severity with entity and path, and exits 0 for warnings only", async () => {
    const file = path.join(dir, "seed.json");
    writeFileSync(file, seedText);
    const { code, stdout } = await vpcd(["validate", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("Warnings (1)");
    expect(stdout).toContain("sg-admin-port-open  securityGroups.lab-sg.ingress.0 [lab-sg]");
    expect(stdout).not.toContain("Errors");
  });

  it("prints exactly {findings:[{ruleId, severity, entityIds, path, message}]} with --json", async () => {
    const { code, stdout } = await vpcd(["validate", "-", "--json"], seedText);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(["findings"]);
    expect(parsed.findings).toHaveLength(1);
    expect(Object.keys(parsed.findings[0])).toEqual(["ruleId", "severity", "entityIds", "path", "message"]);
    expect(parsed.findings[0]).toMatchObject({ ruleId: "sg-admin-port-open", severity: "warning", entityIds: ["lab-sg"] });
  });

  it("exits 1 when the design has errors, and speaks Korean with --lang ko", async () => {
    const overlapping = seedWith((d) => { d.subnets["public-c"].cidr = "192.168.2.128/25"; });
    const { code, stdout } = await vpcd(["validate", "-", "--lang", "ko"], overlapping);
    expect(code).toBe(1);
    expect(stdout).toContain("오류 (1)");
    expect(stdout).toContain("서브넷 public-c(192.168.2.128/25)가 같은 VPC의 서브넷 public-a(192.168.2.0/24)와 주소가 겹칩니다");
  });
});

const BAD_INPUTS: [what: string, text: string | Buffer, expected: string][] = [
  ["unparseable JSON", '{"schemaVersion": 1, "name": ', "not valid JSON"],
  ["a wrong schemaVersion", seedWith((d) => { d.schemaVersion = 7; }), "schemaVersion: this design was saved by a newer VPC Designer (schemaVersion 7)"],
  ["an unknown field", seedWith((d) => { d.subnets["public-a"].colour = "red"; }), 'subnets.public-a: unknown field "colour"'],
  ["a /33 prefix", seedWith((d) => { d.subnets["public-a"].cidr = "192.168.1.0/33"; }), "subnets.public-a.cidr: \"192.168.1.0/33\" has prefix /33"],
  ["a CIDR with three numbers", seedWith((d) => { d.subnets["public-a"].cidr = "192.168.1/24"; }), "subnets.public-a.cidr: \"192.168.1/24\" is not an IPv4 CIDR"],
  ["host bits set", seedWith((d) => { d.vpcs["lab-vpc"].cidr = "10.0.0.1/16"; }), "vpcs.lab-vpc.cidr: \"10.0.0.1/16\" has host bits set; did you mean 10.0.0.0/16?"],
  ["an octet above 255", seedWith((d) => { d.subnets["public-a"].cidr = "300.1.1.0/24"; }), "subnets.public-a.cidr: \"300.1.1.0/24\" has 300"],
  ["a 10 MB document", seedWith((d) => { d.instances["web-a"].userData = "x".repeat(10 * 1024 * 1024); }), "larger than 5 MB"],
  ["a missing field", seedWith((d) => { delete d.region; }), "region: required"],
  ["binary data", Buffer.from([0xff, 0xfe, 0x00, 0x81]), "not UTF-8 text"],
];

describe.concurrent("vpcd validate on bad input", { timeout: 30_000 }, () => {
  it.each(BAD_INPUTS)("names the problem in %s and exits 2 without a stack trace", async (_what, text, expected) => {
    const { code, stdout, stderr } = await vpcd(["validate", "-"], text);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a missing file and a missing argument with exit 2", async () => {
    const missing = await vpcd(["validate", path.join(dir, "nope.json")]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("no such file")]);
    const none = await vpcd(["validate"]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("usage: vpcd validate")]);
  });
});

describe.concurrent("vpcd validate on Korean security group text (AWS accepts only ASCII there)", { timeout: 30_000 }, () => {
  it("exits 1 naming the group description when it is Korean", async () => {
    const korean = seedWith((d) => { d.securityGroups["lab-sg"].description = "실습용 웹 보안 그룹"; });
    const { code, stdout } = await vpcd(["validate", "-"], korean);
    expect(code).toBe(1);
    expect(stdout).toContain("security-group-text-invalid  securityGroups.lab-sg.description [lab-sg]");
    expect(stdout).toContain("group description");
  });

  it("exits 1 naming the rule description when it is Korean, in Korean with --lang ko", async () => {
    const korean = seedWith((d) => { d.securityGroups["lab-sg"].ingress[0].description = "관리자 SSH 접속"; });
    const { code, stdout } = await vpcd(["validate", "-", "--lang", "ko"], korean);
    expect(code).toBe(1);
    expect(stdout).toContain("securityGroups.lab-sg.ingress.0.description");
    expect(stdout).toContain("인바운드 규칙 설명");
  });
});
