import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../../lib/templates";
import { vpcd } from "../../testing/cli-harness";

const dir = mkdtempSync(path.join(tmpdir(), "vpcd-reach-"));
const seedText = JSON.stringify(seedLab());
const seedFile = path.join(dir, "seed.json");
writeFileSync(seedFile, seedText);

/** The seed lab as JSON text with one edit applied. */
function seedWith(edit: (d: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const d = JSON.parse(seedText);
  edit(d);
  return JSON.stringify(d);
}

describe.concurrent("vpcd reach answers", { timeout: 30_000 }, () => {
  it("prints exactly {verdict, path[{entityId, kind, note}], blockedAt} with --json for a reachable path", async () => {
    const { code, stdout } = await vpcd(["reach", seedFile, "--from", "internet", "--to", "web-a", "--port", "80", "--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(["verdict", "path", "blockedAt"]);
    expect(parsed.verdict).toBe("reachable");
    expect(parsed.blockedAt).toBeNull();
    expect(parsed.path.map((h: { entityId: string }) => h.entityId)).toEqual(["internet", "lab-igw", "lab-sg", "public-rt", "web-a"]);
    for (const hop of parsed.path) expect(Object.keys(hop)).toEqual(["entityId", "kind", "note"]);
  });

  it("names the blocker with its Reachability Analyzer code and exits 0 for a blocked path", async () => {
    const { code, stdout } = await vpcd(["reach", "-", "--from", "internet", "--to", "app-a", "--port", "22", "--json"], seedText);
    expect(code).toBe(0);
    const { verdict, blockedAt } = JSON.parse(stdout);
    expect(verdict).toBe("blocked");
    expect(Object.keys(blockedAt)).toEqual(["entityId", "kind", "code", "reason"]);
    expect(blockedAt).toMatchObject({ entityId: "app-a", kind: "instance", code: "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS" });
    expect(blockedAt.reason).toContain("no public IPv4 address");
  });

  it("answers a design with error findings too: that is when a learner asks", async () => {
    const natInPrivate = seedWith((d) => { d.natGateways["lab-nat"].subnetId = "private-a"; });
    const { code, stdout } = await vpcd(["reach", "-", "--from", "app-a", "--to", "internet", "--port", "443", "--json"], natInPrivate);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).blockedAt).toMatchObject({ entityId: "lab-nat", code: "nat-in-private-subnet" });
  });

  it("prints the path as text, with the network ACL assumption, in Korean with --lang ko", async () => {
    const { code, stdout } = await vpcd(["reach", seedFile, "--from", "app-a", "--to", "internet", "--port", "443", "--lang", "ko"]);
    expect(code).toBe(0);
    expect(stdout).toContain("app-a → internet  tcp/443: 도달 가능");
    expect(stdout).toMatch(/4 lab-nat\s+서브넷 public-nat의 NAT 게이트웨이 lab-nat/);
    expect(stdout).toContain("기본 네트워크 ACL(양방향 모두 허용)을 가정합니다");
  });

  it("says through which load balancer a target is reached, and speaks udp and icmp", async () => {
    const noPublicIp = seedWith((d) => { d.instances["web-a"].associatePublicIp = false; });
    const viaAlb = await vpcd(["reach", "-", "--from", "internet", "--to", "web-a"], noPublicIp);
    expect([viaAlb.code, viaAlb.stdout]).toEqual([0, expect.stringContaining("reachable (through load balancer lab-alb)")]);
    const icmp = await vpcd(["reach", seedFile, "--from", "app-a", "--to", "internet", "--protocol", "icmp", "--json"]);
    expect(JSON.parse(icmp.stdout).verdict).toBe("reachable");
  });
});

const BAD: [what: string, args: string[], stdin: string | undefined, expected: string][] = [
  ["an unknown entity", ["--from", "internet", "--to", "nope"], seedText, '--to: no entity has the id "nope"'],
  ["a route table as an end", ["--from", "public-rt", "--to", "internet"], seedText, '--from: "public-rt" is in routeTables'],
  ["a missing --to", ["--from", "internet"], seedText, "--from and --to are both required"],
  ["port 70000", ["--from", "internet", "--to", "web-a", "--port", "70000"], seedText, "--port must be a whole number from 1 to 65535"],
  ["protocol sctp", ["--from", "internet", "--to", "web-a", "--protocol", "sctp"], seedText, "--protocol must be tcp, udp or icmp"],
  ["something that is not a design", ["--from", "internet", "--to", "web-a"], '{"hello": 1}', "is not a valid design"],
  ["unparseable JSON", ["--from", "internet", "--to", "web-a"], '{"schemaVersion": 1,', "not valid JSON"],
];

describe.concurrent("vpcd reach on bad input", { timeout: 30_000 }, () => {
  it.each(BAD)("explains %s and exits 2", async (_what, args, stdin, expected) => {
    const { code, stdout, stderr } = await vpcd(["reach", "-", ...args], stdin);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a missing file", async () => {
    const { code, stderr } = await vpcd(["reach", path.join(dir, "nope.json"), "--from", "internet", "--to", "web-a"]);
    expect([code, stderr]).toEqual([2, expect.stringContaining("no such file")]);
  });
});
