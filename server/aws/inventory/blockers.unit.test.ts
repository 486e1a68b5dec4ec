import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ko from "../../../components/i18n/messages/ko/live.json";
import { CLEANUP_TEXTS_EN } from "../../../lib/cleanup/text";
import { withParticles } from "../../../lib/i18n/particles";
import { LIVE_TEXTS_EN } from "../../../lib/live/text";
import { english } from "../../util/english";
import type { AwsPort } from "../port";
import { findBlockers, type Blocker } from "./blockers";

/** What AWS would answer in a half-deleted lab with something of everything, whatever the filter. */
const ANSWERS: Record<string, unknown> = {
  DescribeNetworkInterfaces: {
    NetworkInterfaces: [
      { NetworkInterfaceId: "eni-a", Status: "in-use", Attachment: { InstanceId: "i-a" } },
      { NetworkInterfaceId: "eni-b", Status: "in-use", Description: "ELB app/lab-alb/1" },
      { NetworkInterfaceId: "eni-c", Status: "available", InterfaceType: "nat_gateway" },
      { NetworkInterfaceId: "eni-d", Status: "detaching" },
    ],
  },
  DescribeInstances: {
    Reservations: [{ Instances: [{ InstanceId: "i-a", State: { Name: "shutting-down" } }, { InstanceId: "i-x", State: { Name: "running" } }, { InstanceId: "i-s", State: { Name: "stopped" } }, { InstanceId: "i-t", State: { Name: "terminated" } }] }],
  },
  DescribeNatGateways: { NatGateways: [{ NatGatewayId: "nat-1", State: "available", NatGatewayAddresses: [{ PublicIp: "3.3.3.3", AllocationId: "eipalloc-1", NetworkInterfaceId: "eni-n" }] }, { NatGatewayId: "nat-2", State: "pending" }] },
  DescribeSecurityGroups: { SecurityGroups: [{ GroupId: "sg-2", GroupName: "other" }, { GroupId: "sg-3", GroupName: "app" }, { GroupId: "sg-d", GroupName: "default" }] },
  DescribeSubnets: { Subnets: [{ SubnetId: "subnet-1" }] },
  DescribeInternetGateways: { InternetGateways: [{ InternetGatewayId: "igw-1", Attachments: [{ VpcId: "vpc-1" }] }] },
  DescribeRouteTables: { RouteTables: [{ RouteTableId: "rtb-1", Associations: [{ SubnetId: "subnet-1" }] }, { RouteTableId: "rtb-main", Associations: [{ Main: true }] }] },
  DescribeAddresses: { Addresses: [{ AllocationId: "eipalloc-1", AssociationId: "a-1", InstanceId: "i-a", NetworkInterfaceId: "eni-a" }, { AllocationId: "eipalloc-1", AssociationId: "a-2", NetworkInterfaceId: "eni-9" }] },
  DescribeTargetGroups: { TargetGroups: [{ LoadBalancerArns: ["arn:aws:elasticloadbalancing:lb/app/lab-alb/1"] }] },
};

const port = {
  ec2: async (action: string) => ANSWERS[action] ?? {},
  elb: async (action: string) => ANSWERS[action] ?? {},
} as unknown as AwsPort;

const names = new Map([
  ["i-a", "web-a"],
  ["subnet-1", "public-a"],
  ["nat-1", "lab-nat"],
  ["vpc-1", "lab-vpc"],
  ["sg-3", "app-sg"],
  ["rtb-1", "public-rt"],
  ["igw-1", "lab-igw"],
  ["eipalloc-1", "nat-eip"],
  ["arn:aws:elasticloadbalancing:lb/app/lab-alb/1", "lab-alb"],
]);

const STEP_KINDS = ["subnet", "security-group", "vpc", "internet-gateway-attachment", "internet-gateway", "route-table", "elastic-ip", "target-group"];

async function everyBlocker(): Promise<Blocker[]> {
  return (await Promise.all(STEP_KINDS.map((kind) => findBlockers(port, kind, kind === "target-group" ? "arn:tg" : kind === "elastic-ip" ? "eipalloc-1" : "x-1", names)))).flat();
}

const tKo = createTranslator({ locale: "ko", messages: { live: ko }, namespace: "live" }) as unknown as (key: string, values: Record<string, string | number>) => string;

describe("blockers in the reader's language", () => {
  it("sends every blocker as a catalogue key with values, its English text worded from the same table", async () => {
    const blockers = await everyBlocker();
    expect(blockers.length).toBeGreaterThan(20);
    for (const b of blockers) {
      expect(Object.keys(LIVE_TEXTS_EN), JSON.stringify(b)).toContain(b.message.key);
      expect(Object.keys(ko), b.message.key).toContain(b.message.key);
      expect(b.text).toBe(english(b.message));
    }
    // Every blocker message the table has is one a finder sends (so each is tested here).
    const sent = new Set(blockers.map((b) => b.message.key));
    expect(Object.keys(CLEANUP_TEXTS_EN).filter((k) => k.startsWith("blocker") && k !== "blockedUnnamed" && !sent.has(k as never))).toEqual([]);
  });

  it("reads as before in English: names, states and what is not ours", async () => {
    const texts = (await everyBlocker()).map((b) => b.text);
    expect(texts).toContain("instance i-a (web-a) is shutting-down");
    expect(texts).toContain("instance i-x is running — not made by this deployment, left alone");
    expect(texts).toContain("NAT gateway nat-1 (lab-nat) is available and holds 3.3.3.3 (a mapped public address)");
    expect(texts).toContain("network interface eni-a of instance i-a (web-a) (in-use)");
    expect(texts).toContain('network interface eni-b "ELB app/lab-alb/1" (in-use)');
    expect(texts).toContain("security group sg-2 has a rule naming it — not made by this deployment, left alone");
    expect(texts).toContain("route table rtb-1 (public-rt) is still there");
    expect(texts).toContain("still associated with subnet subnet-1 (public-a)");
    // A stopped instance holds no public address: it does not block detaching the gateway.
    expect(texts.filter((t) => t.startsWith("instance i-s") && t.includes("mapped"))).toEqual([]);
  });

  it("words every blocker in Korean with particles chosen by the name, leaving no English word but AWS's names and codes", async () => {
    const ALLOWED = /^(VPC|NAT|IP|AWS|ELB)$/;
    for (const b of await everyBlocker()) {
      const params = b.message.params ?? {};
      let text = tKo(b.message.key, withParticles(params));
      expect(text, b.message.key).not.toMatch(/[{}]|\(가\)|\(를\)|\(는\)|\(으\)/);
      // Values the reader types or AWS names (ids, design names, descriptions) are not words to translate.
      for (const v of ["name", "id", "instance", "description", "ip", "type"].flatMap((k) => (params[k] === undefined ? [] : [String(params[k])]))) text = text.split(v).join(" ");
      const englishWords = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.test(w));
      expect({ key: b.message.key, text, englishWords }).toEqual({ key: b.message.key, text, englishWords: [] });
    }
    const korean = (await everyBlocker()).map((b) => tKo(b.message.key, withParticles(b.message.params ?? {})));
    expect(korean).toContain("인스턴스 i-a (web-a)가 아직 종료하는 중입니다");
    expect(korean).toContain("인스턴스 i-x가 아직 실행 중입니다 — 이 배포가 만든 것이 아니라서 그대로 둡니다");
    expect(korean).toContain("라우팅 테이블 rtb-1 (public-rt)이 아직 남아 있습니다");
  });
});
