import { RESERVED_PER_SUBNET } from "./constants";
import { maskOf, type Cidr } from "./parse";

/** Number of addresses in a block: `size(24) === 256`, `size(16) === 65536`. */
export function size(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Addresses AWS lets you use in a subnet (size − 5): `usableAddresses(24) === 251`, `usableAddresses(28) === 11`. */
export function usableAddresses(prefix: number): number {
  return Math.max(0, size(prefix) - RESERVED_PER_SUBNET);
}

/** Last address of the block, unsigned: `lastAddress(10.0.0.0/24)` is 10.0.0.255. */
export function lastAddress(cidr: Cidr): number {
  return cidr.base + size(cidr.prefix) - 1;
}

/** True when `inner` lies wholly inside `outer`: 10.0.1.0/24 ⊂ 10.0.0.0/16. Numeric, never string comparison. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && ((inner.base & maskOf(outer.prefix)) >>> 0) === outer.base;
}

/**
 * True when the blocks share any address. Symmetric. The classic string trap:
 * 10.0.2.0/23 and 10.0.20.0/24 do NOT overlap (10.0.2.0–10.0.3.255 vs 10.0.20.0–10.0.20.255).
 */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= lastAddress(b) && b.base <= lastAddress(a);
}

/** True when an address (unsigned) is inside the block. */
export function containsAddress(cidr: Cidr, address: number): boolean {
  return address >= cidr.base && address <= lastAddress(cidr);
}

/**
 * The lowest free block of `/prefix` inside `vpc` that overlaps none of `taken`, or null when full.
 * `nextBlock(192.168.0.0/16, [192.168.0.0/24], 24)` → 192.168.1.0/24.
 * Steps by the block size and jumps past each overlapping block, so it is fast even in a /16.
 */
export function nextBlock(vpc: Cidr, taken: readonly Cidr[], prefix: number): Cidr | null {
  if (prefix < vpc.prefix || prefix > 32) return null;
  const step = size(prefix);
  const end = lastAddress(vpc);
  const sorted = [...taken].sort((a, b) => a.base - b.base);
  let candidate = vpc.base;
  while (candidate + step - 1 <= end) {
    const block = { base: candidate, prefix };
    const clash = sorted.find((t) => overlaps(t, block));
    if (!clash) return block;
    // Jump to the first aligned block after the clashing one.
    const after = lastAddress(clash) + 1;
    candidate = Math.ceil(after / step) * step;
  }
  return null;
}

/**
 * Allocates one block per requested prefix, in order, none overlapping `taken` or each other.
 * Returns null for a request that does not fit.
 */
export function allocateSubnets(vpc: Cidr, taken: readonly Cidr[], prefixes: readonly number[]): (Cidr | null)[] {
  const used = [...taken];
  return prefixes.map((prefix) => {
    const block = nextBlock(vpc, used, prefix);
    if (block) used.push(block);
    return block;
  });
}
