import type { EntityKind } from "../design/schema";
import type { ValidationContext } from "./context";
import { defineRule, type Emit } from "./define-rule";
import { vpcOfInstance } from "./helpers";
import { own } from "../design/own";

type Use = { id: string; kind: EntityKind; name: string; vpc: string | undefined; path: string };
type Target = { id: string; kind: EntityKind; name: string; vpc: string | undefined };

function report(ctx: ValidationContext, emit: Emit, user: Use, target: Target): void {
  if (!user.vpc || !target.vpc || user.vpc === target.vpc) return;
  const vpcName = (id: string) => own(ctx.design.vpcs, id as keyof typeof ctx.design.vpcs)?.name ?? id;
  emit([user.id, target.id], user.path, {
    kind: user.kind, name: user.name, vpc: vpcName(user.vpc), targetKind: target.kind, target: target.name, targetVpc: vpcName(target.vpc),
  });
}

/**
 * Security groups, subnets, instances and target groups work only inside one VPC (this design
 * has no peering): an instance's groups, a route table's subnets, a load balancer's subnets,
 * groups and target groups, a target group's instances and a group's peer groups must share it.
 */
export const crossVpcReference = defineRule("cross-vpc-reference", "error", (ctx, emit) => {
  const { design } = ctx;
  const sg = (id: string): Target | undefined => {
    const g = own(design.securityGroups, id as keyof typeof design.securityGroups);
    return g && { id, kind: "security-group", name: g.name, vpc: g.vpcId };
  };
  const subnet = (id: string): Target | undefined => {
    const s = own(design.subnets, id as keyof typeof design.subnets);
    return s && { id, kind: "subnet", name: s.name, vpc: s.vpcId };
  };
  const check = (user: Use, target: Target | undefined) => target && report(ctx, emit, user, target);
  for (const t of Object.values(design.routeTables)) {
    t.subnetIds.forEach((id, i) => check({ id: t.id, kind: "route-table", name: t.name, vpc: t.vpcId, path: `routeTables.${t.id}.subnetIds.${i}` }, subnet(id)));
  }
  for (const g of Object.values(design.securityGroups)) {
    for (const direction of ["ingress", "egress"] as const) {
      g[direction].forEach((rule, i) => {
        if (rule.peer.kind !== "security-group") return;
        check({ id: g.id, kind: "security-group", name: g.name, vpc: g.vpcId, path: `securityGroups.${g.id}.${direction}.${i}.peer` }, sg(rule.peer.securityGroupId));
      });
    }
  }
  for (const n of Object.values(design.instances)) {
    const vpc = vpcOfInstance(design, n.id);
    n.securityGroupIds.forEach((id, i) => check({ id: n.id, kind: "instance", name: n.name, vpc, path: `instances.${n.id}.securityGroupIds.${i}` }, sg(id)));
  }
  for (const t of Object.values(design.targetGroups)) {
    t.targets.forEach((id, i) => {
      const n = own(design.instances, id);
      if (n) check({ id: t.id, kind: "target-group", name: t.name, vpc: t.vpcId, path: `targetGroups.${t.id}.targets.${i}` }, { id, kind: "instance", name: n.name, vpc: vpcOfInstance(design, id) });
    });
  }
  for (const b of Object.values(design.loadBalancers)) {
    const vpc = b.subnetIds.map((id) => own(design.subnets, id)?.vpcId).find((v) => v !== undefined);
    const user = (path: string): Use => ({ id: b.id, kind: "load-balancer", name: b.name, vpc, path: `loadBalancers.${b.id}.${path}` });
    b.subnetIds.forEach((id, i) => check(user(`subnetIds.${i}`), subnet(id)));
    b.securityGroupIds.forEach((id, i) => check(user(`securityGroupIds.${i}`), sg(id)));
    b.listeners.forEach((l, i) => {
      const tg = own(design.targetGroups, l.targetGroupId);
      if (tg) check(user(`listeners.${i}.targetGroupId`), { id: tg.id, kind: "target-group", name: tg.name, vpc: tg.vpcId });
    });
  }
});
