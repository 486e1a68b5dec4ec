import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { Design } from "../../lib/design/schema";
import { preflightCheck, type PreflightCheck } from "../../lib/deploy/preflight";
import { errorCode, isAccessDenied } from "../aws/errors";
import { SSM_IMAGE_PARAMETERS } from "../aws/images";
import type { AwsPort } from "../aws/port";

/** The role ELBv2 works through; AWS creates it with the first load balancer (docs/aws-facts.md §16.3). */
export const ELB_SERVICE_ROLE = "AWSServiceRoleForElasticLoadBalancing";

/**
 * The design's images through SSM GetParameters, the call RunInstances itself makes for a
 * `resolve:ssm:` image (docs/aws-facts.md §16.1): each parameter must exist in the region and the
 * caller must be allowed to read it. The sandbox (moto) publishes only the Amazon Linux
 * parameters, so an image it lacks there is "not checked", never OK.
 */
export async function imageParameterCheck(port: AwsPort, design: Design, target: DeploymentTarget): Promise<PreflightCheck> {
  const parameters = [...new Set(Object.values(design.instances).map((i) => SSM_IMAGE_PARAMETERS[i.image]).filter(Boolean))];
  if (parameters.length === 0) return preflightCheck("image-ssm", "ok", "noInstances");
  let answer: Awaited<ReturnType<AwsPort["ssmParameters"]>>;
  try {
    answer = await port.ssmParameters(parameters);
  } catch (error) {
    if (isAccessDenied(error)) return preflightCheck("image-ssm", "fail", "imageParametersDenied");
    throw error;
  }
  const missing = parameters.filter((p) => !answer.values[p]);
  if (missing.length && target.kind === "sandbox") return preflightCheck("image-ssm", "unchecked", "imageParametersSandbox", { parameters: missing.join(", ") });
  if (missing.length) return preflightCheck("image-ssm", "fail", "imageParametersMissing", { parameters: missing.join(", "), region: design.region });
  return preflightCheck("image-ssm", "ok", "imageParameters", { images: parameters.map((p) => `${p} → ${answer.values[p]}`).join("; ") });
}

const hasLoadBalancing = (design: Design) => Object.keys(design.loadBalancers).length + Object.keys(design.targetGroups).length > 0;

/**
 * Whether ELBv2 lets the caller in at all: a read (DescribeAccountLimits, one page of one item;
 * docs/aws-facts.md §16.2).
 * ELBv2 has no DryRun, so this cannot prove CreateLoadBalancer is allowed, and the line says so.
 */
export async function elbPermissionCheck(port: AwsPort, design: Design): Promise<PreflightCheck> {
  if (!hasLoadBalancing(design)) return preflightCheck("elb-permissions", "ok", "noLoadBalancers");
  try {
    await port.elb("DescribeAccountLimits", { PageSize: 1 });
    return preflightCheck("elb-permissions", "ok", "elbReadAllowed");
  } catch (error) {
    if (isAccessDenied(error)) return preflightCheck("elb-permissions", "fail", "elbDenied", { action: "DescribeAccountLimits" });
    throw error;
  }
}

/**
 * The ELB service-linked role: present, or to be created by AWS at the first CreateLoadBalancer
 * (which then needs iam:CreateServiceLinkedRole, a permission no read can prove: "warn"). When
 * IAM cannot be read the line is "not checked"; moto has no such roles, so on the sandbox too.
 */
export async function elbServiceRoleCheck(port: AwsPort, design: Design, target: DeploymentTarget): Promise<PreflightCheck> {
  if (Object.keys(design.loadBalancers).length === 0) return preflightCheck("elb-service-role", "ok", "noLoadBalancers");
  try {
    await port.iamRole(ELB_SERVICE_ROLE);
    return preflightCheck("elb-service-role", "ok", "serviceRolePresent", { role: ELB_SERVICE_ROLE });
  } catch (error) {
    if (isAccessDenied(error)) return preflightCheck("elb-service-role", "unchecked", "serviceRoleUnchecked");
    if (errorCode(error) !== "NoSuchEntity" && errorCode(error) !== "NoSuchEntityException") throw error;
    if (target.kind === "sandbox") return preflightCheck("elb-service-role", "unchecked", "serviceRoleSandbox");
    return preflightCheck("elb-service-role", "warn", "serviceRoleWillBeCreated", { role: ELB_SERVICE_ROLE });
  }
}
