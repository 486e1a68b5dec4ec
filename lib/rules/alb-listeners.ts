import { defineRule } from "./define-rule";
import { coversTcpPort } from "./security-groups";
import { own } from "../design/own";

/**
 * A listener nobody may reach: no rule in any of the load balancer's groups lets its port in
 * from anywhere. (Allowing only an office CIDR is a choice, not a mistake, so any source counts.)
 */
export const albListenerBlocked = defineRule("alb-listener-blocked", "error", ({ design }, emit) => {
  for (const lb of Object.values(design.loadBalancers)) {
    const rules = lb.securityGroupIds.flatMap((id) => own(design.securityGroups, id)?.ingress ?? []);
    lb.listeners.forEach((listener, i) => {
      if (rules.some((rule) => coversTcpPort(rule, listener.port))) return;
      emit([lb.id, ...lb.securityGroupIds], `loadBalancers.${lb.id}.listeners.${i}.port`, { name: lb.name, port: listener.port });
    });
  }
});
