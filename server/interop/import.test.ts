import { CreateSubnetCommand, CreateVpcCommand, DescribeImagesCommand, DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { loadDesignText } from "../../lib/design/migrate";
import { vpcd } from "../testing/cli-harness";
import { describe, expect, it } from "vitest";
import type { Design, SecurityGroupRule } from "../../lib/design/schema";
import { EXPORT_FORMATS, exportDesign } from "../../lib/export";
import { imageChoiceOf } from "../../lib/interop/to-design-compute";
import { validateDesign } from "../../lib/rules";
import { seedLab, threeTierHa } from "../../lib/templates";
import { sdkPort } from "../aws";
import { deployTo, tempJournal } from "../testing/engine-support";
import { SSM_IMAGE_PARAMETERS } from "../aws/images";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { importVpc, listVpcs } from "./import-vpc";

const sb = sandboxPerFile({ timeScale: 0.01 });

/** The image choice the sandbox's stand-in AMI for `choice` reads back as (it has no Ubuntu 24.04). */
async function sandboxReading(ec2: EC2Client, choice: string): Promise<string | undefined> {
  for (const pattern of choice === "ubuntu-24.04" ? ["ubuntu/images/*24.04*", "al2023-ami-2023*-x86_64"] : ["al2023-ami-2023*-x86_64"]) {
    const images = (await ec2.send(new DescribeImagesCommand({ Filters: [{ Name: "name", Values: [pattern] }] }))).Images ?? [];
    if (images.length) return imageChoiceOf(images[0].Name);
  }
  return undefined;
}

/** What must survive the round trip; descriptions of rules are compared apart (AWS keeps its own default egress rule). */
function comparable(design: Design, images: Record<string, string | undefined>) {
  const rule = (r: SecurityGroupRule) => ({ protocol: r.protocol, fromPort: r.fromPort, toPort: r.toPort, peer: r.peer });
  const sortedRules = (rules: SecurityGroupRule[]) => rules.map(rule).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    region: design.region,
    availabilityZones: [...design.availabilityZones].sort(),
    vpcs: design.vpcs,
    subnets: design.subnets,
    internetGateways: design.internetGateways,
    elasticIps: design.elasticIps,
    natGateways: design.natGateways,
    routeTables: Object.fromEntries(Object.entries(design.routeTables).filter(([, t]) => !t.isMain).map(([id, t]) => [id, { ...t, subnetIds: [...t.subnetIds].sort() }])),
    securityGroups: Object.fromEntries(Object.entries(design.securityGroups).map(([id, g]) => [id, { ...g, ingress: sortedRules(g.ingress), egress: sortedRules(g.egress) }])),
    instances: Object.fromEntries(Object.entries(design.instances).map(([id, i]) => [id, { ...i, image: images[i.image] ?? i.image, securityGroupIds: [...i.securityGroupIds].sort() }])),
    targetGroups: Object.fromEntries(Object.entries(design.targetGroups).map(([id, t]) => [id, { ...t, targets: [...t.targets].sort() }])),
    loadBalancers: Object.fromEntries(Object.entries(design.loadBalancers).map(([id, l]) => [id, { ...l, subnetIds: [...l.subnetIds].sort(), securityGroupIds: [...l.securityGroupIds].sort() }])),
  };
}

describe("importing a deployed VPC back", () => {
  for (const [name, template] of [["seed lab", seedLab], ["three-tier template", threeTierHa]] as const) {
    it(`gives a design equivalent to the ${name} that was deployed`, { timeout: 300_000 }, async () => {
      const original = template();
      const { journal } = tempJournal();
      // One step at a time: the second NAT gateway's find then runs after the first exists, which
      // once made it adopt the first (moto ignores tag filters on DescribeNatGateways).
      const { id, result } = await deployTo(sb.endpoint, original, journal, 1);
      expect(result.status).toBe("complete");
      const ec2 = new EC2Client(sb.clientConfig());
      const vpcId = (await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "tag:vpcd:deployment", Values: [id] }] }))).Vpcs![0].VpcId!;

      const port = sdkPort({ region: original.region, endpoint: sb.endpoint });
      try {
        expect((await listVpcs(port)).map((v) => v.vpcId)).toContain(vpcId);
        const { design, unsupported } = await importVpc(port, original.region, vpcId);
        expect(unsupported).toEqual([]);
        const images = Object.fromEntries(await Promise.all(Object.keys(SSM_IMAGE_PARAMETERS).map(async (c) => [c, await sandboxReading(ec2, c)] as const)));
        expect(comparable(design, images)).toEqual(comparable(original, images));
        // The VPC's main table comes along, marked as such, with nothing but the local route.
        expect(Object.values(design.routeTables).filter((t) => t.isMain).map((t) => [t.routes, t.subnetIds])).toEqual([[[], []]]);
        // What was imported validates, is laid out, and exports.
        expect(validateDesign(design).filter((f) => f.severity === "error")).toEqual([]);
        expect(Object.keys(design.layout)).toEqual(expect.arrayContaining(Object.keys(design.subnets)));
        for (const format of EXPORT_FORMATS) expect(exportDesign(design, format).length).toBeGreaterThan(0);
      } finally {
        port.close();
      }
    });
  }

  it("vpcd import prints the design of a VPC on an endpoint, and names a VPC that is not there", { timeout: 120_000 }, async () => {
    const ec2 = new EC2Client(sb.clientConfig());
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.9.0.0/16", TagSpecifications: [{ ResourceType: "vpc", Tags: [{ Key: "Name", Value: "hand-made" }] }] }))).Vpc!.VpcId!;
    await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: "10.9.1.0/24", AvailabilityZone: "ap-northeast-2a" }));
    const { code, stdout } = await vpcd(["import", "--region", "ap-northeast-2", "--vpc", vpcId, "--endpoint", sb.endpoint]);
    expect(code).toBe(0);
    const loaded = loadDesignText(stdout);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect([loaded.design.name, Object.values(loaded.design.vpcs).map((v) => v.cidr), Object.values(loaded.design.subnets).map((s) => s.cidr)]).toEqual(["hand-made", ["10.9.0.0/16"], ["10.9.1.0/24"]]);
    const missing = await vpcd(["import", "--region", "ap-northeast-2", "--vpc", "vpc-0000000000000000f", "--endpoint", sb.endpoint]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("vpc-0000000000000000f");
  });
});
