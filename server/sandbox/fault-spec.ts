import "server-only";

/** Rates (0–1) per fault kind, the seed, and the actions that always fail. */
export type FaultSpec = {
  throttle: number;
  error: number;
  reset: number;
  lost: number;
  slow: number;
  seed: number;
  /** How long a `slow` response is held, in milliseconds (not time-scaled). */
  slowMs: number;
  fail: string[];
  /** Actions an IAM policy denies: always answered with the service's access-denied error. */
  deny: string[];
  /** After this many AWS calls the credentials "expire": every later call is refused as AWS refuses an expired session (0: never). */
  expireAfter: number;
};

const RATE_KEYS = ["throttle", "error", "reset", "lost", "slow"] as const;
export const NO_FAULTS: FaultSpec = { throttle: 0, error: 0, reset: 0, lost: 0, slow: 0, seed: 1, slowMs: 1_500, fail: [], deny: [], expireAfter: 0 };

export type ParsedFaults = { ok: true; spec: FaultSpec } | { ok: false; error: string };

/**
 * Parses `throttle=0.1,error=0.03,reset=0.01,lost=0.05,slow=0.02,seed=7,fail=CreateNatGateway,deny=GetRole,expire=40`.
 * Rates are fractions of calls (0–1) and together may not exceed 1; `fail` names actions that
 * always fail (repeat it, or join names with `+`); `deny` names actions the caller's IAM policy
 * does not allow (same syntax); `expire=N` makes the credentials expire after
 * N calls (docs/aws-facts.md §8.6). An empty spec means no faults. Errors name
 * the offending key so the CLI can print them as they are.
 */
export function parseFaultSpec(text: string | undefined): ParsedFaults {
  const spec: FaultSpec = { ...NO_FAULTS, fail: [], deny: [] };
  for (const part of (text ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const [key, value, extra] = part.split("=");
    if (value === undefined || extra !== undefined || value === "") return { ok: false, error: `--faults: "${part}" is not key=value` };
    const error = applyPart(spec, key.trim(), value.trim());
    if (error) return { ok: false, error: `--faults: ${error}` };
  }
  const total = RATE_KEYS.reduce((sum, key) => sum + spec[key], 0);
  if (total > 1) return { ok: false, error: `--faults: the rates add up to ${total.toFixed(3)}, more than 1` };
  return { ok: true, spec };
}

function applyPart(spec: FaultSpec, key: string, value: string): string | undefined {
  if (key === "fail" || key === "deny") {
    const actions = value.split("+").filter(Boolean);
    if (!actions.every((action) => /^[A-Z][A-Za-z0-9]+$/.test(action))) return `${key}=${value} must name actions like ${key === "fail" ? "CreateNatGateway" : "GetRole"}`;
    spec[key].push(...actions);
    return undefined;
  }
  const number = Number(value);
  if (key === "seed" || key === "slowMs" || key === "expire") {
    if (!Number.isInteger(number) || number < 0) return `${key} must be a whole number ≥ 0 (got ${value})`;
    spec[key === "expire" ? "expireAfter" : key] = number;
    return undefined;
  }
  if (!(RATE_KEYS as readonly string[]).includes(key)) return `unknown fault "${key}" (known: ${[...RATE_KEYS, "seed", "slowMs", "fail", "deny", "expire"].join(", ")})`;
  if (!Number.isFinite(number) || number < 0 || number > 1) return `${key} must be a rate between 0 and 1 (got ${value})`;
  spec[key as (typeof RATE_KEYS)[number]] = number;
  return undefined;
}

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same faults for the same calls. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
