import { describe, expect, it } from "vitest";
import { formatCidr, formatIp, maskOf, mustParseCidr, parseCidr } from "./parse";

describe("parseCidr accepts canonical IPv4 CIDRs", () => {
  it.each([
    ["10.0.0.0/16", 0x0a000000, 16],
    ["192.168.1.0/24", 0xc0a80100, 24],
    ["255.255.255.255/32", 0xffffffff, 32],
    ["0.0.0.0/0", 0, 0],
    ["172.16.0.0/12", 0xac100000, 12],
    ["10.0.0.16/28", 0x0a000010, 28],
  ])("%s → base %i, prefix /%i", (text, base, prefix) => {
    expect(parseCidr(text)).toEqual({ ok: true, value: { base, prefix } });
    expect(formatCidr(mustParseCidr(text))).toBe(text);
  });
});

describe("parseCidr refuses typos with a reason and, where it can, a suggestion", () => {
  it.each([
    ["192.168.1.0/33", "prefix", undefined],
    ["192.168.1/24", "format", undefined],
    ["300.1.1.0/24", "octet", undefined],
    ["10.0.0.1/16", "host-bits", "10.0.0.0/16"],
    ["192.168.1.77/24", "host-bits", "192.168.1.0/24"],
    // Regression: a stored " 0.0.0.0/0" used to parse, yet routing compares the text and missed the default route.
    [" 0.0.0.0/0", "format", "0.0.0.0/0"],
    ["10.0.0.0/16 ", "format", "10.0.0.0/16"],
    // Leading zeros: inet_aton reads 010 as octal 8, so the text would mean two different networks.
    ["010.0.0.0/16", "format", "10.0.0.0/16"],
    ["10.0.0.0/08", "format", "10.0.0.0/8"],
    ["10.0.0.0", "format", undefined],
    ["", "format", undefined],
    ["10.0.0.0/-1", "format", undefined],
    ["a.b.c.d/16", "format", undefined],
    ["1.2.3.4.5/16", "format", undefined],
  ])("%j → %s", (text, reason, suggestion) => {
    const result = parseCidr(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe(reason);
    expect(result.error.suggestion).toBe(suggestion);
    expect(result.error.message).toContain(JSON.stringify(text).slice(1, -1));
  });

  it("says which number is out of range and what the prefix limits are", () => {
    expect(parseCidr("300.1.1.0/24")).toMatchObject({ error: { message: expect.stringContaining("has 300") } });
    expect(parseCidr("192.168.1.0/33")).toMatchObject({ error: { message: expect.stringContaining("/0–/32") } });
    expect(parseCidr("10.0.0.1/16")).toMatchObject({ error: { message: expect.stringContaining("did you mean 10.0.0.0/16?") } });
  });
});

describe("masks and formatting are unsigned", () => {
  it.each([
    [0, 0],
    [1, 0x80000000],
    [16, 0xffff0000],
    [24, 0xffffff00],
    [32, 0xffffffff],
  ])("maskOf(%i) === %i and is never negative", (prefix, mask) => {
    expect(maskOf(prefix)).toBe(mask);
    expect(maskOf(prefix)).toBeGreaterThanOrEqual(0);
  });
  it("formats addresses above 2^31 without a sign", () => {
    expect(formatIp(0xc0a80100)).toBe("192.168.1.0");
    expect(formatIp(0xffffffff)).toBe("255.255.255.255");
  });
  it("throws from mustParseCidr only on text the schema would never accept", () => {
    expect(() => mustParseCidr("10.0.0.1/16")).toThrow(/host bits/);
  });
});
