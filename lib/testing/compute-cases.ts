import { threeTierHa } from "../templates/three-tier-ha";
import { albDuplicateAz, albSubnetNotPublic, albSubnetTooSmall, albTooFewAzs, listenerPortDuplicate, targetGroupShared } from "../rules/alb-placement";
import { albListenerBlocked } from "../rules/alb-listeners";
import { albTargetAzNotEnabled, albTargetSgBlocked } from "../rules/alb-targets";
import { instanceArchitectureMismatch, instanceTypeNotOffered, instanceNoEgress, instancePublicIpInPrivateSubnet, instanceNoSecurityGroup, instanceSgLimit, instanceTypeUnknown, userDataTooLarge } from "../rules/instances";
import { sgAdminPortOpen, sgAllPortsOpen, sgRuleLimit } from "../rules/security-groups";
import { tcpFrom, type RuleCase } from "./design-fixtures";

const sgs = (n: number) => Array.from({ length: n }, (_, i) => `sg-${i}` as never);
const rules = (n: number) => Array.from({ length: n }, (_, i) => tcpFrom(1000 + i, 1000 + i, "10.0.0.0/8"));

/** Rules about instances, security groups and load balancers (seed lab base unless noted). */
export const COMPUTE_CASES: RuleCase[] = [
  { rule: instancePublicIpInPrivateSubnet, fire: (d) => { d.instances["app-a"].associatePublicIp = true; }, entities: ["app-a", "private-a"] },
  { rule: instanceNoEgress, fire: (d) => { d.routeTables["private-rt"].routes = []; }, entities: ["app-a", "private-a"] },
  { rule: instanceTypeUnknown, fire: (d) => { d.instances["app-a"].instanceType = "t3.mirco"; }, entities: ["app-a"], near: (d) => { d.instances["app-a"].instanceType = "t3a.micro"; } },
  // app-a is in private-a (ap-northeast-2a); web-c is in public-c (2c).
  { rule: instanceTypeNotOffered, fire: (d) => { d.instances["app-a"].instanceType = "p3.2xlarge"; }, entities: ["app-a"], near: (d) => { d.instances["web-c"].instanceType = "t2.micro"; d.instances["app-a"].instanceType = "g4dn.xlarge"; } },
  { rule: instanceArchitectureMismatch, fire: (d) => { d.instances["app-a"].instanceType = "t4g.micro"; }, entities: ["app-a"], near: (d) => { d.instances["app-a"].instanceType = "m7i.large"; } },
  // Regression (issue 14): an instance with no group passed as "ready to deploy".
  { rule: instanceNoSecurityGroup, fire: (d) => { d.instances["app-a"].securityGroupIds = []; }, entities: ["app-a"], near: (d) => { d.instances["app-a"].securityGroupIds = ["lab-sg" as never]; } },
  { rule: instanceSgLimit, fire: (d) => { d.instances["app-a"].securityGroupIds = sgs(6); }, entities: ["app-a"], near: (d) => { d.instances["app-a"].securityGroupIds = sgs(5); } },
  {
    rule: userDataTooLarge,
    // 6,000 Korean characters are 18,000 UTF-8 bytes: the limit counts bytes, not characters.
    fire: (d) => { d.instances["app-a"].userData = "가".repeat(6000); },
    entities: ["app-a"],
    near: (d) => { d.instances["app-a"].userData = "a".repeat(16 * 1024); },
  },
  {
    rule: sgAdminPortOpen,
    fire: (d) => { d.securityGroups["app-sg"].ingress.push(tcpFrom(3000, 4000, "0.0.0.0/0")); },
    entities: ["app-sg"],
    base: threeTierHa,
    near: (d) => { d.securityGroups["app-sg"].ingress.push(tcpFrom(22, 22, "203.0.113.0/24"), tcpFrom(2222, 2222, "0.0.0.0/0")); },
  },
  {
    rule: sgAllPortsOpen,
    fire: (d) => { d.securityGroups["app-sg"].ingress.push(tcpFrom(0, 65535, "0.0.0.0/0")); },
    entities: ["app-sg"],
    base: threeTierHa,
    near: (d) => { d.securityGroups["app-sg"].ingress.push(tcpFrom(0, 65535, "10.0.0.0/16"), tcpFrom(1, 65535, "0.0.0.0/0")); },
  },
  { rule: sgRuleLimit, fire: (d) => { d.securityGroups["lab-sg"].ingress = rules(61); }, entities: ["lab-sg"], near: (d) => { d.securityGroups["lab-sg"].ingress = rules(60); d.securityGroups["lab-sg"].egress = rules(60); } },
  { rule: albTooFewAzs, fire: (d) => { d.loadBalancers["lab-alb"].subnetIds = ["public-a" as never, "public-nat" as never]; }, entities: ["lab-alb"] },
  {
    rule: albDuplicateAz,
    fire: (d) => { d.loadBalancers["lab-alb"].subnetIds.push("public-nat" as never); },
    entities: ["lab-alb", "public-a", "public-nat"],
  },
  {
    rule: albSubnetNotPublic,
    fire: (d) => { d.loadBalancers["lab-alb"].subnetIds = ["private-a" as never, "public-c" as never]; },
    entities: ["lab-alb", "private-a"],
    near: (d) => { d.loadBalancers["lab-alb"].subnetIds = ["private-a" as never, "public-c" as never]; d.loadBalancers["lab-alb"].scheme = "internal"; },
  },
  { rule: albSubnetTooSmall, fire: (d) => { d.subnets["public-a"].cidr = "192.168.2.0/28"; }, entities: ["lab-alb", "public-a"], near: (d) => { d.subnets["public-a"].cidr = "192.168.2.0/27"; } },
  {
    rule: albTargetAzNotEnabled,
    fire: (d) => {
      d.subnets["public-b"] = { ...d.subnets["public-a"], id: "public-b" as never, name: "public-b", availabilityZone: "ap-northeast-2b", cidr: "192.168.5.0/24" };
      d.routeTables["public-rt"].subnetIds.push("public-b" as never);
      d.instances["web-b"] = { ...d.instances["web-a"], id: "web-b" as never, name: "web-b", subnetId: "public-b" as never };
      d.targetGroups["web-tg"].targets.push("web-b" as never);
    },
    entities: ["web-b", "lab-alb"],
    near: (d) => { d.targetGroups["web-tg"].targets.push("app-a" as never); },
  },
  {
    rule: albTargetSgBlocked,
    fire: (d) => { d.securityGroups["lab-sg"].ingress = [tcpFrom(22, 22, "0.0.0.0/0"), tcpFrom(80, 80, "192.168.2.0/24")]; },
    entities: ["web-a", "lab-alb"],
    near: (d) => { d.securityGroups["lab-sg"].ingress = [tcpFrom(80, 80, "192.168.0.0/16")]; },
  },
  {
    rule: albListenerBlocked,
    fire: (d) => { d.loadBalancers["web-alb"].listeners.push({ protocol: "HTTP", port: 8080, targetGroupId: "app-tg" as never }); },
    entities: ["web-alb", "alb-sg"],
    base: threeTierHa,
    // Only an office range may connect: a choice, not a blocked listener.
    near: (d) => { d.securityGroups["alb-sg"].ingress = [tcpFrom(80, 80, "203.0.113.0/24")]; },
  },
  {
    rule: targetGroupShared,
    fire: (d) => { d.loadBalancers["lab-alb-2"] = { ...d.loadBalancers["lab-alb"], id: "lab-alb-2" as never, name: "lab-alb-2" }; },
    entities: ["web-tg", "lab-alb", "lab-alb-2"],
  },
  {
    rule: listenerPortDuplicate,
    fire: (d) => { d.loadBalancers["lab-alb"].listeners.push({ protocol: "HTTP", port: 80, targetGroupId: "web-tg" as never }); },
    entities: ["lab-alb"],
    near: (d) => { d.loadBalancers["lab-alb"].listeners.push({ protocol: "HTTP", port: 8080, targetGroupId: "web-tg" as never }); },
  },
];
