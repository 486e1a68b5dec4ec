import type { Design, SecurityGroupRule } from "../../design/schema";
import { stepIds as S, withSteps, type CreateDraft } from "../plan-draft";
import type { Step, StepInput } from "../types";

const ref = (stepId: string, attr: string) => ({ ref: stepId, attr });

/** A design rule in EC2's terms: protocol "-1" for all, ICMP ports -1 (every type and code). */
function ruleInput(rule: SecurityGroupRule): StepInput {
  const protocol = rule.protocol === "all" ? "-1" : rule.protocol;
  const ports = rule.protocol === "icmp" ? { fromPort: -1, toPort: -1 } : { fromPort: rule.fromPort, toPort: rule.toPort };
  const peer: Record<string, StepInput> = rule.peer.kind === "cidr" ? { cidr: rule.peer.cidr } : { groupId: ref(S.sg(rule.peer.securityGroupId), "GroupId") };
  return { protocol, ...ports, ...peer, description: rule.description };
}

const isDefaultEgress = (rule: SecurityGroupRule) => rule.protocol === "all" && rule.peer.kind === "cidr" && rule.peer.cidr === "0.0.0.0/0";

/** Security groups, then their rules as a separate step (rules may reference other groups). */
export function securityGroupSteps(design: Design): Step[] {
  return Object.values(design.securityGroups).flatMap((sg) => {
    const group: Step = { id: S.sg(sg.id), action: "create", kind: "security-group", logicalId: sg.id, inputs: { name: sg.name, groupName: sg.name, description: sg.description || sg.name, vpcId: ref(S.vpc(sg.vpcId), "VpcId") }, description: `Create security group ${sg.name}` };
    const revokeDefaultEgress = !sg.egress.some(isDefaultEgress);
    const inputs = { groupId: ref(S.sg(sg.id), "GroupId"), ingress: sg.ingress.map(ruleInput), egress: sg.egress.map(ruleInput), revokeDefaultEgress };
    const what = `${sg.ingress.length} inbound, ${sg.egress.length} outbound${revokeDefaultEgress ? "; remove AWS's default allow-all outbound rule" : ""}`;
    return [group, { id: S.sgRules(sg.id), action: "create", kind: "security-group-rules", logicalId: sg.id, inputs, description: `Set the rules of ${sg.name} (${what})` }];
  });
}

/** Instances; the step includes waiting for `running` (needed before target registration). */
export function instanceSteps(design: Design): Step[] {
  return Object.values(design.instances).map((i) => ({
    id: S.instance(i.id),
    action: "create" as const,
    kind: "instance",
    logicalId: i.id,
    inputs: {
      name: i.name,
      instanceType: i.instanceType,
      image: i.image,
      subnetId: ref(S.subnet(i.subnetId), "SubnetId"),
      securityGroupIds: i.securityGroupIds.map((id) => ref(S.sg(id), "GroupId")),
      associatePublicIp: i.associatePublicIp,
      userData: i.userData,
    },
    description: `Launch ${i.name} (${i.instanceType}, ${i.image}) in ${i.subnetId} and wait until running`,
  }));
}

/** Target groups and one registration step per target. */
export function targetGroupSteps(design: Design): Step[] {
  return Object.values(design.targetGroups).flatMap((tg) => {
    const create: Step = { id: S.targetGroup(tg.id), action: "create", kind: "target-group", logicalId: tg.id, inputs: { name: tg.name, protocol: tg.protocol, port: tg.port, vpcId: ref(S.vpc(tg.vpcId), "VpcId"), healthCheck: { ...tg.healthCheck, port: String(tg.healthCheck.port) } }, description: `Create target group ${tg.name} (${tg.protocol}:${tg.port})` };
    const registrations: Step[] = tg.targets.map((instanceId) => ({ id: S.registration(tg.id, instanceId), action: "create", kind: "target-registration", logicalId: tg.id, inputs: { targetGroupArn: ref(S.targetGroup(tg.id), "TargetGroupArn"), instanceId: ref(S.instance(instanceId), "InstanceId"), port: tg.port }, description: `Register ${instanceId} in ${tg.name}` }));
    return [create, ...registrations];
  });
}

/**
 * Load balancers and their listeners. Nothing waits for the ALB to be `active` (2–3 min on
 * AWS): the listener and the target registrations need only its ARN, so the deploy is complete
 * once they exist, and the ALB's provisioning → active shows in the live status. `withAlbWait`
 * adds a final wait step (the lab note's by-hand procedure, used as the benchmark baseline).
 */
export function loadBalancerSteps(design: Design, withAlbWait = false): Step[] {
  return Object.values(design.loadBalancers).flatMap((lb) => {
    const arn = ref(S.loadBalancer(lb.id), "LoadBalancerArn");
    const inputs = { name: lb.name, scheme: lb.scheme, subnetIds: lb.subnetIds.map((id) => ref(S.subnet(id), "SubnetId")), securityGroupIds: lb.securityGroupIds.map((id) => ref(S.sg(id), "GroupId")) };
    const create: Step = { id: S.loadBalancer(lb.id), action: "create", kind: "load-balancer", logicalId: lb.id, inputs, description: `Create ${lb.scheme} load balancer ${lb.name} in ${lb.subnetIds.join(", ")}` };
    const listeners: Step[] = lb.listeners.map((l) => ({ id: S.listener(lb.id, l.port), action: "create", kind: "listener", logicalId: lb.id, inputs: { name: `${lb.name}-${l.port}`, loadBalancerArn: arn, targetGroupArn: ref(S.targetGroup(l.targetGroupId), "TargetGroupArn"), protocol: l.protocol, port: l.port }, description: `Listen on ${l.protocol}:${l.port} and forward to ${l.targetGroupId}` }));
    const active: Step = { id: S.loadBalancerActive(lb.id), action: "wait", kind: "load-balancer-active", logicalId: lb.id, inputs: { loadBalancerArn: arn }, description: `Wait until ${lb.name} is active (2–3 min on AWS); nothing else waits for this` };
    return withAlbWait ? [create, ...listeners, active] : [create, ...listeners];
  });
}

/** Adds security, compute and load-balancing steps to the graph. */
export function addComputeSteps(g: CreateDraft): CreateDraft {
  const steps = [...securityGroupSteps(g.design), ...instanceSteps(g.design), ...targetGroupSteps(g.design), ...loadBalancerSteps(g.design)];
  return withSteps(g, steps);
}
