/**
 * What an import could not carry into the design, as data: a code and its parameters (AWS ids,
 * names, numbers), so the designer says it in the reader's language from its catalogues
 * (`designer.importAws.notes.<code>` in components/i18n/messages), plus the English sentence
 * the CLI prints. One table below holds the English; a test checks the catalogues say the same.
 */

export type ImportNoteParams = Record<string, string | number>;

type Text = (p: ImportNoteParams) => string;

/** `security group sg-1 (web) ingress`: where a rule note points. */
const group: Text = (p) => `security group ${p.group} (${p.groupName}) ${p.direction}`;

const TEXT = {
  "vpc-secondary-cidrs": (p) => `VPC ${p.vpc}: secondary CIDR blocks ${p.cidrs} (a design VPC has one CIDR)`,
  "vpc-ipv6": (p) => `VPC ${p.vpc}: IPv6 CIDR blocks (the design model is IPv4 only)`,
  "nat-private": (p) => `NAT gateway ${p.nat}: private NAT gateways (the design has public ones only)`,
  "nat-secondary-addresses": (p) => `NAT gateway ${p.nat}: secondary addresses (one Elastic IP per NAT gateway)`,
  "route-target": (p) => `route table ${p.table}: route to ${p.destination} via ${p.target} (only internet and NAT gateway targets are modelled)`,
  "route-target-unknown": (p) => `route table ${p.table}: route to ${p.destination} via an unknown target (only internet and NAT gateway targets are modelled)`,
  "rule-protocol": (p) => `${group(p)}: protocol ${p.protocol} (tcp, udp, icmp and all are modelled)`,
  "rule-group-outside": (p) => `${group(p)}: rule naming group ${p.peer}, which is not in this VPC's design`,
  "rule-ipv6": (p) => `${group(p)}: IPv6 ranges on ${p.protocol} ${p.ports}`,
  "rule-prefix-list": (p) => `${group(p)}: prefix lists on ${p.protocol} ${p.ports}`,
  "rule-icmp-type": (p) => `${group(p)}: ICMP type ${p.type} code ${p.code} imported as all ICMP (the design has no ICMP types)`,
  "acl-custom": (p) => `network ACL ${p.acl}: custom network ACLs (subnets use the default one in the design)`,
  "acl-rules": (p) => `network ACL ${p.acl}: ${p.count} ${Number(p.count) === 1 ? "rule" : "rules"} besides allow-all (the design assumes the default ACL)`,
  "vpc-endpoint": (p) => `VPC endpoint ${p.endpoint} (${p.service}): endpoints are not modelled`,
  "instance-image": (p) => `instance ${p.instance}: image ${p.image} (${p.imageName}) is neither Ubuntu 24.04 nor Amazon Linux 2023; imported as amazon-linux-2023`,
  "instance-image-unnamed": (p) => `instance ${p.instance}: image ${p.image} (name unknown) is neither Ubuntu 24.04 nor Amazon Linux 2023; imported as amazon-linux-2023`,
  "instance-key-pair": (p) => `instance ${p.instance}: key pair ${p.keyName}`,
  "instance-profile": (p) => `instance ${p.instance}: instance profile ${p.profile}`,
  "instance-interfaces": (p) => `instance ${p.instance}: ${p.count} more network interfaces (one per instance is modelled)`,
  "instance-state": (p) => `instance ${p.instance}: state ${p.state} (a design describes instances as running)`,
  "target-group-type": (p) => `target group ${p.targetGroup}: target type ${p.targetType} (instance targets are modelled)`,
  "target-group-outside": (p) => `target group ${p.targetGroup}: targets outside this VPC's instances`,
  "load-balancer-type": (p) => `load balancer ${p.loadBalancer}: type ${p.type} (application load balancers are modelled)`,
  "listener-certificate": (p) => `load balancer ${p.loadBalancer}: certificate of listener ${p.protocol} ${p.port} (${p.certificates})`,
  "listener-action": (p) => `load balancer ${p.loadBalancer}: listener ${p.protocol} ${p.port} does not simply forward to one target group`,
} satisfies Record<string, Text>;

export type ImportNoteCode = keyof typeof TEXT;

/** Every code, for the catalogue test and the docs. */
export const IMPORT_NOTE_CODES = Object.keys(TEXT) as ImportNoteCode[];

/** One thing left out: `text` is the English sentence (the CLI's), `code` + `params` the same for translation. */
export type ImportNote = { code: ImportNoteCode; params: ImportNoteParams; text: string };

/**
 * Builds a note; an absent parameter reads "?" (never "undefined") in both the text and the params.
 *
 * @example importNote("vpc-ipv6", { vpc: "vpc-1" }).text === "VPC vpc-1: IPv6 CIDR blocks (the design model is IPv4 only)"
 */
export function importNote(code: ImportNoteCode, params: Record<string, string | number | undefined>): ImportNote {
  const clean: ImportNoteParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? "?"]));
  return { code, params: clean, text: TEXT[code](clean) };
}
