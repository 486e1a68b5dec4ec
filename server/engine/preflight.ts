import "server-only";
import { allEc2 } from "../aws/pages";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { Design } from "../../lib/design/schema";
import type { AwsPort } from "../aws/port";
import { sdkPort } from "../aws/sdk-port";
import { errorCode } from "../aws/errors";
import { imageResolver } from "../aws/images";
import { preflightQuotas } from "./preflight-quotas";
import { elbPermissionCheck, elbServiceRoleCheck, imageParameterCheck } from "./preflight-access";
import { awsTargetOf } from "./target";

import { preflightCheck, type PreflightCheck, type PreflightReport } from "../../lib/deploy/preflight";

export type { PreflightCheck, PreflightReport };

type Check = (port: AwsPort, design: Design, target: DeploymentTarget) => Promise<PreflightCheck | PreflightCheck[]>;

/** Runs one check; an unexpected error becomes a failed line with AWS's code, never a crash. */
async function attempt(id: string, check: () => Promise<PreflightCheck | PreflightCheck[]>): Promise<PreflightCheck[]> {
  try {
    const result = await check();
    return Array.isArray(result) ? result : [result];
  } catch (error) {
    return [preflightCheck(id, "fail", "error", { code: errorCode(error), message: (error as Error).message })];
  }
}

const regionEnabled: Check = async (port, design) => {
  const regions = (await port.ec2("DescribeRegions", { AllRegions: true })).Regions ?? [];
  const region = regions.find((r) => r.RegionName === design.region);
  const enabled = region !== undefined && region.OptInStatus !== "not-opted-in";
  return preflightCheck("region", enabled ? "ok" : "fail", enabled ? "regionEnabled" : "regionDisabled", { region: design.region });
};

const instanceTypes: Check = async (port, design) => {
  const wanted = [...new Set(Object.values(design.instances).map((i) => `${i.instanceType}@${design.subnets[i.subnetId]?.availabilityZone}`))];
  if (wanted.length === 0) return preflightCheck("instance-types", "ok", "noInstances");
  const types = [...new Set(wanted.map((w) => w.split("@")[0]))];
  const offers = await allEc2(port, "DescribeInstanceTypeOfferings", { LocationType: "availability-zone", Filters: [{ Name: "instance-type", Values: types }] }, "InstanceTypeOfferings");
  const offered = new Set(offers.map((o) => `${o.InstanceType}@${o.Location}`));
  const missing = wanted.filter((w) => !offered.has(w));
  return missing.length
    ? preflightCheck("instance-types", "fail", "typesMissing", { missing: missing.map((w) => w.replace("@", " (") + ")").join(", ") })
    : preflightCheck("instance-types", "ok", "typesOffered", { types: types.join(", ") });
};

const images: Check = async (port, design, target) => {
  const resolve = imageResolver(port, target.kind === "sandbox");
  const choices = [...new Set(Object.values(design.instances).map((i) => i.image))];
  const resolved = await Promise.all(choices.map(async (c) => `${c} → ${await resolve(c)}`));
  return resolved.length ? preflightCheck("images", "ok", "images", { images: resolved.join("; ") }) : preflightCheck("images", "ok", "noInstances");
};

/**
 * EC2 DryRun: "DryRunOperation" means the call would be allowed. RunInstances is probed with the
 * design's own image and type; on the sandbox only RunInstances is probed (moto performs other
 * dry runs for real).
 */
const permissions: Check = async (port, design, target) => {
  const first = Object.values(design.instances)[0];
  const probes: Array<[string, () => Promise<unknown>]> = [];
  if (first) {
    const ImageId = await imageResolver(port, target.kind === "sandbox")(first.image);
    probes.push(["RunInstances", () => port.ec2("RunInstances", { DryRun: true, ImageId, InstanceType: first.instanceType as never, MinCount: 1, MaxCount: 1 })]);
  }
  if (target.kind === "aws") {
    probes.push(["CreateVpc", () => port.ec2("CreateVpc", { DryRun: true, CidrBlock: "10.255.0.0/16" })], ["AllocateAddress", () => port.ec2("AllocateAddress", { DryRun: true, Domain: "vpc" })], ["CreateInternetGateway", () => port.ec2("CreateInternetGateway", { DryRun: true })]);
  }
  const denied: string[] = [];
  const unclear: string[] = [];
  for (const [action, probe] of probes) {
    try {
      await probe();
    } catch (error) {
      const code = errorCode(error);
      if (code === "UnauthorizedOperation") denied.push(action);
      else if (code !== "DryRunOperation") unclear.push(`${action} (${code})`);
    }
  }
  const status = denied.length ? "fail" : unclear.length ? "warn" : "ok";
  if (denied.length) return preflightCheck("permissions", status, "permissionsDenied", { actions: denied.join(", ") });
  if (unclear.length) return preflightCheck("permissions", status, "permissionsUnclear", { actions: unclear.join(", ") });
  if (probes.length === 0) return preflightCheck("permissions", status, "nothingToCheck");
  return preflightCheck("permissions", status, "permissionsAllowed", { actions: probes.map((p) => p[0]).join(", ") });
};

/**
 * The checklist shown before a deploy is confirmed: who am I (STS account), region enabled,
 * instance types offered in the chosen AZs, images resolvable (and through SSM, as RunInstances
 * resolves them), quotas the design would exceed (the real default VPC counted), EC2 DryRun
 * permission checks, ELBv2 access and its service-linked role. The sandbox gets the same list,
 * against the sandbox; what it cannot check there says "not checked", never OK.
 */
export async function runPreflight(design: Design, target: DeploymentTarget): Promise<PreflightReport> {
  const port = sdkPort(awsTargetOf(target));
  try {
    let account: string | null = null;
    const identity = await attempt("identity", async () => {
      const who = await port.callerIdentity();
      account = who.account;
      return preflightCheck("identity", "ok", "identity", { account: who.account, arn: who.arn });
    });
    const checks: Check[] = [regionEnabled, instanceTypes, images, imageParameterCheck, preflightQuotas, permissions, elbPermissionCheck, elbServiceRoleCheck];
    const ids = ["region", "instance-types", "images", "image-ssm", "quotas", "permissions", "elb-permissions", "elb-service-role"];
    const results = await Promise.all(checks.map((check, i) => attempt(ids[i], () => check(port, design, target))));
    const all = [...identity, ...results.flat()];
    return { account, region: design.region, target: target.kind, checks: all, ok: all.every((c) => c.status !== "fail") };
  } finally {
    port.close();
  }
}
