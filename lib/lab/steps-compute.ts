import { expectReach, problem, ruleErrors } from "./problems";
import { instanceIn, labGroup, labSubnet, labVpc, opensToAll, type LabSubnetRole } from "./targets";
import type { LabProblem, LabStep } from "./types";

/** Families the note lists as general purpose (범용): t and m. */
const GENERAL_PURPOSE = /^(t\d|m\d)/;

/** One common group: 22 and 80 in, outbound left open (the note: outbound usually stays open). */
const securityGroup: LabStep = {
  id: "security-group",
  check: ({ design }) => {
    const group = labGroup(design);
    if (!group || labVpc(design)?.id !== group.vpcId) return [problem("sg-missing")];
    const out = [22, 80].filter((p) => !opensToAll(group, p)).map((port) => problem("sg-port", { name: group.name, port }, [group.id]));
    const isOpen = group.egress.some((r) => r.protocol === "all" && r.peer.kind === "cidr" && r.peer.cidr === "0.0.0.0/0");
    if (!isOpen) out.push(problem("sg-egress", { name: group.name }, [group.id]));
    return out;
  },
};

const ROLES: readonly LabSubnetRole[] = ["public-a", "public-c", "private-a"];

/** Three instances (public-a, public-c, private-a) with the common group; checked by reachability: SSH reaches the public ones directly, the private one only gets out (through the NAT). */
const instances: LabStep = {
  id: "instances",
  check: (ctx) => {
    const out: LabProblem[] = [];
    const group = labGroup(ctx.design);
    for (const role of ROLES) {
      const instance = instanceIn(ctx.design, role);
      if (!instance) {
        out.push(problem("instance-missing", { subnet: labSubnet(ctx.design, role)?.name ?? role }));
        continue;
      }
      if (group && !instance.securityGroupIds.includes(group.id)) out.push(problem("instance-group", { name: instance.name, group: group.name }, [instance.id]));
      if (!GENERAL_PURPOSE.test(instance.instanceType)) out.push(problem("instance-family", { name: instance.name, type: instance.instanceType }, [instance.id]));
      const path = role === "private-a" ? expectReach(ctx, instance.id, "internet", 443, "reachable") ?? expectReach(ctx, "internet", instance.id, 22, "blocked") : expectReach(ctx, "internet", instance.id, 22, "reachable");
      if (path) out.push(path);
      out.push(...ruleErrors(ctx, [instance.id], (id) => id.startsWith("instance-")));
    }
    return out;
  },
};

/** An internet-facing ALB over public-a and public-c, HTTP:80 to the two public instances. */
const loadBalancer: LabStep = {
  id: "load-balancer",
  check: (ctx) => {
    const { design } = ctx;
    const lb = Object.values(design.loadBalancers).find((l) => l.scheme === "internet-facing");
    if (!lb) return [problem("alb-missing")];
    const out: LabProblem[] = [];
    for (const role of ["public-a", "public-c"] as const) {
      const subnet = labSubnet(design, role);
      if (subnet && !lb.subnetIds.includes(subnet.id)) out.push(problem("alb-subnet", { name: lb.name, subnet: subnet.name }, [lb.id]));
    }
    const listener = lb.listeners.find((l) => l.protocol === "HTTP" && l.port === 80);
    if (!listener) return [...out, problem("alb-listener", { name: lb.name }, [lb.id])];
    const tg = design.targetGroups[listener.targetGroupId];
    for (const role of ["public-a", "public-c"] as const) {
      const instance = instanceIn(design, role);
      if (!instance) continue;
      if (!tg?.targets.includes(instance.id)) out.push(problem("alb-target", { name: lb.name, target: instance.name }, [lb.id, instance.id]));
      else out.push(...[expectReach(ctx, lb.id, instance.id, tg.port, "reachable")].filter((p): p is LabProblem => p !== null));
    }
    const front = expectReach(ctx, "internet", lb.id, 80, "reachable");
    if (front) out.push(front);
    return [...out, ...ruleErrors(ctx, [lb.id], (id) => id.startsWith("alb-"))];
  },
};

export const COMPUTE_STEPS: readonly LabStep[] = [securityGroup, instances, loadBalancer];
