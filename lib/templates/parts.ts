import type { HealthCheck, SecurityGroupRule } from "../design/schema";

/** An ingress rule from a CIDR for one port. */
export function ingress(protocol: "tcp" | "udp", port: number, cidr: string, description: string): SecurityGroupRule {
  return { protocol, fromPort: port, toPort: port, peer: { kind: "cidr", cidr }, description };
}

/** AWS's default egress rule: everything, everywhere. */
export function allowAllEgress(): SecurityGroupRule {
  return { protocol: "all", fromPort: 0, toPort: 65535, peer: { kind: "cidr", cidr: "0.0.0.0/0" }, description: "all outbound" };
}

/** Health check with every timing set explicitly (the docs disagree on the default timeout). */
export function defaultHealthCheck(): HealthCheck {
  return { protocol: "HTTP", path: "/", port: "traffic-port", intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: "200" };
}
