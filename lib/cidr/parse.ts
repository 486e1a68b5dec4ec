/** A parsed IPv4 CIDR: `base` is the unsigned 32-bit network address. */
export type Cidr = { readonly base: number; readonly prefix: number };

export type CidrParseError = { reason: "format" | "octet" | "prefix" | "host-bits"; message: string; suggestion?: string };
export type CidrParseResult = { ok: true; value: Cidr } | { ok: false; error: CidrParseError };

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Unsigned 32-bit mask for a prefix length: `maskOf(24) === 0xffffff00`. */
export function maskOf(prefix: number): number {
  // `<<` is signed in JS and `x << 32` is `x`, so /0 is special-cased and the result normalised.
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Dotted quad of an unsigned 32-bit address: `formatIp(3232235776) === "192.168.1.0"`. */
export function formatIp(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join(".");
}

/** `formatCidr({ base: 3232235776, prefix: 24 }) === "192.168.1.0/24"`. */
export function formatCidr(cidr: Cidr): string {
  return `${formatIp(cidr.base)}/${cidr.prefix}`;
}

/**
 * Parses "a.b.c.d/n" strictly. Host bits are rejected rather than silently cleared, so the design
 * and the deployed resource agree; the error suggests the network address instead. Surrounding
 * spaces and leading zeros (which some tools read as octal: 010 = 8) are refused the same way,
 * so the stored text is always the canonical form that routing compares.
 * `parseCidr("10.0.0.1/16")` → error with `suggestion: "10.0.0.0/16"`.
 */
export function parseCidr(text: string): CidrParseResult {
  const match = CIDR_PATTERN.exec(text);
  if (!match) {
    const trimmed = text.trim();
    if (trimmed !== text && trimmed !== "" && CIDR_PATTERN.test(trimmed)) {
      const inner = parseCidr(trimmed);
      const suggestion = inner.ok ? trimmed : inner.error.suggestion;
      return fail("format", `"${text}" has spaces around it${suggestion ? `; write ${suggestion}` : ""}`, suggestion);
    }
    return fail("format", `"${text}" is not an IPv4 CIDR; write it as four numbers and a prefix, e.g. 10.0.0.0/16`);
  }
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  const badOctet = octets.find((o) => o > 255);
  if (badOctet !== undefined) {
    return fail("octet", `"${text}" has ${badOctet}; each of the four numbers must be 0–255`);
  }
  if (prefix > 32) {
    return fail("prefix", `"${text}" has prefix /${prefix}; an IPv4 prefix is /0–/32 (AWS allows /16–/28)`);
  }
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const base = (address & maskOf(prefix)) >>> 0;
  const suggestion = formatCidr({ base, prefix });
  if (match.slice(1, 6).some((part) => part.length > 1 && part.startsWith("0"))) {
    return fail("format", `"${text}" has leading zeros, which some tools read as octal; write ${suggestion}`, suggestion);
  }
  if (base !== address) {
    return fail("host-bits", `"${text}" has host bits set; did you mean ${suggestion}?`, suggestion);
  }
  return { ok: true, value: { base, prefix } };
}

function fail(reason: CidrParseError["reason"], message: string, suggestion?: string): CidrParseResult {
  return { ok: false, error: suggestion ? { reason, message, suggestion } : { reason, message } };
}

/** Parses a CIDR that is known to be valid (already checked by the schema); throws on programmer error. */
export function mustParseCidr(text: string): Cidr {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
