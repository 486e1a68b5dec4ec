import { contains } from "../cidr/math";
import { formatCidr, parseCidr, type Cidr } from "../cidr/parse";
import type { Traffic } from "./types";

/**
 * The Internet stands for one client address, 203.0.113.10 from TEST-NET-3 (RFC 5737, a
 * documentation range that is never a VPC's). Routes are matched against it by longest prefix,
 * so a more specific route than 0.0.0.0/0 that covers it changes the answer, as it would in AWS.
 */
export const INTERNET_ADDRESS = 0xcb00710a;
export const INTERNET_BLOCK: Cidr = { base: INTERNET_ADDRESS, prefix: 32 };

/** Parses a CIDR the schema has already checked; memoised because routes repeat across questions. */
export function cidrOf(cache: Map<string, Cidr | null>, text: string): Cidr | null {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    const result = parseCidr(text);
    parsed = result.ok ? result.value : null;
    cache.set(text, parsed);
  }
  return parsed;
}

/** True when a rule's CIDR covers every block the peer may use: 0.0.0.0/0 covers all. */
export function coversAll(rule: Cidr, blocks: readonly Cidr[]): boolean {
  return blocks.length > 0 && blocks.every((block) => contains(rule, block));
}

/** "tcp/80", "udp/53", "icmp": how traffic is named in messages. */
export function describeTraffic(traffic: Traffic): string {
  return traffic.protocol === "icmp" ? "icmp" : `${traffic.protocol}/${traffic.port}`;
}

export { formatCidr };
