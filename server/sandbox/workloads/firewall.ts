import "server-only";

/** One security group ingress permission as EC2 describes it: a protocol, ports, and sources. */
export type IngressPermission = { protocol: string; fromPort?: number; toPort?: number; cidrs: string[]; groupIds: string[] };

const PROTOCOLS: Record<string, string> = { tcp: "tcp", "6": "tcp", udp: "udp", "17": "udp", icmp: "icmp", "1": "icmp" };

/**
 * The nftables ruleset that makes an instance's namespace behave like its security groups:
 * inbound is dropped (not refused: AWS gives no answer, docs/aws-facts.md §14.3) unless a rule of any attached group
 * allows it; replies to allowed traffic pass (security groups are stateful). A source group
 * stands for the private IPs of the interfaces in it (`groupIps`). IPv6 sources and prefix
 * lists are not modelled: the sandbox network is IPv4 only.
 *
 * @example renderFirewall([{ protocol: "tcp", fromPort: 80, toPort: 80, cidrs: ["0.0.0.0/0"], groupIds: [] }], new Map())
 *   // contains `ip saddr 0.0.0.0/0 tcp dport 80 accept`
 */
export function renderFirewall(permissions: IngressPermission[], groupIps: ReadonlyMap<string, string[]>): string {
  const lines = new Set<string>();
  for (const permission of permissions) {
    const match = protocolMatch(permission);
    if (match === undefined) continue;
    const sources = [...permission.cidrs.filter((cidr) => !cidr.includes(":")), ...permission.groupIds.flatMap((id) => groupIps.get(id) ?? [])];
    for (const source of sources) lines.add(`    ip saddr ${source} ${match}accept`);
  }
  return [
    "flush ruleset",
    "table inet vpcd_security_groups {",
    "  chain input {",
    "    type filter hook input priority 0; policy drop;",
    "    ct state established,related accept",
    '    iif "lo" accept',
    ...[...lines].sort(),
    "  }",
    "}",
    "",
  ].join("\n");
}

/** `tcp dport 80 `, `udp dport 1000-2000 `, `meta l4proto icmp `, "" for all traffic; undefined if unknown. */
function protocolMatch(permission: IngressPermission): string | undefined {
  if (permission.protocol === "-1" || permission.protocol === "all") return "";
  const protocol = PROTOCOLS[permission.protocol.toLowerCase()];
  if (!protocol) return undefined;
  if (protocol === "icmp") return "meta l4proto icmp ";
  const from = permission.fromPort ?? 0;
  const to = permission.toPort ?? 65535;
  if (from < 0 || to < from) return undefined;
  return from === to ? `${protocol} dport ${from} ` : `${protocol} dport ${from}-${to} `;
}
