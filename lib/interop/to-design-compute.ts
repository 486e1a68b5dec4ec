/** The compute half of an import: instances, target groups, load balancers and listeners. */
import type { DescribedVpc } from "./described";
import { nameOf, tagValue, type IdAllocator } from "./naming";
import { importNote, type ImportNote } from "./notes";
import { groupIdsOf } from "./to-design-network";

type Rec = Record<string, Record<string, unknown>>;

/**
 * The image choice an AMI stands for, from its name: Ubuntu 24.04 or Amazon Linux 2023.
 * Anything else is not expressible (the design resolves images per region by choice).
 */
export function imageChoiceOf(name: string | undefined): "ubuntu-24.04" | "amazon-linux-2023" | undefined {
  if (!name) return undefined;
  if (/ubuntu/i.test(name) && /24\.04|noble/i.test(name)) return "ubuntu-24.04";
  if (/^al2023-ami|amazon linux 2023/i.test(name)) return "amazon-linux-2023";
  return undefined;
}

function instancesOf(d: DescribedVpc, ids: IdAllocator, unsupported: ImportNote[]): Rec {
  const out: Rec = {};
  for (const i of d.instances) {
    const id = ids.id(i.InstanceId!, i.Tags);
    const image = imageChoiceOf(d.imageNames[i.ImageId ?? ""]);
    const imageName = d.imageNames[i.ImageId ?? ""];
    if (!image) unsupported.push(imageName === undefined ? importNote("instance-image-unnamed", { instance: i.InstanceId, image: i.ImageId }) : importNote("instance-image", { instance: i.InstanceId, image: i.ImageId, imageName }));
    unsupported.push(...instanceExtras(i));
    out[id] = {
      id,
      name: nameOf(i.Tags, i.InstanceId!),
      instanceType: i.InstanceType,
      subnetId: ids.of(i.SubnetId),
      securityGroupIds: groupIdsOf(i).map((g) => ids.of(g)).filter(Boolean),
      image: image ?? "amazon-linux-2023",
      associatePublicIp: Boolean(i.PublicIpAddress),
      userData: i.userData,
    };
  }
  return out;
}

/** Instance settings the design has no field for. */
function instanceExtras(i: DescribedVpc["instances"][number]): ImportNote[] {
  const out: ImportNote[] = [];
  if (i.KeyName) out.push(importNote("instance-key-pair", { instance: i.InstanceId, keyName: i.KeyName }));
  if (i.IamInstanceProfile?.Arn) out.push(importNote("instance-profile", { instance: i.InstanceId, profile: i.IamInstanceProfile.Arn }));
  if ((i.NetworkInterfaces?.length ?? 0) > 1) out.push(importNote("instance-interfaces", { instance: i.InstanceId, count: i.NetworkInterfaces!.length - 1 }));
  if (i.State?.Name && i.State.Name !== "running" && i.State.Name !== "pending") out.push(importNote("instance-state", { instance: i.InstanceId, state: i.State.Name }));
  return out;
}

function targetGroupsOf(d: DescribedVpc, ids: IdAllocator, vpcId: string, unsupported: ImportNote[]): Rec {
  const out: Rec = {};
  for (const tg of d.targetGroups) {
    if (tg.TargetType && tg.TargetType !== "instance") {
      unsupported.push(importNote("target-group-type", { targetGroup: tg.TargetGroupName, targetType: tg.TargetType }));
      continue;
    }
    const id = ids.id(tg.TargetGroupArn!, tg.Tags, tg.TargetGroupName);
    const port = tg.HealthCheckPort === "traffic-port" || !tg.HealthCheckPort ? "traffic-port" : Number(tg.HealthCheckPort);
    const targets = tg.targetIds.map((t) => ids.of(t)).filter(Boolean);
    if (targets.length < tg.targetIds.length) unsupported.push(importNote("target-group-outside", { targetGroup: tg.TargetGroupName }));
    out[id] = {
      id, name: tagValue(tg.Tags, "Name") ?? tg.TargetGroupName ?? id, vpcId, protocol: tg.Protocol, port: tg.Port,
      healthCheck: {
        protocol: tg.HealthCheckProtocol ?? "HTTP", path: tg.HealthCheckPath ?? "/", port,
        intervalSeconds: tg.HealthCheckIntervalSeconds ?? 30, timeoutSeconds: tg.HealthCheckTimeoutSeconds ?? 5,
        healthyThreshold: tg.HealthyThresholdCount ?? 5, unhealthyThreshold: tg.UnhealthyThresholdCount ?? 2, matcher: tg.Matcher?.HttpCode ?? "200",
      },
      targets,
    };
  }
  return out;
}

function loadBalancersOf(d: DescribedVpc, ids: IdAllocator, unsupported: ImportNote[]): Rec {
  const out: Rec = {};
  for (const lb of d.loadBalancers) {
    if (lb.Type !== "application") {
      unsupported.push(importNote("load-balancer-type", { loadBalancer: lb.LoadBalancerName, type: lb.Type }));
      continue;
    }
    const id = ids.id(lb.LoadBalancerArn!, lb.Tags, lb.LoadBalancerName);
    const listeners: unknown[] = [];
    for (const l of lb.listeners) {
      const action = l.DefaultActions?.[0];
      const forwards = action?.Type === "forward" ? [action.TargetGroupArn, ...(action.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn)].filter(Boolean) : [];
      const targetGroupId = ids.of([...new Set(forwards)].length === 1 ? forwards[0] : undefined);
      if (l.Certificates?.length) unsupported.push(importNote("listener-certificate", { loadBalancer: lb.LoadBalancerName, protocol: l.Protocol, port: l.Port, certificates: l.Certificates.map((c) => c.CertificateArn).join(", ") }));
      if (targetGroupId && (l.DefaultActions?.length ?? 0) === 1) listeners.push({ protocol: l.Protocol, port: l.Port, targetGroupId });
      else unsupported.push(importNote("listener-action", { loadBalancer: lb.LoadBalancerName, protocol: l.Protocol, port: l.Port }));
    }
    out[id] = {
      id, name: tagValue(lb.Tags, "Name") ?? lb.LoadBalancerName ?? id, scheme: lb.Scheme,
      subnetIds: (lb.AvailabilityZones ?? []).map((z) => ids.of(z.SubnetId)).filter(Boolean),
      securityGroupIds: (lb.SecurityGroups ?? []).map((g) => ids.of(g)).filter(Boolean),
      listeners,
    };
  }
  return out;
}

/** Instances, then target groups (they name instances), then load balancers (they name target groups). */
export function computeOf(d: DescribedVpc, ids: IdAllocator, unsupported: ImportNote[]) {
  const vpcId = ids.of(d.vpc.VpcId)!;
  const instances = instancesOf(d, ids, unsupported);
  const targetGroups = targetGroupsOf(d, ids, vpcId, unsupported);
  const loadBalancers = loadBalancersOf(d, ids, unsupported);
  return { instances, targetGroups, loadBalancers };
}
