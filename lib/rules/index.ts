import type { Design } from "../design/schema";
import { albDuplicateAz, albSubnetNotPublic, albSubnetTooSmall, albTooFewAzs, listenerPortDuplicate, targetGroupShared } from "./alb-placement";
import { albListenerBlocked } from "./alb-listeners";
import { albTargetAzNotEnabled, albTargetSgBlocked } from "./alb-targets";
import { azNotInRegion } from "./az-not-in-region";
import { subnetCidrSize, vpcCidrSize } from "./cidr-size";
import { buildContext } from "./context";
import { crossVpcReference } from "./cross-vpc-reference";
import { eipShared, internetGatewayDuplicate, natCrossAz, natInPrivateSubnet, natWithoutEip } from "./gateways";
import { instanceArchitectureMismatch, instanceTypeNotOffered, instanceNoEgress, instancePublicIpInPrivateSubnet, instanceNoSecurityGroup, instanceSgLimit, instanceTypeUnknown, userDataTooLarge } from "./instances";
import { awsNameTaken, duplicateName, elbNameInvalid, securityGroupNameInvalid } from "./names";
import { referenceMissing } from "./reference-missing";
import { regionUnknown } from "./region-unknown";
import { routeConflict, routeDuplicate, routeLocalMismatch, routeOverlapsLocal } from "./route-conflicts";
import { routeTableMainDuplicate, subnetImplicitRouteTable, subnetRouteTableConflict } from "./route-tables";
import { internetGatewayNotAttached, routeTargetMissing, routeTargetOtherVpc } from "./route-targets";
import { sgAdminPortOpen, sgAllPortsOpen, sgRuleLimit } from "./security-groups";
import { securityGroupTextInvalid } from "./security-group-text";
import { subnetCidrOverlap } from "./subnet-cidr-overlap";
import { subnetOutsideVpc } from "./subnet-outside-vpc";
import { vpcCidrDockerConflict } from "./vpc-cidr-range";
import type { Finding, Rule, Severity } from "./types";

/** Every rule, in a fixed order: region and references first, then CIDRs, routing, compute, security, load balancing. */
export const RULES: readonly Rule[] = [
  regionUnknown, azNotInRegion, referenceMissing, crossVpcReference,
  vpcCidrSize, vpcCidrDockerConflict, subnetCidrSize, subnetOutsideVpc, subnetCidrOverlap,
  duplicateName, awsNameTaken, elbNameInvalid, securityGroupNameInvalid, securityGroupTextInvalid,
  routeTargetMissing, routeTargetOtherVpc, internetGatewayNotAttached, routeDuplicate, routeConflict, routeOverlapsLocal, routeLocalMismatch,
  routeTableMainDuplicate, subnetRouteTableConflict, subnetImplicitRouteTable,
  internetGatewayDuplicate, natInPrivateSubnet, natWithoutEip, eipShared, natCrossAz,
  instancePublicIpInPrivateSubnet, instanceNoEgress, instanceTypeUnknown, instanceTypeNotOffered, instanceArchitectureMismatch, instanceNoSecurityGroup, instanceSgLimit, userDataTooLarge,
  sgAdminPortOpen, sgAllPortsOpen, sgRuleLimit,
  albTooFewAzs, albDuplicateAz, albSubnetNotPublic, albSubnetTooSmall, albTargetAzNotEnabled, albTargetSgBlocked, albListenerBlocked, targetGroupShared, listenerPortDuplicate,
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_RANK = new Map(RULES.map((rule, index) => [rule.id, index]));

/**
 * Runs every rule over one shared index of the design and returns the findings sorted by
 * severity, path, rule order and entity ids, so the same design always yields the same list
 * (the canvas, the problems panel, the plan compiler and the CLI all call this).
 */
export function validateDesign(design: Design): Finding[] {
  const ctx = buildContext(design);
  const findings = RULES.flatMap((rule) => rule.check(design, ctx));
  return findings.sort(compareFindings);
}

/** Deterministic finding order; exported for callers that merge lists. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.path, b.path) ||
    (RULE_RANK.get(a.ruleId) ?? 0) - (RULE_RANK.get(b.ruleId) ?? 0) ||
    compareText(a.entityIds.join(","), b.entityIds.join(",")) ||
    compareText(a.message, b.message)
  );
}

/** True when any finding blocks a deployment. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { formatFinding, renderMessage, type Locale } from "./format";
export { buildContext, type ValidationContext } from "./context";
export type { Finding, FindingParams, Rule, RuleId, Severity } from "./types";
