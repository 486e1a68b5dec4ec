/**
 * Naming shared by the exporters: every format needs identifiers derived from design ids
 * (Terraform resource names, CloudFormation logical ids, shell variables) that are valid in
 * that format, stable for the same design and distinct from each other.
 */
import type { Design } from "../design/schema";

/**
 * The design name as a lower-case slug for tags and defaults.
 *
 * @example slugify("KTB seed lab") // "ktb-seed-lab"
 */
export function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48).replace(/-+$/, "") || "design";
}

/**
 * The default value of the `vpcd:deployment` tag for exported code, so the app's sweep
 * finds what the exported code built.
 *
 * @example defaultDeployment({ name: "KTB seed lab" }) // "export-ktb-seed-lab"
 */
export function defaultDeployment(design: Pick<Design, "name">): string {
  return `export-${slugify(design.name)}`;
}

/**
 * A Terraform identifier (letters, digits, underscores; not starting with a digit).
 *
 * @example tfIdent("public-a") // "public_a"
 */
export function tfIdent(id: string): string {
  const base = id.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z_]/.test(base) ? base : `r_${base}`;
}

/**
 * A CloudFormation logical id: alphanumeric PascalCase of the id followed by a kind word, so a
 * subnet `public-a` and a parameter never collide.
 *
 * @example cfnId("public-a", "Subnet") // "PublicASubnet"
 */
export function cfnId(id: string, kind: string): string {
  const pascal = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return `${/^[0-9]/.test(pascal) ? `R${pascal}` : pascal}${kind}`;
}

/**
 * A shell variable holding the AWS id of an entity.
 *
 * @example shellVar("subnet", "public-a") // "SUBNET_PUBLIC_A"
 */
export function shellVar(kind: string, id: string): string {
  return `${kind}_${id}`.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
}

/**
 * An ELBv2 name (load balancer or target group): at most 32 letters, digits and hyphens, no
 * hyphen at either end (docs/aws-facts.md §4.2).
 *
 * @example elbSafeName("web tg (blue)") // "web-tg-blue"
 */
export function elbSafeName(name: string): string {
  return name.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+/, "").slice(0, 32).replace(/-+$/, "") || "vpcd";
}

/** The entities of one collection sorted by id: export output must not depend on key order. */
export function sorted<T extends { id: string }>(record: Record<string, T>): T[] {
  return Object.values(record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The route table a subnet is explicitly associated with, if any. */
export function explicitTable(design: Design, subnetId: string): string | undefined {
  return sorted(design.routeTables).find((t) => (t.subnetIds as string[]).includes(subnetId))?.id;
}

/** Protocol and port range as the EC2 API states them: `-1` for all, `-1..-1` for every ICMP type. */
export function ipPermission(rule: { protocol: string; fromPort: number; toPort: number }): { protocol: string; from?: number; to?: number } {
  if (rule.protocol === "all") return { protocol: "-1" };
  if (rule.protocol === "icmp") return { protocol: "icmp", from: -1, to: -1 };
  return { protocol: rule.protocol, from: rule.fromPort, to: rule.toPort };
}

/** The user data of every instance comes out byte for byte; these formats want base64. */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
