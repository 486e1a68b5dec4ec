/**
 * What a person confirmed before something that costs money or deletes: the action, the AWS
 * account (from STS), the region, the subject (a hash of the design, or the deployment ids) and
 * the cost per hour they were shown. The server keeps it beside the token it issued and compares
 * it with the same facts read again when the token comes back.
 */
export type ConfirmAction = "deploy" | "sweep" | "cleanup";

export type ConfirmBinding = {
  action: ConfirmAction;
  accountId: string;
  region: string;
  /** `design:<sha256>` for a deploy; `deployments:<id>[,<id>…]` for a cleanup or a sweep. */
  subject: string;
  /** US dollars per hour, as shown (4 decimals). */
  usdPerHour: number;
};

/** What the confirm step hands back: a token when the target needs one, or "not required". */
export type Confirmation = { isRequired: false } | { isRequired: true; token: string; expiresAt: number; binding: ConfirmBinding };

/**
 * A test or an operator may ask for confirmation on a target that would not need it (the
 * sandbox); nothing can waive it where it is needed.
 */
export type ConfirmPolicy = { confirm?: "required" };

/**
 * Whether an action on this target needs a server-issued confirmation token. A real account
 * costs money, so it always does; the sandbox is free, so it does only when the caller asks.
 *
 * @example requiresConfirmation({ kind: "aws" }) === true; requiresConfirmation({ kind: "sandbox" }) === false
 */
export function requiresConfirmation(target: { kind: "sandbox" | "aws" }, policy: ConfirmPolicy = {}): boolean {
  return target.kind === "aws" || policy.confirm === "required";
}

/**
 * The subject of a cleanup or sweep: the deployment ids, sorted, so the same set reads the same.
 *
 * @example deploymentsSubject(["dep-b", "dep-a"]) === "deployments:dep-a,dep-b"
 */
export function deploymentsSubject(ids: string[]): string {
  return `deployments:${[...ids].sort().join(",")}`;
}

/**
 * The design as a deploy depends on it, as one canonical string: keys sorted at every level and
 * the layout left out (moving a box on the canvas changes nothing AWS sees). The server hashes it.
 *
 * @example canonicalDesign({ b: 1, a: { d: 2, c: 3 }, layout: {} }) === '{"a":{"c":3,"d":2},"b":1}'
 */
export function canonicalDesign(design: Record<string, unknown>): string {
  const { layout: _layout, ...rest } = design;
  return canonicalJson(rest);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    return `{${entries.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The cost as shown, so 0.12345 and 0.12349 (both shown as $0.1235/h) compare equal. */
export const shownRate = (usdPerHour: number): string => usdPerHour.toFixed(4);
