import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateSubnets, contains, containsAddress, lastAddress, nextBlock, overlaps, size, usableAddresses } from "./math";
import { formatCidr, maskOf, mustParseCidr, type Cidr } from "./parse";

const c = mustParseCidr;

describe("sizes", () => {
  it.each([
    [16, 65536, 65531],
    [24, 256, 251],
    [27, 32, 27],
    [28, 16, 11],
    [32, 1, 0],
  ])("/%i has %i addresses, %i usable after AWS reserves 5", (prefix, total, usable) => {
    expect(size(prefix)).toBe(total);
    expect(usableAddresses(prefix)).toBe(usable);
  });
  it("ends a block at its broadcast address", () => {
    expect(formatCidr({ base: lastAddress(c("10.0.0.0/24")), prefix: 32 })).toBe("10.0.0.255/32");
    expect(lastAddress(c("255.255.255.0/24"))).toBe(0xffffffff);
  });
});

describe("contains and overlaps", () => {
  it.each([
    ["10.0.0.0/16", "10.0.1.0/24", true, true],
    ["10.0.0.0/16", "10.0.0.0/16", true, true],
    ["10.0.1.0/24", "10.0.0.0/16", false, true],
    ["10.0.0.0/16", "10.1.0.0/24", false, false],
    // The classic string trap (aws-cdk): "10.0.2.0" < "10.0.20.0" as text, yet the blocks are far apart.
    ["10.0.2.0/23", "10.0.20.0/24", false, false],
    ["10.0.2.0/23", "10.0.3.0/24", true, true],
    ["192.168.0.0/16", "192.168.255.240/28", true, true],
    ["128.0.0.0/1", "200.0.0.0/8", true, true],
    ["0.0.0.0/0", "255.255.255.255/32", true, true],
    ["10.0.0.0/25", "10.0.0.128/25", false, false],
  ])("%s vs %s: contains %s, overlaps %s", (a, b, isContained, isOverlapping) => {
    expect(contains(c(a), c(b))).toBe(isContained);
    expect(overlaps(c(a), c(b))).toBe(isOverlapping);
  });
  it("finds an address inside a block by number", () => {
    expect(containsAddress(c("10.0.0.0/24"), c("10.0.0.255/32").base)).toBe(true);
    expect(containsAddress(c("10.0.0.0/24"), c("10.0.1.0/32").base)).toBe(false);
  });
});

describe("nextBlock and allocateSubnets", () => {
  it.each([
    ["192.168.0.0/16", ["192.168.0.0/24"], 24, "192.168.1.0/24"],
    ["10.0.0.0/16", [], 20, "10.0.0.0/20"],
    ["10.0.0.0/16", ["10.0.0.0/24"], 20, "10.0.16.0/20"],
    ["10.0.0.0/16", ["10.0.0.0/28", "10.0.0.32/27"], 28, "10.0.0.16/28"],
    ["10.0.0.0/24", ["10.0.0.0/25"], 25, "10.0.0.128/25"],
    ["10.0.0.0/24", ["10.0.0.0/25", "10.0.0.128/25"], 28, null],
    ["10.0.0.0/24", [], 16, null],
  ])("in %s with %j taken, the next /%i is %s", (vpc, taken, prefix, expected) => {
    const block = nextBlock(c(vpc), taken.map(c), prefix);
    expect(block && formatCidr(block)).toBe(expected);
  });
  it("allocates requests in order and reports the ones that do not fit", () => {
    const blocks = allocateSubnets(c("10.0.0.0/24"), [c("10.0.0.0/26")], [26, 25, 26, 26]);
    expect(blocks.map((b) => b && formatCidr(b))).toEqual(["10.0.0.64/26", "10.0.0.128/25", null, null]);
  });
});

const cidrArb = fc.record({ base: fc.nat(0xffffffff), prefix: fc.integer({ min: 0, max: 32 }) }).map((x): Cidr => ({ base: (x.base & maskOf(x.prefix)) >>> 0, prefix: x.prefix }));
const vpcArb = fc.record({ base: fc.nat(0xffffffff), prefix: fc.integer({ min: 16, max: 24 }) }).map((x): Cidr => ({ base: (x.base & maskOf(x.prefix)) >>> 0, prefix: x.prefix }));

describe("properties", () => {
  it("overlaps is symmetric", () => {
    fc.assert(fc.property(cidrArb, cidrArb, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });
  it("contains implies overlaps", () => {
    fc.assert(fc.property(cidrArb, cidrArb, (a, b) => !contains(a, b) || overlaps(a, b)));
  });
  it("formatting then parsing gives the same block", () => {
    fc.assert(fc.property(cidrArb, (a) => {
      expect(c(formatCidr(a))).toEqual(a);
    }));
  });
  it("allocation stays inside the VPC and never overlaps what exists or what it allocated", () => {
    const takenArb = (vpc: Cidr) => fc.array(fc.integer({ min: vpc.prefix, max: 28 }).chain((p) => fc.nat(size(vpc.prefix) - 1).map((o) => ({ base: ((vpc.base + o) & maskOf(p)) >>> 0, prefix: p }))), { maxLength: 12 });
    const scenario = vpcArb.chain((vpc) => fc.tuple(fc.constant(vpc), takenArb(vpc), fc.array(fc.integer({ min: vpc.prefix, max: 28 }), { maxLength: 12 })));
    fc.assert(
      fc.property(scenario, ([vpc, taken, prefixes]) => {
        const blocks = allocateSubnets(vpc, taken, prefixes).filter((b): b is Cidr => b !== null);
        for (const [i, block] of blocks.entries()) {
          expect(contains(vpc, block)).toBe(true);
          expect(taken.some((t) => overlaps(t, block))).toBe(false);
          expect(blocks.slice(i + 1).some((other) => overlaps(other, block))).toBe(false);
        }
      }),
    );
  });
  it("nextBlock returns null only when no aligned block is free", () => {
    fc.assert(
      fc.property(vpcArb, fc.integer({ min: 0, max: 4 }), (vpc, extra) => {
        const prefix = Math.min(28, vpc.prefix + 2 + extra);
        const all: Cidr[] = [];
        for (let base = vpc.base; base <= lastAddress(vpc); base += size(prefix)) all.push({ base, prefix });
        expect(nextBlock(vpc, all, prefix)).toBeNull();
        expect(nextBlock(vpc, all.slice(1), prefix)).toEqual(all[0]);
      }),
    );
  });
});
