import { contains } from "../cidr/math";
import { parseCidr, type Cidr } from "../cidr/parse";
import type { Instance, LoadBalancer, TargetGroup } from "../design/schema";
import { albSubnets } from "./alb-placement";
import type { ValidationContext } from "./context";
import { defineRule } from "./define-rule";
import { coversTcpPort } from "./security-groups";
import { own } from "../design/own";

type Forward = { lb: LoadBalancer; tg: TargetGroup; target: Instance };

/** Every (load balancer, target group, instance) a listener forwards to, each once. */
function forwards(ctx: ValidationContext): Forward[] {
  const { design } = ctx;
  const out: Forward[] = [];
  for (const lb of Object.values(design.loadBalancers)) {
    for (const tgId of new Set(lb.listeners.map((l) => l.targetGroupId))) {
      const tg = own(design.targetGroups, tgId);
      if (!tg) continue;
      for (const id of new Set(tg.targets)) {
        const target = own(design.instances, id);
        if (target) out.push({ lb, tg, target });
      }
    }
  }
  return out;
}

/** A target in an AZ the ALB does not cover gets no traffic (Target.NotInUse). */
export const albTargetAzNotEnabled = defineRule("alb-target-az-not-enabled", "warning", (ctx, emit) => {
  for (const { lb, tg, target } of forwards(ctx)) {
    const zone = own(ctx.design.subnets, target.subnetId)?.availabilityZone;
    const zones = new Set(albSubnets(ctx, lb).map((s) => s.availabilityZone));
    if (zone && zones.size > 0 && !zones.has(zone)) emit([target.id, lb.id, tg.id], `targetGroups.${tg.id}.targets.${tg.targets.indexOf(target.id)}`, { name: lb.name, target: target.name, zone, tg: tg.name });
  }
});

/**
 * The target's groups must let the ALB in on the traffic port and a numeric health-check port:
 * from one of the ALB's security groups, or from CIDRs covering every ALB subnet (docs/aws-facts.md §4.2).
 */
export const albTargetSgBlocked = defineRule("alb-target-sg-blocked", "error", (ctx, emit) => {
  for (const { lb, tg, target } of forwards(ctx)) {
    const lbGroups = new Set<string>(lb.securityGroupIds);
    const lbBlocks = albSubnets(ctx, lb).flatMap((s) => ctx.subnetCidr.get(s.id) ?? []);
    const ports = new Set([tg.port, typeof tg.healthCheck.port === "number" ? tg.healthCheck.port : tg.port]);
    for (const port of ports) {
      if (allows(ctx, target, port, lbGroups, lbBlocks)) continue;
      emit([target.id, lb.id, tg.id], `instances.${target.id}.securityGroupIds`, { name: lb.name, target: target.name, port, tg: tg.name });
    }
  }
});

function allows(ctx: ValidationContext, target: Instance, port: number, lbGroups: Set<string>, lbBlocks: Cidr[]): boolean {
  return target.securityGroupIds.some((id) =>
    (own(ctx.design.securityGroups, id)?.ingress ?? []).some((rule) => {
      if (!coversTcpPort(rule, port)) return false;
      if (rule.peer.kind === "security-group") return lbGroups.has(rule.peer.securityGroupId);
      const parsed = parseCidr(rule.peer.cidr);
      return parsed.ok && lbBlocks.length > 0 && lbBlocks.every((block) => contains(parsed.value, block));
    }),
  );
}
